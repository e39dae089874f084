/**
 * What a field wants, from the page's own evidence and the field-kind rules together: its kind (from label, headers
 * and what the page says, never from the input type alone), the facts it accepts (the page's rules first, then the
 * kind's template where the page is silent, then the portal's known limits), the page's note next to it, the boxes a
 * number is split over, and the conversions that can write something it accepts. For a secret field only what is
 * certain for this screen: a label that names a card PIN, or the screen's profile; else nothing but the page's words.
 */
import fieldKindRules from 'virtual:tebiki-field-kinds';
import evidenceRules from 'virtual:tebiki-evidence';
import { conversionsFor, type ConversionId } from '@/src/hints/convert';
import { readEvidence, type EvidenceRules } from '@/src/hints/evidence';
import { hasFacts, mergeFacts, type FactKey, type FieldFacts } from '@/src/hints/facts';
import { inferFieldKind, kindRules, normalizeLabel, type FieldKindMatch } from '@/src/hints/infer';
import { isSecretKind, type CheckableKind, type FieldKindRules, type KindRules } from '@/src/hints/types';
import type { PortalSecret } from '@/src/portals/profile-types';
import { secretFor, type ScreenInfo } from '@/src/portals/screens';
import type { PortalId } from '@/src/portals/portals';
import type { FormControl } from './controls';
import { readField, type DatePart } from './field-read';
import type { LabelInfo } from './labels';
import { looksSecret } from './read-value';

export interface FieldUnderstanding {
  /** The field kind, a portal's own secret id, or undefined when nothing is certain. */
  kind?: string;
  /** The kind's rules (hint, PIN block), when the kind is a field kind. */
  rules?: KindRules;
  /** The portal's own secret, when the screen's profile says which one this is. */
  secret?: PortalSecret;
  /** True when the field holds a secret (password, PIN): never checked, converted or read. */
  isSecret: boolean;
  /** What the field accepts: the page's facts, then the template where the page is silent. */
  facts: FieldFacts;
  /** The facts the page states in words or its pattern (beside its attributes). */
  stated: FactKey[];
  /** Where a limit that is not the page's own comes from (the portal's known limit). */
  limitSource?: string;
  /** The page's own note next to the field, in one line. */
  note?: string;
  /** The boxes a number is split over (this one included, in order). */
  boxes: FormControl[];
  /** This box's place among them, from 1. */
  part?: { index: number; count: number };
  /** A list of eras beside a year box. */
  eraSelect?: HTMLSelectElement;
  /** Which part of a split date this box is (年, 月, 日). */
  datePart?: DatePart;
  conversions: ConversionId[];
}

export interface UnderstandOptions {
  portal?: PortalId;
  /** The screen (its profile decides secrets). */
  screen: () => Pick<ScreenInfo, 'profile' | 'screen'>;
  rules?: FieldKindRules;
  evidence?: EvidenceRules;
}

/** Fact families: when the page states one key of a family, the template's keys of it are left out. */
const FAMILIES: FactKey[][] = [
  ['length', 'minLength', 'maxLength'],
  ['charset', 'width'],
  ['calendar', 'dateFormat'],
];

/** Conversions that fit what the page says, for a field without a kind (or beside its kind's). */
const BY_FACT: [test: (f: FieldFacts) => boolean, ids: ConversionId[]][] = [
  [(f) => f.charset === 'katakana', ['romaji-to-katakana', 'to-katakana']],
  [(f) => f.charset === 'digits' || f.charset === 'alnum' || f.width === 'half', ['to-halfwidth']],
  [(f) => f.width === 'full' && f.charset !== 'katakana', ['to-fullwidth']],
  [(f) => f.hyphen === 'none', ['strip-separators']],
  [(f) => f.calendar === 'western', ['era-to-western']],
  [(f) => f.dateFormat !== undefined, ['format-date']],
  [(f) => f.uppercase === true, ['to-uppercase']],
];

const evidenceRules_ = (options: UnderstandOptions): EvidenceRules => options.evidence ?? evidenceRules;

/** The template's facts, without the families the page speaks to. */
function templateFacts(template: FieldFacts, page: FieldFacts): FieldFacts {
  const out: FieldFacts = { ...template };
  for (const family of FAMILIES) {
    if (family.some((key) => page[key] !== undefined)) for (const key of family) delete out[key];
  }
  if (page.hyphen !== undefined) delete out.hyphen;
  return out;
}

