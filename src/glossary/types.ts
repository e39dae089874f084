/**
 * What glossing a label produces. Plain data: it crosses the content script / UI boundary and is
 * printed by the CLI as JSON.
 */

import type { Category } from '../dictionary/schema.ts';

/** Where a segment's meaning comes from. */
export type SegmentSource = 'glossary' | 'vocabulary' | 'function' | 'unknown';

/** One piece of a label. The `text` of all segments, joined, is the label exactly as the page wrote it. */
export interface Segment {
  /** The label's own characters for this piece (not normalised). */
  text: string;
  /** Hiragana reading, for segments that contain kanji. */
  reading?: string;
  /** English gloss, for glossary and vocabulary segments. */
  gloss?: string;
  hint?: string;
  /**
   * `glossary`/`vocabulary`: a dictionary entry; `function`: particles, auxiliaries, okurigana,
   * punctuation, digits, Latin, spaces (never a segment with kanji); `unknown`: content not found.
   */
  source: SegmentSource;
  /** Dictionary entry id, `<file-stem>:<term>`. */
  id?: string;
  category?: Category;
  /** The dictionary form the entry was found by, when it differs from `text` (し → する). */
  base?: string;
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
}
