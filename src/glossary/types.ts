/**
 * What glossing a label produces. Plain data: it crosses the content script / UI boundary and is
 * printed by the CLI as JSON.
 */

import type { Category } from '../dictionary/schema.ts';
import type { GrammarKind } from '../dictionary/schema-grammar.ts';

/**
 * Where a segment's meaning comes from: a dictionary layer (glossary, names, vocabulary, grammar: the bundled index;
 * general: the EDICT layer the tokenizer host answers from), `function` or `unknown`.
 */
export type SegmentSource = 'glossary' | 'names' | 'vocabulary' | 'grammar' | 'general' | 'function' | 'unknown';

/** One piece of a label. The `text` of all segments, joined, is the label exactly as the page wrote it. */
export interface Segment {
  /** The label's own characters for this piece (not normalised). */
  text: string;
  /** Hiragana reading, for segments that contain kanji. */
  reading?: string;
  /** English gloss, for dictionary segments (the sense the context chose, when one did). */
  gloss?: string;
  hint?: string;
  /**
   * A dictionary layer; `function`: particles, auxiliaries, okurigana, punctuation, digits, Latin, spaces (never a
   * segment with kanji); `unknown`: content not found.
   */
  source: SegmentSource;
  /** Dictionary entry id, `<file-stem>:<term>`. */
  id?: string;
  category?: Category;
  /** The dictionary form the entry was found by, when it differs from `text` (し → する, 課税されない → 課税する). */
  base?: string;
  /** What a conjugation adds to the word, outermost first (課税されない: ['negative', 'passive']). */
  inflection?: string[];
  /** The kind of grammar word this is (negation, comparison…), when it acts as one here. */
  grammar?: GrammarKind;
  /** Position of the entry in the compiled index that produced this result (not stable across builds). */
  entry?: number;
  /** Index of the grammar rule the word acts as (CompiledGrammar.rules), when it does. */
  rule?: number;
  /** True when the context chose this segment's sense (senses.yaml). */
  sense?: boolean;
  /** Conjugation class of a general-layer word (its entry is not in the bundled index). */
  conj?: string;
}

/** A text in a known language; `fallback` is true when the user's language lacked it and English stands in. */
export interface Meaning {
  text: string;
  lang: string;
  fallback?: boolean;
}

/** Where a label is, for choosing senses (senses.yaml): all optional. */
export interface GlossContext {
  portal?: string;
  /** The screen's id or title. */
  screen?: string;
  /** The field kind of the control the label belongs to (katakana, my-number…). */
  fieldKind?: string;
  role?: 'label' | 'option' | 'heading' | 'button' | 'message' | 'note';
  /** Texts near the label (row header, legend, the select's label for an option): they choose senses too. */
  near?: readonly string[];
}

/** A glossed label. */
export interface GlossResult {
  /** The label as given. */
  text: string;
  segments: Segment[];
  /** English for the whole label, when the glossary has it (ignoring brackets, ：, ※ and required marks). */
  translation?: string;
  /** The hint of the whole-label entry, when there is one. */
  hint?: string;
  /**
   * The one English line the tooltip shows: the whole-label translation, else a line composed from the words that
   * keeps every negation, restriction, comparison and condition (課税されないもの → "things not taxed"). Absent when
   * the label has no Japanese word with a meaning.
   */
  english?: string;
  /** The same line in the language pack's language (English marked `fallback` where words lack that language). */
  meaning?: Meaning;
}
