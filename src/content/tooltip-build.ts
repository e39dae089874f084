/**
 * Builds the compact tooltip model (tooltip-model.ts) from an item of the store when the tooltip is shown: the
 * item's main text with its meaning, a select's chosen option, one "Enter: …" line from the field's facts, at most
 * one warning, the page's note, problems and conversions; the rest (headers, the kind's hint lines, PIN facts, words)
 * behind "More". Nothing here reads a value.
 */
import type { Shortcuts } from '@/src/keyboard/commands';
import { shortcutFor } from './keyboard';
import { formatEraYear, westernYearToEras } from '@/src/hints/era';
import { conversionLabelCode } from '@/src/hints/convert';
import { hasFacts } from '@/src/hints/facts';
import evidenceRules from 'virtual:tebiki-evidence';
import { textFacts, type EvidenceRules } from '@/src/hints/evidence';
import { enterLine, enterParts } from './enter-line';
import type { FieldUnderstanding } from './field-understanding';
import { hasWholeMeaning, hintsOf, meaningOf, partsOf, wordsOf, type GlossLike } from './gloss-read';
import { cleanText } from './labels';
import type { Item, ItemText } from './store';
import { shown, type Texts } from './texts';
import type { Explained, Shown, TooltipAction, TooltipModel } from './tooltip-model';

export interface BuildOptions {
  texts: Texts;
  furigana: boolean;
  /** The field's understanding (for field items). */
  field?: FieldUnderstanding;
  /** The page's note next to the field, glossed (kept in the store with the item). */
  note?: ItemText;
  /** Glossary hints about secrets (PINs, passwords) apply on this portal (JPKI, card application). */
  cardSecrets: boolean;
  /** Labels about secrets (暗証番号, パスワード), from field-kinds.yaml. */
  secretWords: RegExp;
  /** Today, for the era line of date fields. */
  today?: Date;
  /** The keys bound to Tebiki's commands now (shown on the conversion buttons); none when unknown. */
  shortcuts?: Shortcuts;
  /** The evidence rules (dictionaries/hints/evidence.yaml), for what a note says; tests may pass their own. */
  evidence?: EvidenceRules;
}

/** Kinds whose tooltip also shows this year in both calendars. */
const ERA_KINDS = new Set(['era-date', 'year']);

/** A text explained: the Japanese with readings, its meaning, its words when the meaning is not a whole line. */
export function explain(gloss: GlossLike): Explained {
  const meaning = meaningOf(gloss);
  const words = hasWholeMeaning(gloss) && meaning ? [] : wordsOf(gloss);
  return { parts: partsOf(gloss), ...(meaning ? { meaning } : {}), ...(words.length > 0 ? { words } : {}) };
}

/** The item's kind as the tooltip names it (radio buttons and checkboxes are options of a group). */
function itemKind(item: Item): string {
  if (item.kind !== 'field') return item.kind;
  const type = (item.element as HTMLInputElement).type;
  return type === 'radio' || type === 'checkbox' ? 'option' : 'field';
}

/** The chosen option of a select, when it is Japanese and chosen (not a placeholder). */
function chosenOption(item: Item): ItemText | undefined {
  if (item.element.localName !== 'select') return undefined;
  const select = item.element as HTMLSelectElement;
  const chosen = select.selectedOptions[0];
  if (!chosen || chosen.value === '') return undefined;
  const text = cleanText(chosen.text, 40);
  return item.texts.find((t) => t.role === 'option' && t.text === text);
}

/** The kind's hint, PIN and portal-secret lines (by text id, in the user's language where a pack has them). */
function fieldDetails(field: FieldUnderstanding, texts: Texts, today: Date): Shown[] {
  const out: Shown[] = [];
  const kind = field.rules;
  const id = (name: string) => `kind:${field.kind}.${name}`;
  if (field.secret) {
    out.push(texts.data(`secret:${field.secret.id}.which`, field.secret.which));
    out.push(texts.data(`secret:${field.secret.id}.use`, field.secret.use));
  } else if (kind?.pin) {
    const pin = kind.pin.text.en!;
    out.push(texts.data(id('pin.which'), pin.which), texts.data(id('pin.use'), pin.use));
    out.push(shown(texts, 'detail.format', { text: texts.data(id('pin.format'), pin.format).text }));
    out.push(shown(texts, 'detail.reset', { text: texts.data(id('pin.reset'), pin.reset).text }));
  } else if (kind) {
    const hint = kind.hint.text.en;
    // A month's or a day's box of a split date takes none of the date kind's template (era or not, that is the
    // year's): its Enter line names the part.
    const wholeDate = field.datePart !== 'month' && field.datePart !== 'day';
    if (hint && wholeDate) {
      out.push(texts.data(id('what'), hint.what));
      // The template's format and example only where the page says nothing itself: they must never contradict it.
      if (field.stated.length === 0) {
        out.push(shown(texts, 'detail.format', { text: texts.data(id('format'), hint.format).text }));
        if (hint.example)
          out.push(shown(texts, 'detail.example', { text: texts.data(id('example'), hint.example).text }));
      }
    }
    const yearBox = field.datePart === undefined || field.datePart === 'year';
    if (field.kind && ERA_KINDS.has(field.kind) && field.facts.calendar !== 'western' && yearBox) {
      const year = today.getFullYear();
      const eras = westernYearToEras(year).map(formatEraYear).join(' / ');
      out.push(shown(texts, 'detail.thisYear', { year, eras }));
    }
  }
  if (field.isSecret) out.push(shown(texts, 'tooltip.neverRead'));
  return out;
}

