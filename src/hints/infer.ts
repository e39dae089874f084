/**
 * Infers what a form field wants (its {@link FieldKind}) from its label, context and attributes, using the
 * compiled rules of dictionaries/hints/field-kinds.yaml. Pure: the content script reads the attributes off the
 * element and passes them in; the value is never an input, so a PIN field's value cannot reach this code.
 */

import type { PortalId } from '../portals/portals.ts';
import { factNames, type FieldFacts } from './facts.ts';
import type { ControlGroup, FieldKind, FieldKindRules, KindRules, LabelRule } from './types.ts';

/** What the content script knows about a control, all optional but the label. */
export interface FieldSignals {
  /** The field's label text as shown (label element, aria-label, row header…). */
  label: string;
  /** Text of the group around it: fieldset legend, section heading, the row's header. */
  context?: string;
  /** The element's `type` property: 'text', 'password', 'tel', 'select-one', 'textarea'… */
  type?: string;
  inputmode?: string;
  /** `maxLength` (−1 or absent when unset) or the attribute text. */
  maxlength?: number | string | null;
  pattern?: string;
  autocomplete?: string;
  name?: string;
  id?: string;
  /** The portal the page belongs to (src/portals/portals.ts), if any. */
  portal?: PortalId;
  /** What the page says the field accepts (evidence.yaml): weighs for and against kinds. */
  facts?: FieldFacts;
}

/** The inferred kind of a field. */
export interface FieldKindMatch {
  kind: FieldKind;
  /** 0–1: the winning score / 100. Around 0.9 means a specific label; 0.4 means a weak guess. */
  confidence: number;
  /** Maximum number of characters: the portal's limit or the control's maxlength, whichever is smaller. */
  limit?: number;
  /** Where `limit` comes from. */
  limitFrom?: 'portal' | 'maxlength';
  /** The source of a portal limit, to show with it. */
  limitSource?: string;
}

/** Below this score a field gets no kind: a wrong hint is worse than none. */
export const MIN_SCORE = 35;

/** Input types no kind applies to. */
const NO_GROUP = new Set([
  'checkbox',
  'radio',
  'file',
  'range',
  'color',
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
]);

/**
 * The control group of an element's `type` property (see CONTROL_GROUPS in types.ts).
 * @example controlGroupOf('select-one') === 'select'; controlGroupOf('checkbox') === null
 */
export function controlGroupOf(type: string | undefined): ControlGroup | null {
  const t = (type ?? 'text').toLowerCase();
  if (t === 'password') return 'password';
  if (t.startsWith('select')) return 'select';
  if (t === 'date' || t === 'month' || t === 'datetime-local') return 'date';
  return NO_GROUP.has(t) ? null : 'text';
}

/**
 * Normalises a label or context for matching: NFKC (full-width ASCII and half-width kana folded), required /
 * optional marks and leading numbering like (3) removed, whitespace collapsed.
 * @example normalizeLabel('（３）郵便番号【必須】') === '郵便番号'
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[[【(]?(必須|任意)[\]】)]?|[*※]/g, '')
    .replace(/^\s*\(\d{1,3}\)\s*/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*:$/, '')
    .trim();
}

/**
 * Splits a name or id into lower-case words (at non-letters, camelCase and digits), plus each adjacent pair
 * joined, so that `my_number` also yields `mynumber`.
 * @example nameWords('txtTelNo') → ['txt', 'tel', 'no', 'txttel', 'telno']
 */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const pairs = words.slice(1).map((w, i) => words[i] + w);
  return [...words, ...pairs];
}

/** Regexes compiled once per rule set (the rules stay JSON so that the build can serialise them). */
const cache = new WeakMap<FieldKindRules, Map<string, RegExp>>();

function regexFor(rules: FieldKindRules, source: string): RegExp {
  let map = cache.get(rules);
  if (!map) cache.set(rules, (map = new Map<string, RegExp>()));
  let re = map.get(source);
  if (!re) map.set(source, (re = new RegExp(source, 'iu')));
  return re;
}

/**
 * Infers a field's kind, or null when nothing fits well enough.
 * @example
 * inferFieldKind({ label: '氏名（カナ）セイ', portal: 'keisan' }, rules)
 * // → { kind: 'katakana', confidence: 0.85, limit: 11, limitFrom: 'portal', limitSource: '[3P] …' }
 */
