/**
 * Refines a synchronous gloss with the tokenizer's output, when it arrives: splits unknown stretches
 * and kana runs into words, finds words by their dictionary form (入力してください → 入力 + し(する) + て +
 * ください), marks grammar as function, and adds readings to every segment with kanji.
 *
 * Glossary matches are kept as they are, even where the tokenizer cuts differently: compound terms
 * (利用者証明用電子証明書) are exactly what the tokenizer splits too finely. A vocabulary match is kept
 * only when the tokenizer agrees on its edges, since general words are more often false matches
 * across a word boundary.
 */

import type { Layer } from '../dictionary/schema';
import type { Token, TokenPos } from '../tokenizer/token';
import { hasKana, hasKanji, isHiraganaOnly, isKatakana, toHiragana } from './char-class';
import type { Glosser } from './matcher';
import { normalize, normalizeWithOffsets } from './normalize';
import type { GlossResult, Segment } from './types';

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

const LAYERS: readonly Layer[] = ['glossary', 'vocabulary'];

/**
 * The text to send to the tokenizer for a label: its normalised form (kuromoji knows ガ, not ｶﾞ).
 * {@link refine} also accepts tokens of the label as written.
 */
export function tokenizerInput(label: string): string {
  return normalize(label);
}

/** A token placed on the label, in source offsets. */
interface Placed {
  token: Token;
  start: number;
  end: number;
}

/**
 * Merges tokens into a gloss. Returns the result unchanged when the tokens are not of this label.
 * @example refine(glosser.gloss('入力してください'), tokenize(tokenizerInput('入力してください')), glosser)
 */
export function refine(result: GlossResult, tokens: readonly Token[], glosser: Glosser): GlossResult {
  const placed = placeTokens(result.text, tokens);
  if (!placed) return result;
  const starts = new Map(placed.map((p, k) => [p.start, k]));
  const ends = new Set(placed.map((p) => p.end));
  const reading = (s: number, e: number) => readingOf(placed, starts, s, e);

  const segments: Segment[] = [];
  let regionStart = -1;
  let at = 0;
  const flush = (end: number) => {
    if (regionStart >= 0) segments.push(...refineRegion(result.text, placed, regionStart, end, glosser));
    regionStart = -1;
  };
  for (const segment of result.segments) {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    const refinable =
      segment.source === 'unknown' ||
      (segment.source === 'function' && hasKana(segment.text)) ||
      (segment.source === 'vocabulary' && !(starts.has(start) && ends.has(end)));
    if (refinable) {
      if (regionStart < 0) regionStart = start;
      continue;
    }
    flush(start);
    segments.push(segment);
  }
  flush(at);

  // Every segment with kanji gets a reading; copies, so that the synchronous result stays as it was.
  let offset = 0;
  const withReadings = mergeKatakana(segments).map((segment) => {
    const start = offset;
    offset += segment.text.length;
    if (segment.reading || !hasKanji(segment.text)) return segment;
    const r = reading(start, offset);
    return r ? { ...segment, reading: r } : segment;
  });
  return { ...result, segments: withReadings };
}

/** Places tokens on the label: they may be tokens of the label as written or of its normal form. */
function placeTokens(label: string, tokens: readonly Token[]): Placed[] | undefined {
  const joined = tokens.map((t) => t.surface).join('');
  let toSource: (i: number) => number;
  if (joined === label) toSource = (i) => i;
  else {
    const { text, offsets } = normalizeWithOffsets(label);
    if (joined !== text) return undefined;
    toSource = (i) => offsets[i]!;
  }
  const placed: Placed[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.surface.length === 0) continue;
    placed.push({ token, start: toSource(at), end: toSource(at + token.surface.length) });
    at += token.surface.length;
  }
  return placed;
}

/** Re-segments source [from, to) by tokens, cutting tokens that cross its edges. */
function refineRegion(label: string, placed: Placed[], from: number, to: number, glosser: Glosser): Segment[] {
  const out: Segment[] = [];
  for (const p of placed) {
    const s = Math.max(p.start, from);
    const e = Math.min(p.end, to);
    if (e <= s) continue;
    const text = label.slice(s, e);
    out.push(s === p.start && e === p.end ? fromToken(p.token, text, glosser) : fromText(text, glosser));
  }
  return out;
}

/** A segment for a whole token: by dictionary (surface, then base form), else by part of speech. */
function fromToken(token: Token, text: string, glosser: Glosser): Segment {
  const kanji = hasKanji(text);
  if (!kanji && !hasKana(text)) return { text, source: 'function' };
  if (!kanji && GRAMMAR_POS.has(token.pos)) return { text, source: 'function' };
  for (const layer of LAYERS) {
    for (const word of token.base === text ? [text] : [text, token.base]) {
      const entry = glosser.lookup(word, layer);
      if (entry < 0) continue;
      const segment = glosser.segmentFor(entry, text);
      if (word !== text) segment.base = word;
      // The token's reading is the surface's (申し込ん), the entry's the dictionary form's (もうしこむ).
      if (kanji && token.reading) segment.reading = token.reading;
      return segment;
    }
  }
  if (kanji) return token.reading ? { text, reading: token.reading, source: 'unknown' } : { text, source: 'unknown' };
  return { text, source: FUNCTION_POS.has(token.pos) ? 'function' : 'unknown' };
}

/** A segment for part of a token (where a kept match cut it): by dictionary, else by characters. */
function fromText(text: string, glosser: Glosser): Segment {
  for (const layer of LAYERS) {
    const entry = glosser.lookup(text, layer);
    if (entry >= 0) return glosser.segmentFor(entry, text);
  }
  return { text, source: hasKanji(text) || isKatakana(text) ? 'unknown' : 'function' };
}

/** The reading of source [s, e) when whole tokens cover it exactly and each has a reading. */
function readingOf(placed: Placed[], starts: Map<number, number>, s: number, e: number): string | undefined {
  let k = starts.get(s);
  if (k === undefined) return undefined;
  let reading = '';
  for (let at = s; at < e; k++) {
    const p = placed[k];
    if (!p || p.end > e) return undefined;
    const kana = isHiraganaOnly(p.token.surface) || isKatakana(p.token.surface);
    const r = p.token.reading ?? (kana ? toHiragana(p.token.surface) : undefined);
    if (r === undefined) return undefined;
    reading += r;
    at = p.end;
  }
  return reading || undefined;
}

/** Joins neighbouring unknown katakana pieces: the tokenizer splits unknown loanwords (マイナ|ポータル). */
function mergeKatakana(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.source === 'unknown' &&
      segment.source === 'unknown' &&
      isKatakana(prev.text) &&
      isKatakana(segment.text)
    ) {
      out[out.length - 1] = { text: prev.text + segment.text, source: 'unknown' };
    } else out.push(segment);
  }
  return out;
}
