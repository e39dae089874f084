/**
 * The grammar data (dictionaries/grammar/*.yaml, SCHEMA.md "Grammar") as the runtime uses it: grammar words with
 * their per-language templates, deinflection rules, senses by context, the languages' join templates and the English
 * morphology tables. The validators that build these from the YAML are build/dictionary/schema-grammar-words.ts
 * (words, senses) and schema-grammar-tables.ts (deinflection, languages, English).
 */

import type { GlossLanguage } from '../i18n/languages.ts';

/** What a grammar word does (SCHEMA.md). */
export const GRAMMAR_KINDS = [
  'negation',
  'restriction',
  'comparison',
  'condition',
  'coordination',
  'time',
  'relation',
  'counter',
  'ordinal',
  'number',
  'era',
  'sequence',
] as const;
export type GrammarKind = (typeof GRAMMAR_KINDS)[number];

/** Which phrase a grammar word applies to: the one before it, the word after it, or both sides. */
export type Takes = 'before' | 'after' | 'both';

/** Per-language templates; `en` is required, the others fall back to English. */
export type Templates = Partial<Record<GlossLanguage, string>> & { en: string };

/** A grammar word as compiled into the index. */
export interface GrammarRule {
  term: string;
  kind: GrammarKind;
  takes?: Takes;
  /** As a modifier through の, the phrase goes after the noun (prepositional in English). */
  joinsAfter?: boolean;
  /** Particles that may stand between the operand and the word (を for 除く: 所得を除く). */
  particle?: string[];
  /** Multiplier (number), first Western year minus one (era). */
  value?: number;
  templates: Templates;
  /** English singular (`{n}` = 1) of a counter. */
  one?: string;
  /** A counter's ordinal form (4桁目: '{nth} digit'), per language: `{nth}` is 4th in English, `{n}` the number. */
  nth?: Partial<Templates>;
  /** For a `sequence`: the grammar words and particles it is made of (ない場合 = ない + 場合). */
  parts?: string[];
}

/** Conditions of a sense (senses.yaml). */
export interface SenseWhen {
  after?: string[];
  inside?: 'bracket';
  alone?: boolean;
  role?: string[];
  portal?: string[];
  screen?: string[];
  fieldKind?: string[];
  near?: string[];
}

/** A sense by context, as compiled: the conditions and what the word becomes. */
export interface Sense extends SenseWhen {
  term: string;
  /** The reading in this sense (後 after a verb is あと, not ご). */
  reading?: string;
  /** Index of the grammar rule the word acts as (in CompiledGrammar.rules). */
  rule?: number;
  gloss?: Templates;
}

/** One deinflection rule: [in, out, from mask, to mask]. */
export type DeinflectRule = [suffixIn: string, suffixOut: string, from: number, to: number];

/** Join templates and verb forms of one language. */
export interface LanguageTemplates {
  space: string;
  joins: Record<string, string>;
  verbs: Record<string, string>;
}

/** Everything the grammar files compile to; small, bundled with the index. */
export interface CompiledGrammar {
  rules: GrammarRule[];
  /** Sparse map entry → rule: entries[i] has rule rules[ruleOf[i]]. */
  ruleEntries: number[];
  ruleOf: number[];
  /** Deinflection classes; class k is bit 1 << k. */
  classes: string[];
  transforms: Array<{ tag: string; rules: DeinflectRule[] }>;
  senses: Sense[];
  /** Word classes used by senses (`time`). */
  wordClasses: Record<string, string[]>;
  particles: Record<string, string>;
  languages: Record<string, LanguageTemplates>;
  english: { verbs: Record<string, string>; irregular: Record<string, [pastParticiple: string, ing: string]> };
}

/** The join names every language must give (languages.yaml). */
export const JOINS = [
  'of',
  'mod',
  'compound',
  'object',
  'to',
  'at',
  'subject',
  'topic',
  'dir',
  'and',
  'also',
  'rel',
  'list',
  'range',
  'date',
];
/** Verb forms (non-English languages; English is conjugated in code). */
export const VERB_FORMS = [
  'negative',
  'past',
  'passive',
  'potential',
  'negative-potential',
  'request',
  'negative-request',
  'progressive',
  'desire',
  'conditional',
  'causative',
];
