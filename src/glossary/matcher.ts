/**
 * The synchronous glosser: longest match of dictionary terms over a label, with no tokenizer.
 *
 * This runs in the content script on every label of a page as soon as it is scanned, so it is built
 * for speed (1,000 labels in a few ms): both layers' keys are in one char-code trie (key-trie.ts), so
 * the walk from a position stops after one or two steps when nothing can match there, and allocates
 * nothing.
 */

import { entryId, layerOfEntry, type CompiledIndex } from '../dictionary/compiled-index.ts';
import type { Layer } from '../dictionary/schema.ts';
import { CharClass, classAt, hasKanji, isHiraganaCode, isKanjiCode } from './char-class.ts';
import { loadKeyTrie, ROOT, type KeyTrie } from './key-trie.ts';
import { normalize, normalizeWithOffsets } from './normalize.ts';
import type { GlossResult, Segment } from './types.ts';
import { labelCore } from './whole-label.ts';

/** A glosser bound to one compiled index. */
export interface Glosser {
  readonly index: CompiledIndex;
  /** Glosses a label synchronously. */
  gloss(label: string): GlossResult;
  /** The entry for a word in one layer (the word is normalised first), or -1. */
  lookup(word: string, layer: Layer): number;
  /** A dictionary segment for entry `entry` covering `text`. */
  segmentFor(entry: number, text: string): Segment;
  /**
   * The longest entry (glossary or vocabulary; the glossary wins a tie) whose key starts at `from` of a
   * normalised text and ends at or before `to` where `acceptEnd` allows: two or more characters, or a
   * single kanji. refine() uses it to match only on the tokenizer's word boundaries.
   */
  longestMatch(text: string, from: number, to: number, acceptEnd?: (end: number) => boolean): Match | undefined;
}

/** A match found by {@link Glosser.longestMatch}: entry `entry` over normalised [from, end). */
export interface Match {
  end: number;
  entry: number;
}

/** A match of entry `entry` over normalised [start, end). */
interface Span {
  start: number;
  end: number;
  entry: number;
}

/**
 * Creates a glosser for a compiled index: a few milliseconds (the trie was laid out at compile time);
 * do it once per content script.
 * @example createGlosser(index).gloss('氏名（フリガナ）').segments.map((s) => s.text) // ['氏名', '（', 'フリガナ', '）']
 */
export function createGlosser(index: CompiledIndex): Glosser {
  const trie = loadKeyTrie(index.trie);
  const shadowed = new Map(index.shadowedKeys.map((key, k) => [key, index.shadowedEntries[k]!]));

  const segmentFor = (entry: number, text: string): Segment => {
    const segment: Segment = { text, source: layerOfEntry(index, entry), id: entryId(index, entry) };
    const reading = index.reading[entry];
    if (reading && hasKanji(text)) segment.reading = reading;
    segment.gloss = index.en[entry]!;
    if (index.hint[entry]) segment.hint = index.hint[entry];
    const category = index.categories[index.category[entry]!];
    if (category) segment.category = category;
    return segment;
  };

  const gloss = (label: string): GlossResult => {
    const { text, offsets } = normalizeWithOffsets(label);
    const spans = findSpans(text, trie);
    const segments: Segment[] = [];
    const slice = (a: number, b: number) => label.slice(offsets[a], offsets[b]);
    let at = 0;
    for (const span of spans) {
      if (span.start > at) pushGap(text, at, span.start, slice, segments);
      segments.push(segmentFor(span.entry, slice(span.start, span.end)));
      at = span.end;
    }
    if (at < text.length) pushGap(text, at, text.length, slice, segments);

    const result: GlossResult = { text: label, segments };
    const whole = trie.get(labelCore(text));
    if (whole >= 0 && whole < index.glossaryCount) {
      result.translation = index.en[whole]!;
      if (index.hint[whole]) result.hint = index.hint[whole];
    }
    return result;
  };

  const lookup = (word: string, layer: Layer): number => {
    const key = normalize(word);
    const found = trie.get(key);
    if (found < 0) return -1;
    if (layerOfEntry(index, found) === layer) return found;
    return layer === 'vocabulary' ? (shadowed.get(key) ?? -1) : -1;
  };

  const longestMatch = (
    text: string,
    from: number,
    to: number,
    acceptEnd?: (end: number) => boolean,
  ): Match | undefined => {
    const match = longestAt(text, from, to, trie, acceptEnd);
    if (match) return match;
    const single = from < to && (!acceptEnd || acceptEnd(from + 1)) ? singleKanji(text, from, trie) : -1;
    return single < 0 ? undefined : { end: from + 1, entry: single };
  };

  return { index, gloss, lookup, segmentFor, longestMatch };
}