/** The better of the label read alone and read with its headers (姓 under フリガナ is a katakana field). */
function bestMatch(label: LabelInfo, signals: Parameters<typeof inferFieldKind>[0], rules: FieldKindRules) {
  const context = label.context.join(' ');
  const alone = inferFieldKind({ ...signals, label: label.text, context }, rules);
  const read = context ? inferFieldKind({ ...signals, label: `${context} ${label.text}`, context }, rules) : null;
  const headingsSayMore = read && alone?.kind === 'name-order' && read.kind !== 'name-order';
  return read && (!alone || headingsSayMore || read.confidence > alone.confidence) ? read : alone;
}

/**
 * Understands a field.
 * @example understandField(input, { text: '郵便番号', context: [] }, { screen: () => ({}) }).facts
 */
export function understandField(
  control: FormControl,
  label: LabelInfo,
  options: UnderstandOptions,
): FieldUnderstanding {
  const rules = options.rules ?? fieldKindRules;
  const secretLabel = new RegExp(rules.secretWords ?? '(?!)', 'iu');
  const isSecret = looksSecret(control) || secretLabel.test(normalizeLabel(`${label.context.join(' ')} ${label.text}`));
  const read = readField(control, label, isSecret);
  const evidence = readEvidence(read.evidence, evidenceRules_(options));
  // A list of years says its calendar: 1990, 1991… is western; 令和, 平成… or 令和7年 is the era.
  const listed = control.localName === 'select' ? calendarOfOptions(control as HTMLSelectElement) : undefined;
  if (listed && evidence.facts.calendar === undefined) evidence.facts.calendar = listed;
  // A month or day box has no calendar (the era or 西暦 the row states is the year box's).
  if (read.datePart === 'month' || read.datePart === 'day') delete evidence.facts.calendar;
  const signals = {
    label: label.text,
    type: control.type,
    inputmode: control.getAttribute('inputmode') ?? undefined,
    maxlength: control.getAttribute('maxlength'),
    pattern: control.getAttribute('pattern') ?? undefined,
    autocomplete: control.getAttribute('autocomplete') ?? undefined,
    name: control.getAttribute('name') ?? undefined,
    id: control.id || undefined,
    facts: evidence.facts,
    ...(options.portal ? { portal: options.portal } : {}),
  };
  let match: FieldKindMatch | null = bestMatch(label, signals, rules);
  let secret: PortalSecret | undefined;
  if (isSecret) {
    // The screen's profile first: on e-Tax, 暗証番号 alone is e-Tax's own password, not a card PIN.
    const answer = secretFor(options.screen(), normalizeLabel(label.text), normalizeLabel(label.context.join(' ')));
    if (answer?.secret) secret = answer.secret;
    if (answer && !answer.secret && isSecretKind(answer.kind)) match = { kind: answer.kind, confidence: 1 };
    else if (answer) match = null;
    // Without the profile, only a card PIN the label names is certain; any other kind says nothing about a secret.
    else if (match && !isSecretKind(match.kind)) match = null;
  }
  const kind = match ? kindRules(rules, match.kind) : undefined;
  const boxes = read.boxes;
  const index = boxes.indexOf(control);
  const page: FieldFacts = { ...evidence.facts };
  // What the paragraphs before a secret field say it is not (their formats may be another field's: not read).
  const intro =
    read.intro.length > 0
      ? readEvidence({ texts: read.intro.map((text) => ({ text, from: 'note' })) }, evidenceRules_(options))
      : null;
  if (intro?.facts.notCardPin) page.notCardPin = true;
  const template = kind ? templateFacts(kind.facts, page) : {};
  // A number in a unit (円, 時間, %) is typed in digits.
  if (page.unit !== undefined) page.charset ??= 'digits';
  // A page that says 半角数字 asks for digits only: a hyphen is not a digit.
  if (evidence.stated.includes('charset') && page.charset === 'digits') page.hyphen ??= 'none';
  // A number the kind fixes at L digits in a box of exactly L characters has no room for hyphens (7-digit 郵便番号).
  if (kind?.facts.length !== undefined && page.maxLength === kind.facts.length && boxes.length < 2) {
    page.length = page.maxLength;
    page.hyphen ??= 'none';
  }
  const portalLimit =
    match?.limitFrom === 'portal' && page.maxLength === undefined && page.length === undefined
      ? match.limit
      : undefined;
  const facts = mergeFacts(page, portalLimit ? { maxLength: portalLimit } : undefined, template);
  const checkable = kind && !kind.pin && !isSecret ? (kind.kind as CheckableKind) : undefined;
  const dayOrMonth = read.datePart === 'month' || read.datePart === 'day';
  // Nor does the date kind's template give the month's or the day's box a calendar.
  if (dayOrMonth) {
    delete facts.calendar;
    delete facts.dateFormat;
  }
  // Era conversions write a year: never into the month's or the day's box.
  const conversions = isSecret
    ? []
    : conversionsFitting(checkable, facts, read.eraSelect !== undefined).filter(
        (id) => !dayOrMonth || !id.includes('era'),
      );
  const note = pageNote([...read.notes, ...(intro?.facts.notCardPin ? read.intro : [])], evidenceRules_(options));
  return {
    ...(match ? { kind: match.kind } : secret ? { kind: secret.id } : {}),
    ...(kind ? { rules: kind } : {}),
    ...(secret ? { secret } : {}),
    isSecret,
    facts,
    stated: evidence.stated,
    ...(portalLimit && match?.limitSource ? { limitSource: match.limitSource } : {}),
    ...(note ? { note } : {}),
    boxes,
    ...(boxes.length > 1 ? { part: { index: index + 1, count: boxes.length } } : {}),
    ...(read.eraSelect ? { eraSelect: read.eraSelect } : {}),
    ...(read.datePart ? { datePart: read.datePart } : {}),
    conversions,
  };
}

