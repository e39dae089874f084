/**
 * Refines a synchronous gloss with the tokenizer's output, when it arrives: splits unknown stretches
 * and kana runs into words, finds words by their dictionary form (入力してください → 入力 + し(する) + て +
 * ください), marks grammar as function, and adds readings to every segment with kanji.
 *
 * Dictionary matches whose edges agree with the tokenizer's word boundaries are kept, even when they
 * span several tokens: compound terms (利用者証明用電子証明書) are exactly what kuromoji splits too
 * finely. A match that starts or ends inside a token (本人 in 日本人, 生年 in 厚生年金) is re-matched,
 * allowing only keys that end on a word boundary; what is left is looked up token by token.
 */

import { LAYERS } from '../dictionary/compiled-index.ts';
import type { Token, TokenPos } from '../tokenizer/token.ts';
import { hasKana, hasKanji, isHiraganaOnly, isKatakana } from './char-class.ts';
import { shortGloss } from './english.ts';
import type { Glosser } from './matcher.ts';
import { normalize, normalizeWithOffsets } from './normalize.ts';
import type { LanguagePack } from '../dictionary/language-pack.ts';
import type { GlossContext, GlossResult, Segment } from './types.ts';
import { katakanaToHiragana } from '../text/kana.ts';

/** Parts of speech that are grammar when written in kana and not in the dictionaries. */
export const FUNCTION_POS: ReadonlySet<TokenPos> = new Set<TokenPos>([
  'particle',
  'auxiliary',
  'dependent',
  'prefix',
  'suffix',
  'conjunction',
  'adnominal',
  'number',
  'symbol',
  'other',
]);

/** Parts of speech never looked up in the dictionaries (unless written with kanji, like 等). */
const GRAMMAR_POS: ReadonlySet<TokenPos> = new Set<TokenPos>(['particle', 'auxiliary', 'symbol', 'number']);

/**
 * The text to send to the tokenizer for a label: its normalised form (kuromoji knows ガ, not ｶﾞ).
 * {@link refine} also accepts tokens of the label as written.
 */
export function tokenizerInput(label: string): string {
  return normalize(label);
}

/** Tokens placed on the normalised label. */
interface Placement {
  /** Token index by start offset (only tokens whose both edges fall on normalised characters). */
  starts: Map<number, number>;
  /** Every token edge. */
  bounds: Set<number>;
  tokens: readonly Token[];
  /** Normalised [start, end) of each token, -1 where an edge falls inside a joined character. */
  ranges: Array<[number, number]>;
}

/** A refined piece in normalised offsets, before it is mapped back to the page text. */
interface Piece {
  start: number;
  end: number;
  /** The segment; its `text` (if any) is replaced by the page's own characters at the end. */
  segment: SegmentData;
}

/** A segment whose text is not known yet. */
type SegmentData = Omit<Segment, 'text'> & { text?: string };

/**
 * Merges tokens into a gloss. Returns the result unchanged when the tokens are not of this label.
 * @example refine(glosser.gloss('入力してください'), tokenize(tokenizerInput('入力してください')), glosser)
 */
export function refine(
  result: GlossResult,
  tokens: readonly Token[],
  glosser: Glosser,
  context?: GlossContext,
  pack?: LanguagePack,
): GlossResult {
  const { text, offsets } = normalizeWithOffsets(result.text);
  const placement = placeTokens(result.text, text, offsets, tokens);
  if (!placement) return result;
  const toNormal = inverse(offsets);
  const { bounds } = placement;

  const pieces: Piece[] = [];
  let regionStart = -1;
  let at = 0;
  const flush = (end: number) => {
    if (regionStart >= 0) pieces.push(...refineRegion(text, placement, regionStart, end, glosser));
    regionStart = -1;
  };
  for (const segment of result.segments) {
    const start = toNormal.get(at)!;
    at += segment.text.length;
    const end = toNormal.get(at)!;
    const refinable =
      segment.source === 'unknown' ||
      (segment.source === 'function' && hasKana(segment.text)) ||
      (segment.source !== 'function' && !(bounds.has(start) && bounds.has(end)));
    if (refinable) {
      if (regionStart < 0) regionStart = start;
      continue;
    }
    flush(start);
    pieces.push({ start, end, segment });
  }
  flush(text.length);

  // Back to the page's text; every segment with kanji gets a reading. New objects: the synchronous
  // result stays as it was.
  const segments = mergeKatakana(
    pieces.map(({ start, end, segment }): Segment => {
      const out: Segment = { ...segment, text: result.text.slice(offsets[start], offsets[end]) };
      if (!out.reading && hasKanji(out.text)) {
        const reading = readingOf(placement, start, end);
        if (reading) out.reading = reading;
      }
      return out;
    }),
  );
  return glosser.finish({ text: result.text, segments }, context, pack);
}

/** Places tokens on the normalised label; they may be tokens of it or of the label as written. */
function placeTokens(label: string, text: string, offsets: number[], tokens: readonly Token[]): Placement | undefined {
  const joined = tokens.map((t) => t.surface).join('');
  let toNormal: (i: number) => number;
  if (joined === text) toNormal = (i) => i;
  else if (joined === label) {
    const map = inverse(offsets);
    toNormal = (i) => map.get(i) ?? -1;
  } else return undefined;
  const placement: Placement = { starts: new Map(), bounds: new Set(), tokens, ranges: [] };
  let at = 0;
  tokens.forEach((token, k) => {
    const start = toNormal(at);
    at += token.surface.length;
    const end = toNormal(at);
    placement.ranges.push([start, end]);
    if (start >= 0) placement.bounds.add(start);
    if (end >= 0) placement.bounds.add(end);
    if (start >= 0 && end > start) placement.starts.set(start, k);
  });
  return placement;
}