/**
 * Finds dictionary matches: the longest key of two or more characters at each position, left to right,
 * over both layers at once (the glossary wins a tie: its entries say more for these forms); then
 * single-kanji entries (affixes such as 者 or 書) only where nothing longer matched.
 */
function findSpans(text: string, trie: KeyTrie): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const match = longestAt(text, i, text.length, trie, undefined);
    if (match) {
      spans.push({ start: i, end: match.end, entry: match.entry });
      i = match.end;
    } else i++;
  }
  return fillGaps(text.length, spans, (a, b, out) => {
    for (let k = a; k < b; k++) {
      const found = singleKanji(text, k, trie);
      if (found >= 0) out.push({ start: k, end: k + 1, entry: found });
    }
  });
}

/** The entry of the single kanji at `i`, or -1. */
function singleKanji(text: string, i: number, trie: KeyTrie): number {
  const code = text.charCodeAt(i);
  if (!isKanjiCode(code)) return -1;
  const node = trie.child(ROOT, code);
  return node < 0 ? -1 : trie.entryAt(node);
}

/**
 * The longest key of two or more characters starting at `i` and ending by `to` where `acceptEnd` allows.
 * An all-hiragana key (ください, について) only matches at the start of a hiragana run: inside one it would
 * cut words apart (…しているか → いるか), and the tokenizer segments kana better.
 */
function longestAt(
  text: string,
  i: number,
  to: number,
  trie: KeyTrie,
  acceptEnd: ((end: number) => boolean) | undefined,
): Match | undefined {
  const midKana = i > 0 && isHiraganaCode(text.charCodeAt(i)) && isHiraganaCode(text.charCodeAt(i - 1));
  let allHiragana = true;
  let best: Match | undefined;
  let node = ROOT;
  for (let j = i; j < to; j++) {
    const code = text.charCodeAt(j);
    node = trie.child(node, code);
    if (node < 0) break;
    allHiragana &&= isHiraganaCode(code);
    const entry = trie.entryAt(node);
    if (entry >= 0 && j > i && !(midKana && allHiragana) && (!acceptEnd || acceptEnd(j + 1))) {
      best = { end: j + 1, entry };
    }
  }
  return best;
}

/** Keeps `spans` (sorted) and lets `fill` add spans inside each gap between them; returns all, sorted. */
function fillGaps(length: number, spans: Span[], fill: (a: number, b: number, out: Span[]) => void): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) fill(at, span.start, out);
    out.push(span);
    at = span.end;
  }
  if (at < length) fill(at, length, out);
  return out;
}

/**
 * Segments an unmatched stretch by character class: kanji and katakana runs are `unknown` content;
 * hiragana (particles, okurigana), digits, Latin, punctuation and spaces are `function`.
 */
function pushGap(
  text: string,
  from: number,
  to: number,
  slice: (a: number, b: number) => string,
  out: Segment[],
): void {
  let start = from;
  let cls = classAt(text, from);
  for (let i = from + 1; i <= to; i++) {
    const next = i < to ? classAt(text, i) : -1;
    if (next === cls) continue;
    const content = cls === CharClass.Kanji || cls === CharClass.Katakana;
    out.push({ text: slice(start, i), source: content ? 'unknown' : 'function' });
    start = i;
    if (next >= 0) cls = next as CharClass;
  }
}
