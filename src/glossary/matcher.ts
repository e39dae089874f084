/**
 * The synchronous glosser: longest match of dictionary terms over a label, conjugated forms found by deinflection
 * (deinflect.ts), with no tokenizer; then senses by context and the composed line (finish.ts).
 *
 * This runs in the content script on every label of a page as soon as it is scanned, so it is built
 * for speed (1,000 labels in a few ms): all layers' keys are in one char-code trie (key-trie.ts), so
 * the walk from a position stops after one or two steps when nothing can match there, and allocates
 * nothing.
 */

import type { LanguagePack } from '../dictionary/language-pack.ts';
import { entryId, layerOfEntry, type CompiledIndex } from '../dictionary/compiled-index.ts';
import type { Layer } from '../dictionary/schema.ts';
import { CharClass, classAt, hasKanji, isHiraganaCode, isKanjiCode } from './char-class.ts';
import { createDeinflector, surfaceReading, type Deinflector } from './deinflect.ts';
import { finishResult } from './finish.ts';
import { applySenses } from './senses.ts';
import { loadKeyTrie, ROOT, type KeyTrie } from './key-trie.ts';
import { normalize, normalizeWithOffsets } from './normalize.ts';
import type { GlossContext, GlossResult, Segment } from './types.ts';

/** How a conjugated word was found: its dictionary form and what the conjugation adds. */
export interface Inflection {
  base: string;
  tags: string[];
}