/** Source offset → normalised offset, for the offsets that start a normalised character. */
function inverse(offsets: number[]): Map<number, number> {
  return new Map(offsets.map((o, i) => [o, i]));
}

/**
 * Re-segments normalised [from, to): the longest dictionary key ending on a word boundary, else the
 * token there (looked up by surface and base form), else the characters up to the next boundary.
 */
function refineRegion(text: string, placement: Placement, from: number, to: number, glosser: Glosser): Piece[] {
  const out: Piece[] = [];
  const onBoundary = (end: number) => end === to || placement.bounds.has(end);
  let at = from;
  while (at < to) {
    // A conjugated word (課税されない) keeps what its conjugation says; the tokenizer's pieces would drop it.
    const direct = glosser.longestMatch(text, at, to, onBoundary);
    const inflected = glosser.inflectedAt(text, at, to, onBoundary);
    if (inflected && inflected.end > (direct?.end ?? at)) {
      const segment = glosser.segmentFor(inflected.entry, text.slice(at, inflected.end), inflected.inflection);
      out.push({ start: at, end: inflected.end, segment });
      at = inflected.end;
      continue;
    }
    const match = direct;
    if (match) {
      out.push({
        start: at,
        end: match.end,
        segment: glosser.segmentFor(match.entry, text.slice(at, match.end)),
      });
      at = match.end;
      continue;
    }
    const k = placement.starts.get(at);
    const tokenEnd = k === undefined ? -1 : placement.ranges[k]![1];
    if (k !== undefined && tokenEnd <= to) {
      out.push({
        start: at,
        end: tokenEnd,
        segment: fromToken(placement.tokens[k]!, text.slice(at, tokenEnd), glosser),
      });
      at = tokenEnd;
      continue;
    }
    let end = at + 1;
    while (end < to && !placement.bounds.has(end)) end++;
    out.push({ start: at, end, segment: byCharacters(text.slice(at, end)) });
    at = end;
  }
  return out;
}

/** A segment for a whole token not matched by its surface: by base form, else by part of speech. */
function fromToken(token: Token, text: string, glosser: Glosser): SegmentData {
  const kanji = hasKanji(text);
  if (!kanji && !hasKana(text)) return { source: 'function' };
  if (!kanji && GRAMMAR_POS.has(token.pos)) return { source: 'function' };
  const words = token.base === text ? [text] : [text, token.base];
  for (const layer of LAYERS) {
    for (const word of words) {
      const entry = glosser.lookup(word, layer);
      if (entry < 0) continue;
      const segment: SegmentData = glosser.segmentFor(entry, text);
      if (word !== text) segment.base = word;
      // The token's reading is the surface's (申し込ん), the entry's the dictionary form's (もうしこむ).
      if (kanji && token.reading) segment.reading = token.reading;
      return segment;
    }
  }
  const compound = kanji ? fromSingleKanji(token, text, glosser) : undefined;
  if (compound) return compound;
  if (kanji) return token.reading ? { reading: token.reading, source: 'unknown' } : { source: 'unknown' };
  return { source: FUNCTION_POS.has(token.pos) ? 'function' : 'unknown' };
}

/**
 * A word the tokenizer knows and no dictionary has, made of kanji the index has one by one (件数 as 件 + 数): one
 * segment with the tokenizer's reading (けんすう, not けん + かず) and the kanji's glosses joined, so it keeps a
 * meaning and the reading is right.
 */
function fromSingleKanji(token: Token, text: string, glosser: Glosser): SegmentData | undefined {
  if (!token.reading || text.length < 2 || !/^[\u3400-\u9fff々]+$/.test(text)) return undefined;
  const glosses: string[] = [];
  let first: SegmentData | undefined;
  for (const c of text) {
    const entry = glosser.find(c);
    if (entry < 0) return undefined;
    const segment = glosser.segmentFor(entry, c);
    first ??= segment;
    glosses.push(shortGloss(segment.gloss ?? c));
  }
  return { source: first!.source, gloss: glosses.join(' + '), reading: token.reading };
}

/** A segment for characters that are not a whole token (where a kept match cut one). */
function byCharacters(text: string): SegmentData {
  return { source: hasKanji(text) || isKatakana(text) ? 'unknown' : 'function' };
}

/** The reading of normalised [s, e) when whole tokens cover it exactly and each has a reading. */
function readingOf(placement: Placement, s: number, e: number): string | undefined {
  let reading = '';
  for (let at = s; at < e;) {
    const k = placement.starts.get(at);
    if (k === undefined) return undefined;
    const [, end] = placement.ranges[k]!;
    const token = placement.tokens[k]!;
    if (end > e) return undefined;
    const kana = isHiraganaOnly(token.surface) || isKatakana(token.surface);
    const r = token.reading ?? (kana ? katakanaToHiragana(token.surface) : undefined);
    if (r === undefined) return undefined;
    reading += r;
    at = end;
  }
  return reading || undefined;
}

/** Joins neighbouring unknown katakana pieces: the tokenizer splits unknown loanwords (マイナ|ポータル). */
function mergeKatakana(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const prev = out[out.length - 1];
    if (
      prev?.source === 'unknown' &&
      segment.source === 'unknown' &&
      isKatakana(prev.text) &&
      isKatakana(segment.text)
    ) {
      out[out.length - 1] = { text: prev.text + segment.text, source: 'unknown' };
    } else out.push(segment);
  }
  return out;
}
