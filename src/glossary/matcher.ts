/**
 * The synchronous glosser: longest match of dictionary terms over a label, with no tokenizer.
 *
 * This runs in the content script on every label of a page as soon as it is scanned, so it is built
 * for speed (1,000 labels in well under 10 ms): each layer is one Map holding every key and every
 * prefix of a key (prefix-only entries hold -1), so the walk from a position stops after one or two
 * lookups when nothing can match there, instead of trying every possible length.
 */

import { entryId, layerOfEntry, type CompiledIndex } from '../dictionary/compiled-index';
import type { Layer } from '../dictionary/schema';
import { CharClass, classAt, hasKanji, isHiraganaCode, isKanjiCode } from './char-class';
import { normalize, normalizeWithOffsets } from './normalize';
import type { GlossResult, Segment } from './types';
import { labelCore } from './whole-label';

/** A glosser bound to one compiled index. */
export interface Glosser {
  readonly index: CompiledIndex;
  /** Glosses a label synchronously. */
  gloss(label: string): GlossResult;
  /** The entry for a word in one layer (the word is normalised first), or -1. */
  lookup(word: string, layer: Layer): number;
  /** A dictionary segment for entry `entry` covering `text`. */
  segmentFor(entry: number, text: string): Segment;
}

/** A match of entry `entry` over normalised [start, end). */
interface Span {
  start: number;
  end: number;
  entry: number;
}

type KeyMap = Map<string, number>;

/**
 * Creates a glosser for a compiled index. Building the key maps takes a few milliseconds for a
 * dictionary of several thousand entries; do it once per content script.
 * @example createGlosser(index).gloss('氏名（フリガナ）').segments.map((s) => s.text) // ['氏名', '（', 'フリガナ', '）']
 */
export function createGlosser(index: CompiledIndex): Glosser {
  const maps: Record<Layer, KeyMap> = { glossary: new Map(), vocabulary: new Map() };
  for (let i = 0; i < index.term.length; i++) addKey(maps[layerOfEntry(index, i)], index.term[i]!, i);
  for (let a = 0; a < index.alias.length; a++) {
    const entry = index.aliasEntry[a]!;
    addKey(maps[layerOfEntry(index, entry)], index.alias[a]!, entry);
  }

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
    const spans = findSpans(text, maps);
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
    const whole = maps.glossary.get(labelCore(text));
    if (whole !== undefined && whole >= 0) {
      result.translation = index.en[whole]!;
      if (index.hint[whole]) result.hint = index.hint[whole];
    }
    return result;
  };

  const lookup = (word: string, layer: Layer): number => {
    const found = maps[layer].get(normalize(word));
    return found === undefined ? -1 : found;
  };

  return { index, gloss, lookup, segmentFor };
}

/** Adds a key and marks each of its proper prefixes, so that walks know to keep going. */
function addKey(map: KeyMap, key: string, entry: number): void {
  for (let j = 1; j < key.length; j++) {
    const prefix = key.slice(0, j);
    if (!map.has(prefix)) map.set(prefix, -1);
  }
  const existing = map.get(key);
  // The first entry for a key wins (compile() already rejects duplicates within a layer).
  if (existing === undefined || existing < 0) map.set(key, entry);
}

/**
 * Finds dictionary matches: glossary terms first (longest match, left to right), then vocabulary terms in
 * the gaps, then single-kanji entries (affixes such as 者 or 書) only where nothing longer matched.
 */
function findSpans(text: string, maps: Record<Layer, KeyMap>): Span[] {
  let spans = greedy(text, 0, text.length, maps.glossary, []);
  spans = fillGaps(text.length, spans, (a, b, out) => greedy(text, a, b, maps.vocabulary, out));
  spans = fillGaps(text.length, spans, (a, b, out) => {
    for (let i = a; i < b; i++) {
      if (!isKanjiCode(text.charCodeAt(i))) continue;
      const ch = text[i]!;
      const found = singleEntry(maps.glossary, ch) ?? singleEntry(maps.vocabulary, ch);
      if (found !== undefined) out.push({ start: i, end: i + 1, entry: found });
    }
  });
  return spans;
}

function singleEntry(map: KeyMap, ch: string): number | undefined {
  const found = map.get(ch);
  return found !== undefined && found >= 0 ? found : undefined;
}

/** Greedy longest match of keys of two or more characters over [from, to), appended to `out`. */
function greedy(text: string, from: number, to: number, map: KeyMap, out: Span[]): Span[] {
  let i = from;
  while (i < to) {
    const end = longestAt(text, i, to, map);
    if (end > 0) {
      out.push({ start: i, end, entry: map.get(text.slice(i, end))! });
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * End of the longest key of two or more characters starting at `i`, or -1.
 * An all-hiragana key (ください, について) only matches at the start of a hiragana run: inside one it would
 * cut words apart (…しているか → いるか), and the tokenizer segments kana better.
 */
function longestAt(text: string, i: number, to: number, map: KeyMap): number {
  const midKana = i > 0 && isHiraganaCode(text.charCodeAt(i)) && isHiraganaCode(text.charCodeAt(i - 1));
  let allHiragana = true;
  let best = -1;
  for (let j = i + 1; j <= to; j++) {
    allHiragana &&= isHiraganaCode(text.charCodeAt(j - 1));
    const found = map.get(text.slice(i, j));
    if (found === undefined) break;
    if (found >= 0 && j - i >= 2 && !(midKana && allHiragana)) best = j;
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