/** A glosser bound to one compiled index. */
export interface Glosser {
  readonly index: CompiledIndex;
  readonly deinflector: Deinflector;
  /**
   * Glosses a label synchronously; `context` chooses senses, `pack` adds the meaning in its language.
   * @example glosser.gloss('65歳未満').english === 'under 65 years old'
   */
  gloss(label: string, context?: GlossContext, pack?: LanguagePack): GlossResult;
  /** The words of a text without an entry spanning all of it (to lay readings over a phrase entry word by word). */
  words(text: string): Segment[];
  /** Senses, whole-label translation and the composed lines for segments already found (refine uses it). */
  finish(result: GlossResult, context?: GlossContext, pack?: LanguagePack): GlossResult;
  /** The entry for a word in one layer (the word is normalised first), or -1. */
  lookup(word: string, layer: Layer): number;
  /** The entry the matcher would take for a word (the earliest layer that has it), or -1. */
  find(word: string): number;
  /** A dictionary segment for entry `entry` covering `text` (a conjugated form when `inflection` says so). */
  segmentFor(entry: number, text: string, inflection?: Inflection): Segment;
  /** The longest conjugated word starting at `from` of a normalised text and ending by `to` where `acceptEnd` allows. */
  inflectedAt(text: string, from: number, to: number, acceptEnd?: (end: number) => boolean): InflectedMatch | undefined;
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

/** A conjugated word found by deinflection. */
export interface InflectedMatch extends Match {
  inflection: Inflection;
}

/** A match of entry `entry` over normalised [start, end). */
interface Span {
  start: number;
  end: number;
  entry: number;
  inflection?: Inflection;
}

/** One-character case particles after which a word may start inside a run of kana. */
const PARTICLE_BEFORE = 'をがにでへともはの';

/** Most hiragana a conjugation adds after the stem (しないでください is 7). */
const MAX_ENDING = 12;

/**
 * Creates a glosser for a compiled index: a few milliseconds (the trie was laid out at compile time);
 * do it once per content script.
 * @example createGlosser(index).gloss('氏名（フリガナ）').segments.map((s) => s.text) // ['氏名', '（', 'フリガナ', '）']
 */
export function createGlosser(index: CompiledIndex): Glosser {
  const trie = loadKeyTrie(index.trie);
  const shadowed = new Map<string, number[]>();
  index.shadowedKeys.forEach((key, k) => {
    const list = shadowed.get(key) ?? [];
    list.push(index.shadowedEntries[k]!);
    shadowed.set(key, list);
  });
  const deinflector = createDeinflector(index.grammar);
  const ruleOf = new Map(index.grammar.ruleEntries.map((entry, k) => [entry, index.grammar.ruleOf[k]!]));

  const segmentFor = (entry: number, text: string, inflection?: Inflection): Segment => {
    const segment: Segment = { text, source: layerOfEntry(index, entry), id: entryId(index, entry) };
    const reading = index.reading[entry];
    if (reading && hasKanji(text)) {
      const surface = inflection
        ? surfaceReading(index.term[entry]!, reading, inflection.base, normalize(text))
        : reading;
      if (surface) segment.reading = surface;
    }
    segment.gloss = index.en[entry]!;
    if (index.hint[entry]) segment.hint = index.hint[entry];
    const category = index.categories[index.category[entry]!];
    if (category) segment.category = category;
    if (inflection) {
      if (inflection.base !== normalize(text)) segment.base = inflection.base;
      if (inflection.tags.length > 0) segment.inflection = inflection.tags;
    }
    segment.entry = entry;
    const rule = ruleOf.get(entry);
    if (rule !== undefined) segment.rule = rule;
    return segment;
  };

  /** Every entry of a key, the matcher's choice first. */
  const entriesOf = (key: string): number[] => {
    const found = trie.get(key);
    if (found < 0) return [];
    const more = shadowed.get(key);
    return more ? [found, ...more] : [found];
  };

  const inflectedAt = (
    text: string,
    from: number,
    to: number,
    acceptEnd?: (end: number) => boolean,
  ): InflectedMatch | undefined => deinflectAt(text, from, to, trie, deinflector, index, entriesOf, acceptEnd, false);

  /** The segments of a label; `words` leaves out an entry spanning the whole text (to split a phrase entry). */
  const segmentsOf = (label: string, words: boolean): Segment[] => {
    const { text, offsets } = normalizeWithOffsets(label);
    const notWhole = words ? (end: number) => end < text.length : undefined;
    // Once per position: the search runs twice per position (after a word, after a skipped character).
    const found = new Map<number, InflectedMatch | undefined>();
    const spans = findSpans(text, trie, notWhole, (i, minEnd, boundary) => {
      const midKana = i > 0 && isHiraganaCode(text.charCodeAt(i)) && isHiraganaCode(text.charCodeAt(i - 1));
      if (midKana && !boundary) return undefined;
      if (!found.has(i)) {
        const accept = i === 0 ? notWhole : undefined;
        found.set(i, deinflectAt(text, i, text.length, trie, deinflector, index, entriesOf, accept, true));
      }
      const match = found.get(i);
      return match && match.end > minEnd ? match : undefined;
    });
    const segments: Segment[] = [];
    const slice = (a: number, b: number) => label.slice(offsets[a], offsets[b]);
    let at = 0;
    for (const span of spans) {
      if (span.start > at) pushGap(text, at, span.start, slice, segments);
      segments.push(segmentFor(span.entry, slice(span.start, span.end), span.inflection));
      at = span.end;
    }
    if (at < text.length) pushGap(text, at, text.length, slice, segments);
    return segments;
  };

  const gloss = (label: string, context?: GlossContext, pack?: LanguagePack): GlossResult =>
    finishResult(glosser, { text: label, segments: segmentsOf(label, false) }, context, pack);

  const lookup = (word: string, layer: Layer): number => {
    for (const entry of entriesOf(normalize(word))) if (layerOfEntry(index, entry) === layer) return entry;
    return -1;
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

  const glosser: Glosser = {
    index,
    deinflector,
    gloss,
    // With senses chosen, as in a gloss: their readings (満了|日 is び) are what ruby shows.
    words: (text) => applySenses(text, segmentsOf(text, true), index).segments,
    finish: (result, context, pack) => finishResult(glosser, result, context, pack),
    lookup,
    find: (word) => trie.get(normalize(word)),
    segmentFor,
    inflectedAt,
    longestMatch,
  };
  return glosser;
}

/**
 * The longest conjugated word at `from`: the stem is a path of the trie (the dictionary form is a key), the rest a
 * run of hiragana; each candidate end, longest first, is deinflected and looked up, and the entry's conjugation class
 * must be one the rules allow.
 */
function deinflectAt(
  text: string,
  from: number,
  to: number,
  trie: KeyTrie,
  deinflector: Deinflector,
  index: CompiledIndex,
  entriesOf: (key: string) => number[],
  acceptEnd: ((end: number) => boolean) | undefined,
  boundary: boolean,
): InflectedMatch | undefined {
  // Never start inside a run of hiragana (…しているか must not yield いる), as with dictionary keys.
  const midKana = from > 0 && isHiraganaCode(text.charCodeAt(from)) && isHiraganaCode(text.charCodeAt(from - 1));
  if (midKana && !boundary) return undefined;
  let node = ROOT;
  let depth = 0;
  let kana = false;
  for (let j = from; j < to; j++) {
    node = trie.child(node, text.charCodeAt(j));
    if (node < 0) break;
    kana ||= isHiraganaCode(text.charCodeAt(j));
    depth++;
  }
  // A conjugated form is a stem the trie knows followed by kana: without kana in or right after it, there is none.
  if (depth === 0 || (!kana && !isHiraganaCode(text.charCodeAt(from + depth)))) return undefined;
  let runEnd = from + depth;
  while (runEnd < to && runEnd - from - depth < MAX_ENDING && isHiraganaCode(text.charCodeAt(runEnd))) runEnd++;
  for (let end = runEnd; end >= from + 2; end--) {
    if (!isHiraganaCode(text.charCodeAt(end - 1)) || (acceptEnd && !acceptEnd(end))) continue;
    const surface = text.slice(from, end);
    for (const candidate of deinflector.candidates(surface)) {
      for (const entry of entriesOf(candidate.term)) {
        if ((deinflector.classOf(index.conj[entry]!) & candidate.classes) === 0) continue;
        const base = index.conj[entry] === 'n' ? `${candidate.term}する` : candidate.term;
        return { end, entry, inflection: { base, tags: candidate.tags } };
      }
    }
  }
  return undefined;
}

/** Costs of the segmentation (findSpans): a word, a word of one kanji, an unknown kanji or kana, other characters. */
const COST = { word: 1, singleKanji: 1.3, unknownContent: 2, other: 0.6, phraseInside: 1 } as const;

/** A key that spans a particle between kanji (控除の入力, 数字で入力してください): a phrase entry, not a word. */
const PHRASE = /[\u3400-\u9fff々][\u3041-\u3096]+[\u3400-\u9fff]/;

/**
 * Finds dictionary matches: the segmentation of the label with the least cost, where every dictionary word or
 * conjugated word costs the same, a word of one kanji a little more, and characters left out more still. So the
 * fewest, longest words win (利用者証明用電子証明書 in one piece), but not greedily: 受付日時 is 受付 + 日時, not
 * 受付日 + 時. All layers are matched at once (the earlier layer owns a shared key: the glossary says more).
 * A word may start right where the previous one ended, even inside a run of kana (課税されない|もの), and after a
 * case particle (書類を|ください); anywhere else inside a run of hiragana it would cut words apart (…しているか).
 */
function findSpans(
  text: string,
  trie: KeyTrie,
  notWhole: ((end: number) => boolean) | undefined,
  inflected: (i: number, minEnd: number, boundary: boolean) => InflectedMatch | undefined,
): Span[] {
  const n = text.length;
  // State (i, m): position i reached with m = 1 when the last step was a word ending at i.
  const cost = new Float64Array((n + 1) * 2).fill(Infinity);
  const from = new Int32Array((n + 1) * 2).fill(-1);
  const step = new Array<Span | undefined>((n + 1) * 2);
  cost[1] = 0;
  /**
   * Keeps the cheaper way to reach `at`; between equals, the one whose last step starts later (the longer word
   * first: 本年 + 中, not 本 + 年中). The span object is made only when it is kept.
   */
  const relax = (
    at: number,
    m: number,
    value: number,
    origin: number,
    start = -1,
    entry = -1,
    inflection?: Inflection,
  ) => {
    const k = at * 2 + m;
    if (value < cost[k]! || (value === cost[k]! && origin > from[k]!)) {
      cost[k] = value;
      from[k] = origin;
      step[k] = start < 0 ? undefined : inflection ? { start, end: at, entry, inflection } : { start, end: at, entry };
    }
  };
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < 2; m++) {
      const base = cost[i * 2 + m]!;
      if (base === Infinity) continue;
      const origin = i * 2 + m;
      const boundary = m === 1 || (i > 0 && PARTICLE_BEFORE.includes(text[i - 1]!));
      const accept = i === 0 ? notWhole : undefined;
      // A phrase entry starting inside a run of kanji (生命保険料|控除の入力) would cut a word in two: it costs more.
      const insideKanji = i > 0 && isKanjiCode(text.charCodeAt(i - 1));
      for (const match of matchesAt(text, i, trie, accept, boundary)) {
        const single = match.end - i === 1;
        const phrase = insideKanji && !single && PHRASE.test(text.slice(i, match.end)) ? COST.phraseInside : 0;
        relax(match.end, 1, base + phrase + (single ? COST.singleKanji : COST.word), origin, i, match.entry);
      }
      const conjugated = inflected(i, i + 1, boundary);
      if (conjugated) relax(conjugated.end, 1, base + COST.word, origin, i, conjugated.entry, conjugated.inflection);
      const cls = classAt(text, i);
      const content = cls === CharClass.Kanji || cls === CharClass.Katakana;
      relax(i + 1, 0, base + (content ? COST.unknownContent : COST.other), origin);
    }
  }
  let k = cost[n * 2]! <= cost[n * 2 + 1]! ? n * 2 : n * 2 + 1;
  const spans: Span[] = [];
  while (k > 1 && from[k]! >= 0) {
    const span = step[k];
    if (span) spans.push(span);
    k = from[k]!;
  }
  return spans.reverse();
}

