/**
 * The compiled glossary index that the content script bundles (through `virtual:tebiki-index`).
 *
 * Parallel arrays rather than an array of objects: JSON then repeats no property names, which keeps
 * the bundle about a third smaller before gzip, and the content script holds plain string arrays
 * instead of thousands of small objects. Tables (files, categories, sources) store repeated strings
 * once. The layout is versioned by `format` so a stale bundle is detected, not misread.
 */

import type { KeyTrieData } from '../glossary/key-trie.ts';
import type { Category, Layer } from './schema.ts';
import type { CompiledGrammar } from './schema-grammar.ts';

/** Current layout version of {@link CompiledIndex}. */
export const INDEX_FORMAT = 2;

/** The layers in index order; `layerEnds[k]` is where layer k ends (the grammar layer ends at the last entry). */
export const LAYERS: readonly Layer[] = ['glossary', 'names', 'vocabulary', 'grammar'];

/** The compiled index. Entry `i` is described by the i-th element of each per-entry array. */
export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  /**
   * Entries [0, glossaryCount) are curated (glossary and names: their terms are whole-label translations); then
   * vocabulary, then grammar words no dictionary has.
   */
  glossaryCount: number;
  /** End of the glossary, names and vocabulary layers (entries after the last are the grammar layer). */
  layerEnds: [glossary: number, names: number, vocabulary: number];
  /** File stems; `file[i]` indexes this. Ids are `${files[file[i]]}:${term[i]}`. */
  files: string[];
  /** Category names; `category[i]` indexes this. */
  categories: Category[];
  /** Distinct sources; `source[i]` indexes this, -1 for none. */
  sources: string[];
  /** The term as written. */
  term: string[];
  /** Hiragana reading, '' when the term needs none. */
  reading: string[];
  en: string[];
  /** One-line hint, '' when none. */
  hint: string[];
  file: number[];
  category: number[];
  source: number[];
  /**
   * Every match key (normalised terms and variants of both layers) → entry, as a trie laid out at
   * compile time (key-trie.ts). Where both layers have a key, it leads to the glossary entry.
   */
  trie: KeyTrieData;
  /** Keys whose entry in a later layer an earlier layer shadows, for lookups by layer (a key may repeat). */
  shadowedKeys: string[];
  shadowedEntries: number[];
  /** Conjugation class of each entry, one character (compile-grammar.ts CONJ), for deinflection. */
  conj: string;
  /** Grammar words, deinflection rules, senses and the languages' templates. */
  grammar: CompiledGrammar;
}

/** One entry, materialised from the parallel arrays (for UI code and tests; the matcher reads arrays). */
export interface IndexEntry {
  /** Stable id: `<file-stem>:<term>`. */
  id: string;
  layer: Layer;
  term: string;
  reading?: string;
  en: string;
  hint?: string;
  category: Category;
  source?: string;
}

/** Number of entries in the index. */
export function entryCount(index: CompiledIndex): number {
  return index.term.length;
}

/** The layer of entry `i`. */
export function layerOfEntry(index: CompiledIndex, i: number): Layer {
  const [glossary, names, vocabulary] = index.layerEnds;
  return i < glossary ? 'glossary' : i < names ? 'names' : i < vocabulary ? 'vocabulary' : 'grammar';
}

/**
 * The stable id of entry `i`.
 * @example entryId(index, 0) === 'tax:給与所得'
 */
export function entryId(index: CompiledIndex, i: number): string {
  return `${index.files[index.file[i]!]}:${index.term[i]}`;
}

/** Materialises entry `i` as an object. */
export function entryAt(index: CompiledIndex, i: number): IndexEntry {
  const entry: IndexEntry = {
    id: entryId(index, i),
    layer: layerOfEntry(index, i),
    term: index.term[i]!,
    en: index.en[i]!,
    category: index.categories[index.category[i]!]!,
  };
  if (index.reading[i]) entry.reading = index.reading[i];
  if (index.hint[i]) entry.hint = index.hint[i];
  const source = index.source[i]!;
  if (source >= 0) entry.source = index.sources[source];
  return entry;
}

/** An index with no entries, for tests and for a content script built without dictionaries. */
export function emptyIndex(): CompiledIndex {
  return {
    format: INDEX_FORMAT,
    glossaryCount: 0,
    layerEnds: [0, 0, 0],
    files: [],
    categories: [],
    sources: [],
    term: [],
    reading: [],
    en: [],
    hint: [],
    file: [],
    category: [],
    source: [],
    trie: { counts: [0], chars: '', entries: [-1] },
    shadowedKeys: [],
    shadowedEntries: [],
    conj: '',
    grammar: emptyGrammar(),
  };
}

/** Grammar tables with nothing in them. */
export function emptyGrammar(): CompiledGrammar {
  return {
    rules: [],
    ruleEntries: [],
    ruleOf: [],
    classes: [],
    transforms: [],
    senses: [],
    wordClasses: {},
    particles: {},
    languages: {},
    english: { verbs: {}, irregular: {} },
  };
}