export function inferFieldKind(field: FieldSignals, rules: FieldKindRules): FieldKindMatch | null {
  const group = controlGroupOf(field.type);
  if (!group) return null;
  const label = normalizeLabel(field.label ?? '');
  const context = normalizeLabel(field.context ?? '');
  const test = (source: string | undefined, text: string) => source !== undefined && regexFor(rules, source).test(text);
  if (label && test(rules.exclude, label)) return null;

  const attrs = readAttributes(field);
  const evidence = field.facts ? factNames(field.facts) : [];
  // A label about a secret keeps its field away from every kind whose check would read the value.
  const secretLabel = label !== '' && test(rules.secretWords, label);
  let best: { kind: KindRules; score: number } | undefined;
  for (const kind of rules.kinds) {
    if (!kind.controls.includes(group)) continue;
    if (secretLabel && !kind.pin) continue;
    if (label && test(kind.exclude, label)) continue;
    let labelScore = 0;
    if (label) {
      for (const rule of kind.labels) {
        if (rule.priority > labelScore && ruleApplies(rule, label, context, field.portal, test)) {
          labelScore = rule.priority;
        }
      }
    }
    if (kind.labelRequired && labelScore === 0) continue;
    const fromAttributes = attributeScore(kind, attrs, rules);
    const fromEvidence = evidenceScore(kind, evidence);
    // The input's type or inputmode alone never decides a kind: a type=tel 整理番号 is not a phone number. Without a
    // label match they count only beside another signal (a name, an autocomplete token, a pattern, the page's words).
    const others = fromAttributes.others + (fromEvidence === 0 ? 0 : 1);
    const typeOnly = labelScore === 0 && others === 0;
    // A field the page labels with words that match no rule is not decided by one attribute word either (a name
    // attribute mailTo on 宛名 is not an e-mail field): it needs two signals.
    if (labelScore === 0 && label !== '' && others < 2 && fromEvidence <= 0) continue;
    const score = labelScore + fromEvidence + (typeOnly ? 0 : fromAttributes.byType) + fromAttributes.score;
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { kind, score };
  }
  if (!best) return null;

  const match: FieldKindMatch = { kind: best.kind.kind, confidence: Math.min(1, best.score / 100) };
  const portalLimit = field.portal
    ? best.kind.limits.find((l) => l.portals.includes(field.portal!) && test(l.match, label))
    : undefined;
  const maxlength = attrs.maxlength;
  if (portalLimit && (maxlength === undefined || portalLimit.max <= maxlength)) {
    match.limit = portalLimit.max;
    match.limitFrom = 'portal';
    match.limitSource = portalLimit.source;
  } else if (maxlength !== undefined) {
    match.limit = maxlength;
    match.limitFrom = 'maxlength';
  }
  return match;
}

function ruleApplies(
  rule: LabelRule,
  label: string,
  context: string,
  portal: PortalId | undefined,
  test: (source: string | undefined, text: string) => boolean,
): boolean {
  if (rule.portals && (!portal || !rule.portals.includes(portal))) return false;
  if (rule.context !== undefined && !test(rule.context, context)) return false;
  if (rule.notContext !== undefined && test(rule.notContext, context)) return false;
  if (rule.not !== undefined && test(rule.not, label)) return false;
  return test(rule.match, label);
}

/** The attributes in the form the signals are written in (lower case, words, a number). */
interface Attributes {
  type: string;
  inputmode: string;
  autocomplete: string[];
  maxlength?: number;
  pattern: string;
  words: string[];
}

function readAttributes(field: FieldSignals): Attributes {
  // Page-controlled text is cut before it is split or matched.
  const cut = (text: string | undefined) => (text ?? '').slice(0, 200);
  const max = typeof field.maxlength === 'string' ? Number(field.maxlength) : field.maxlength;
  // Browsers report −1 for "no maxlength"; very large values are "unlimited" in practice.
  const maxlength = typeof max === 'number' && Number.isInteger(max) && max > 0 && max <= 1000 ? max : undefined;
  return {
    type: cut(field.type).toLowerCase(),
    inputmode: cut(field.inputmode).toLowerCase(),
    autocomplete: cut(field.autocomplete).toLowerCase().split(/\s+/).filter(Boolean),
    pattern: cut(field.pattern),
    words: [...nameWords(cut(field.name)), ...nameWords(cut(field.id))],
    ...(maxlength === undefined ? {} : { maxlength }),
  };
}

/** A weight from a map keyed by page-controlled words: own keys only (autocomplete="constructor" is no key). */
function weightOf(map: Record<string, number> | undefined, key: string): number {
  return map && Object.hasOwn(map, key) ? (map[key] ?? 0) : 0;
}

/**
 * The attributes' weights for a kind: `byType` from type and inputmode (which never decide alone), `score` from the
 * rest, and how many of the rest matched (`others`).
 */
function attributeScore(
  kind: KindRules,
  attrs: Attributes,
  rules: FieldKindRules,
): { byType: number; score: number; others: number } {
  const a = kind.attributes;
  const byType = weightOf(a.type, attrs.type) + weightOf(a.inputmode, attrs.inputmode);
  let score = 0;
  let others = 0;
  const add = (weight: number) => {
    score += weight;
    if (weight > 0) others += 1;
  };
  if (a.autocomplete) add(Math.max(0, ...attrs.autocomplete.map((t) => weightOf(a.autocomplete, t))));
  if (a.maxlength && attrs.maxlength !== undefined) add(weightOf(a.maxlength, String(attrs.maxlength)));
  if (a.pattern && attrs.pattern) {
    for (const p of a.pattern) if (regexFor(rules, p.match).test(attrs.pattern)) add(p.weight);
  }
  if (a.names && attrs.words.length > 0) {
    // The strongest name word counts once (zip_code_zip should not score three times), and so does the strongest
    // word against the kind (shinzoku[0].shimei is a relative's name, not the user's).
    let best = 0;
    let worst = 0;
    for (const [token, weight] of Object.entries(a.names)) {
      // A word against the kind must be the whole word (shinZokugara is a new 続柄, not a relative's: 親族 shinzoku).
      const found = attrs.words.some((w) => (weight < 0 ? w === token : w.startsWith(token) || w.endsWith(token)));
      if (!found) continue;
      best = Math.max(best, weight);
      worst = Math.min(worst, weight);
    }
    // A word against the kind cancels the words for it.
    if (worst < 0) score += worst;
    else add(best);
  }
  return { byType, score, others };
}

/** The weights of what the page says (`fact=value` or `fact`) for a kind. */
function evidenceScore(kind: KindRules, names: string[]): number {
  let score = 0;
  for (const name of names) score += weightOf(kind.evidence, name);
  return score;
}

/**
 * The rules of one kind (its hint, PIN block and limits), for the tooltip.
 * @example kindRules(rules, 'pin-user-auth')?.pin?.tries === 3
 */
export function kindRules(rules: FieldKindRules, kind: FieldKind): KindRules | undefined {
  return rules.kinds.find((k) => k.kind === kind);
}