/** The one warning: not the card's PIN (the page or the profile says so), else how many tries lock a card PIN. */
function warningOf(field: FieldUnderstanding | undefined, texts: Texts): Shown | undefined {
  if (!field) return undefined;
  if (field.secret?.notCardPin) {
    const name = texts.data(`secret:${field.secret.id}.name`, field.secret.name).text;
    return shown(texts, 'warn.notCardPinNamed', { name });
  }
  if (field.isSecret && field.facts.notCardPin) return shown(texts, 'warn.notCardPin');
  if (field.rules?.pin) return shown(texts, 'warn.locks', { count: field.rules.pin.tries });
  return undefined;
}

/** Whether the glossary's hints may be shown for a text: hints about secrets only where they are certain. */
function hintsAllowed(text: string, field: FieldUnderstanding | undefined, options: BuildOptions): boolean {
  if (!options.secretWords.test(text)) return true;
  if (field?.isSecret) return Boolean(field.rules?.pin) && options.cardSecrets;
  return options.cardSecrets;
}

/**
 * The tooltip model of an item.
 * @example buildTooltip(item, { texts, furigana: true, cardSecrets: false, secretWords: /暗証/ }).main.meaning?.text
 */
export function buildTooltip(item: Item, options: BuildOptions): TooltipModel {
  const { texts, field } = options;
  const label = item.texts.find((t) => t.role === 'label');
  const main: Explained = label ? explain(label.gloss) : { parts: [{ text: item.label.text }] };
  const context = item.texts.filter((t) => t.role === 'context').map((t) => explain(t.gloss));
  const option = chosenOption(item);
  const choices = item.texts.filter((t) => t.role === 'option').map((t) => explain(t.gloss));
  const details: Shown[] = field ? fieldDetails(field, texts, options.today ?? new Date()) : [];
  // A field is explained by its understanding: the glossary's general hint on its words may be about someone else
  // (an employer's 氏名, another portal's パスワード), and a wrong hint is worse than none.
  if (!field && label && hintsAllowed(label.text, field, options)) {
    for (const hint of hintsOf(label.gloss)) details.push({ text: hint, lang: 'en' });
  }
  // A note, message or label that states a rule (数字4桁, ハイフンなし) says it in words too.
  const says = !field && label ? pageSays(label.text, texts, options.evidence) : undefined;
  // A month's or day's box shows none of the date kind's template, so none of its sources either.
  const partOfDate = field?.datePart === 'month' || field?.datePart === 'day';
  const kindSource = partOfDate ? undefined : (field?.rules?.pin?.source ?? field?.rules?.hint.source);
  const sources = [...new Set([field?.secret?.source, kindSource, field?.limitSource].filter((s): s is string => !!s))];
  const enter = says
    ? says
    : field
      ? enterLine(field.isSecret && !field.rules?.pin && !hasFacts(field.facts) ? {} : field.facts, texts, {
          ...(field.part ? { part: field.part } : {}),
          ...(field.datePart ? { datePart: field.datePart } : {}),
          ...(field.kind ? { kind: field.kind } : {}),
          eraList: field.eraSelect !== undefined && field.facts.calendar !== 'western',
        })
      : undefined;
  const warning = warningOf(field, texts);
  const actions: TooltipAction[] = (field?.conversions ?? []).map((id, i) => ({
    id,
    label: shown(texts, conversionLabelCode(id)),
    ...(shortcutFor(i, options.shortcuts ?? {}) ? { shortcut: shortcutFor(i, options.shortcuts ?? {}) } : {}),
  }));
  return {
    itemKind: itemKind(item),
    ...(field?.kind ? { fieldKind: field.kind } : {}),
    main,
    ...(option ? { option: explain(option.gloss) } : {}),
    ...(context.length > 0 ? { context } : {}),
    ...(choices.length > 0 ? { options: choices } : {}),
    ...(enter ? { enter } : {}),
    ...(warning ? { warning } : {}),
    ...(options.note ? { pageNote: explain(options.note.gloss) } : {}),
    problems: item.problems.map((p) => shown(texts, p.message, p.params)),
    actions,
    details,
    sources,
    emptyText: shown(texts, 'tooltip.noGloss'),
    furigana: options.furigana,
  };
}

/** The rule a note, message or label states, in words ("The page says: half-width digits, 7 digits"). */
function pageSays(text: string, texts: Texts, rules: EvidenceRules = evidenceRules): Shown | undefined {
  const facts = textFacts(text, 'note', rules);
  const parts = enterParts(facts, texts);
  if (facts.notCardPin) parts.unshift(texts.catalogue.t('enter.notCardPin'));
  if (parts.length === 0) return undefined;
  return shown(texts, 'tooltip.pageSays', { what: parts.join(texts.catalogue.t('enter.separator')) });
}
