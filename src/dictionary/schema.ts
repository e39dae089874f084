/**
 * The dictionary source schema (dictionaries/SCHEMA.md) as types: what the runtime and the build share. The
 * validator is build/dictionary/validate-source.ts.
 */

/** Categories an entry may have (SCHEMA.md). */
export const CATEGORIES = [
  'card',
  'jpki',
  'mynaportal',
  'tax',
  'etax',
  'business',
  'residence',
  'municipal',
  'form',
  'bank',
  'navigation',
  'message',
  'general',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Parts of speech an entry may declare (SCHEMA.md). */
export const POS_VALUES = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'prefix',
  'suffix',
  'counter',
  'expression',
  'phrase',
] as const;
export type EntryPos = (typeof POS_VALUES)[number];

/**
 * The layers, in the order the matcher prefers them: the domain glossary, the official name lists
 * (glossary/names-*.yaml), the general vocabulary, and grammar words that no dictionary has (grammar/words.yaml).
 * The general dictionary imported from EDICT (dictionaries/general/) is not in the bundled index: the tokenizer host
 * answers from it for words the index lacks.
 */
export type Layer = 'glossary' | 'names' | 'vocabulary' | 'grammar';

/** One entry as written in a source file. */
export interface SourceEntry {
  term: string;
  reading?: string;
  en: string;
  variants?: string[];
  hint?: string;
  pos?: EntryPos;
  source?: string;
  category?: Category;
}

/** One source file as written. */
export interface SourceFile {
  category: Category;
  source?: string;
  entries: SourceEntry[];
}

/** A problem found in a source file. Errors fail the build; warnings are printed. */
export interface DictionaryIssue {
  severity: 'error' | 'warning';
  file: string;
  /** 0-based position of the entry in `entries`, when the problem is in one entry. */
  index?: number;
  term?: string;
  /** 1-based line in the file, when known (compile() adds it from the YAML). */
  line?: number;
  reason: string;
}