/** The calendar a select's options are written in, when most of them are years of one. */
function calendarOfOptions(select: HTMLSelectElement): 'western' | 'era' | undefined {
  const texts = Array.from(select.options)
    .slice(0, 40)
    .map((o) => o.text.normalize('NFKC').trim())
    .filter(Boolean);
  const era = texts.filter((t) => /^(令和|平成|昭和|大正|[RHST]\d)/.test(t)).length;
  const western = texts.filter((t) => /^(19|20)\d\d(年)?$/.test(t)).length;
  if (western >= 3 && western > era) return 'western';
  if (era >= 2) return 'era';
  return undefined;
}

/** The conversions worth offering: the kind's, then the page facts', keeping only those that can fit. */
function conversionsFitting(kind: CheckableKind | undefined, facts: FieldFacts, eraList: boolean): ConversionId[] {
  const ids = new Set<ConversionId>(kind ? conversionsFor(kind) : []);
  for (const [test, add] of BY_FACT) if (test(facts)) add.forEach((id) => ids.add(id));
  if (eraList) ids.add('era-to-list');
  // Era text never goes into a digits-only box, nor into a field that asks for the western calendar; with an era list
  // beside the box, the era goes to the list and the year number to the box.
  if (facts.calendar === 'western' || (facts.charset === 'digits' && !eraList)) ids.delete('western-to-era');
  if (facts.calendar === 'era') ids.delete('era-to-western');
  if (facts.charset === 'katakana') ids.delete('to-halfwidth');
  return [...ids];
}

/** Longest note that is only a format (stated by the Enter line instead). */
const MAX_FORMAT_NOTE = 30;
/** Length of the page's note line: one short line; longer notes are cut. */
const MAX_NOTE_LINE = 120;

/**
 * The page's note to show with the field: a note that says what the field is not (e-Tax: "this PIN is not your card's
 * PIN") first, else the first sentence that is more than a format the Enter line already states.
 */
function pageNote(notes: string[], rules: EvidenceRules): string | undefined {
  const sentences = notes.filter((n) => /[\u3040-\u30ff\u3400-\u9fff]/.test(n) && n.length >= 6);
  const negates = (n: string) => /異な|違い|ではあり|ではなく|ない|ません|以外/.test(n);
  const informative = sentences.filter((n) => {
    const facts = readEvidence({ texts: [{ text: n, from: 'note' }] }, rules).facts;
    // A short format note ((全角カナ), 全角カナで入力してください, 数字4桁) is all in the Enter line already.
    return !(hasFacts(facts) && n.length <= MAX_FORMAT_NOTE && !negates(n));
  });
  const negating = informative.find(negates);
  const chosen = negating ?? informative[0];
  if (!chosen) return undefined;
  return chosen.length > MAX_NOTE_LINE ? `${chosen.slice(0, MAX_NOTE_LINE - 1)}…` : chosen;
}