/**
 * Every dictionary word starting at `i`: keys of two or more characters (all-hiragana ones only at a boundary or
 * the start of a hiragana run), and the single kanji at `i`.
 */
function matchesAt(
  text: string,
  i: number,
  trie: KeyTrie,
  acceptEnd: ((end: number) => boolean) | undefined,
  boundary: boolean,
): Match[] {
  const out: Match[] = [];
  keysAt(text, i, text.length, trie, acceptEnd, boundary, (end, entry) => out.push({ end, entry }));
  const single = singleKanji(text, i, trie);
  if (single >= 0 && (!acceptEnd || acceptEnd(i + 1))) out.push({ end: i + 1, entry: single });
  return out;
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
 * An all-hiragana key (ください, について) only matches at the start of a hiragana run or where the previous word
 * ended: anywhere else inside a run it would cut words apart (…しているか → いるか).
 */
function longestAt(
  text: string,
  i: number,
  to: number,
  trie: KeyTrie,
  acceptEnd: ((end: number) => boolean) | undefined,
  boundary = false,
): Match | undefined {
  let best: Match | undefined;
  keysAt(text, i, to, trie, acceptEnd, boundary, (end, entry) => (best = { end, entry }));
  return best;
}

/**
 * Calls `found` for each key of two or more characters starting at `i` and ending by `to` where `acceptEnd` allows,
 * shortest first. An all-hiragana key only counts at the start of a hiragana run or at a `boundary` (see
 * {@link longestAt}).
 */
function keysAt(
  text: string,
  i: number,
  to: number,
  trie: KeyTrie,
  acceptEnd: ((end: number) => boolean) | undefined,
  boundary: boolean,
  found: (end: number, entry: number) => void,
): void {
  const midKana = !boundary && i > 0 && isHiraganaCode(text.charCodeAt(i)) && isHiraganaCode(text.charCodeAt(i - 1));
  let allHiragana = true;
  let node = ROOT;
  for (let j = i; j < to; j++) {
    const code = text.charCodeAt(j);
    node = trie.child(node, code);
    if (node < 0) break;
    allHiragana &&= isHiraganaCode(code);
    const entry = trie.entryAt(node);
    if (entry >= 0 && j > i && !(midKana && allHiragana) && (!acceptEnd || acceptEnd(j + 1))) found(j + 1, entry);
  }
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
