/**
 * Reads what a page itself says a field accepts, with the rules of dictionaries/hints/evidence.yaml: its texts
 * (label, notes, placeholder, headers) and attributes (pattern, type, inputmode, maxlength, minlength, required)
 * become {@link FieldFacts}. Pure: the content script collects the texts and attributes and passes them in.
 */
import { FACT_TYPES, factProblem, mergeFacts, MAX_EXAMPLE_LENGTH, type FactKey, type FieldFacts } from './facts.ts';

/** Where a text next to a field comes from (rules may apply to some only). */
export const TEXT_SOURCES = ['label', 'note', 'placeholder', 'context'] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];

/** A rule over text: a regex and the facts a match gives (`$name` = a named group of the match). */
export interface TextRule {
  id: string;
  match: string;
  facts: Record<string, unknown>;
  /** Facts this rule decides without a value (a later rule may not set them from the same or a later text). */
  settles?: FactKey[];
  /** The kinds of text the rule applies to (all when absent). */
  in?: TextSource[];
  examples: [text: string, facts: FieldFacts][];
  not?: string[];
}

/** A rule over the `pattern` attribute as written. */
export type PatternRule = Omit<TextRule, 'in' | 'settles'>;

/** An attribute value that states facts (type=number: digits). */
export interface AttributeRule {
  attribute: 'type' | 'inputmode';
  value: string;
  facts: FieldFacts;
}

export interface EvidenceRules {
  version: 1;
  text: TextRule[];
  patterns: PatternRule[];
  attributes: AttributeRule[];
}

/** What the content script read off a field, in the order it should count (nearest text first). */
export interface EvidenceInput {
  texts: { text: string; from: TextSource }[];
  type?: string;
  inputmode?: string;
  pattern?: string;
  maxlength?: number | string | null;
  minlength?: number | string | null;
  required?: boolean;
}

/** The page's facts, and which of them the page states in words (the rest come from attributes). */
export interface Evidence {
  facts: FieldFacts;
  /** Facts the page's text or pattern states (shown first; they win over any template). */
  stated: FactKey[];
}

/** Longest text a rule looks at: texts are cut before any regex sees them (a hostile 100 KB note costs nothing). */
export const MAX_EVIDENCE_TEXT = 400;

/** Regexes compiled once per rule set. */
const compiled = new WeakMap<object, RegExp>();
function regexOf(rule: { match: string }): RegExp {
  let re = compiled.get(rule);
  if (!re) compiled.set(rule, (re = new RegExp(rule.match, 'iu')));
  return re;
}

/** The facts of a rule's match: `$name` replaced by the named group (numbers for numeric facts). */
function factsOf(rule: { facts: Record<string, unknown> }, match: RegExpExecArray): FieldFacts {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(rule.facts)) {
    let value = raw;
    if (typeof raw === 'string' && raw.startsWith('$')) {
      const group = match.groups?.[raw.slice(1)];
      if (group === undefined) continue;
      value = FACT_TYPES[key as FactKey] === 'text' ? group.trim().slice(0, MAX_EXAMPLE_LENGTH) : Number(group);
    }
    if (factProblem(key, value) === undefined) out[key] = value;
  }
  return out;
}

/**
 * Facts one text states, applying every rule in order (earlier rules win a fact).
 * @example textFacts('(数字4桁)', 'note', rules) // { charset: 'digits', length: 4 }
 */
export function textFacts(
  text: string,
  from: TextSource,
  rules: EvidenceRules,
  settled = new Set<FactKey>(),
): FieldFacts {
  const normalized = text.slice(0, MAX_EVIDENCE_TEXT).normalize('NFKC');
  let facts: FieldFacts = {};
  for (const rule of rules.text) {
    if (rule.in && !rule.in.includes(from)) continue;
    const match = regexOf(rule).exec(normalized);
    if (!match) continue;
    const found = factsOf(rule, match);
    for (const key of settled) delete found[key];
    facts = mergeFacts(facts, found);
    for (const key of rule.settles ?? []) settled.add(key);
  }
  return facts;
}

/**
 * Facts of the `pattern` attribute (the first rule that matches).
 * @example patternFacts('[0-9]{7}', rules) // { charset: 'digits', length: 7 }
 */
export function patternFacts(pattern: string | undefined, rules: EvidenceRules): FieldFacts {
  if (!pattern) return {};
  const text = pattern.slice(0, MAX_EVIDENCE_TEXT);
  for (const rule of rules.patterns) {
    const match = regexOf(rule).exec(text);
    if (match) return factsOf(rule, match);
  }
  return {};
}

/** A length attribute as a number, or undefined when unset, invalid or "unlimited" in practice. */
function lengthAttribute(raw: number | string | null | undefined): number | undefined {
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 1000 ? n : undefined;
}

/**
 * Everything the page says about a field: its texts first (nearest first), then its pattern, then its other
 * attributes. Texts and pattern are "stated"; attributes only fill what they left open.
 * @example readEvidence({ texts: [{ text: '(全角カナ)', from: 'note' }], maxlength: 11 }, rules).facts
 * // { charset: 'katakana', width: 'full', maxLength: 11 }
 */
export function readEvidence(input: EvidenceInput, rules: EvidenceRules): Evidence {
  const settled = new Set<FactKey>();
  const fromText = mergeFacts(...input.texts.map(({ text, from }) => textFacts(text, from, rules, settled)));
  const stated = mergeFacts(fromText, patternFacts(input.pattern, rules));
  const attributes: FieldFacts = {};
  const max = lengthAttribute(input.maxlength);
  const min = lengthAttribute(input.minlength);
  if (max !== undefined) attributes.maxLength = max;
  if (min !== undefined && (max === undefined || min <= max)) attributes.minLength = min;
  if (max !== undefined && min === max) attributes.length = max;
  if (input.required) attributes.required = true;
  const type = (input.type ?? '').toLowerCase();
  const inputmode = (input.inputmode ?? '').toLowerCase();
  const byAttribute = rules.attributes
    .filter((r) => (r.attribute === 'type' ? r.value === type : r.value === inputmode))
    .map((r) => r.facts);
  const facts = mergeFacts(stated, attributes, ...byAttribute);
  for (const key of settled) if (!Object.hasOwn(stated, key)) delete facts[key];
  return { facts, stated: Object.keys(stated) as FactKey[] };
}
