/**
 * The general layer's part in glossing a label: which stretches of a synchronous result to ask it for (words the
 * bundled index lacks, and runs of single kanji whose reading is unsure, like 件 + 数), how its answers replace
 * them, and whether the label still needs the tokenizer afterwards (kuromoji loads only then).
 */

import type { GeneralPiece } from '../dictionary/general.ts';
import { hasKanji, isKanjiCode, isKatakana } from './char-class.ts';
import { surfaceReading } from './deinflect.ts';
import type { Glosser } from './matcher.ts';
import { normalize, normalizeWithOffsets } from './normalize.ts';
import type { GlossContext, GlossResult, Segment } from './types.ts';
import type { LanguagePack } from '../dictionary/language-pack.ts';

/** A stretch of a result: segments [from, to) and their normalised text. */
interface Stretch {
  from: number;
  to: number;
  text: string;
}

/** Whether a segment is a dictionary match of one kanji (a suffix or a word the index has alone). */
function singleKanji(s: Segment): boolean {
  return s.text.length === 1 && isKanjiCode(s.text.charCodeAt(0)) && s.source !== 'unknown' && s.source !== 'function';
}

/** Characters that start a particle after a noun (者が is a noun and が, not a verb). */
const PARTICLES = 'をがにでへともはのや';

/** Whether a segment is unknown content (kanji or katakana). */
function unknownContent(s: Segment): boolean {
  return s.source === 'unknown' && (hasKanji(s.text) || isKatakana(normalize(s.text)));
}

/**
 * The stretches of a result to ask the general layer for: runs of unknown words and single kanji around them
 * (東 + 京? + 都 is asked as 東京都), with the kana after an unknown kanji (飼 + った: conjugated words are found by
 * their okurigana), and runs of two or more single kanji (件 + 数).
 */
function stretches(result: GlossResult): Stretch[] {
  const out: Stretch[] = [];
  const segs = result.segments;
  for (let i = 0; i < segs.length; i++) {
    if (!unknownContent(segs[i]!) && !(singleKanji(segs[i]!) && !segs[i]!.grammar)) continue;
    let j = i;
    let unknown = false;
    while (j < segs.length && (unknownContent(segs[j]!) || (singleKanji(segs[j]!) && !segs[j]!.grammar))) {
      unknown ||= segs[j]!.source === 'unknown';
      j++;
    }
    // A single kanji with kana after it that is no particle may be a verb's stem the index lacks (得 + ない).
    const after = segs[j];
    const stem =
      !unknown &&
      j - i === 1 &&
      after?.source === 'function' &&
      /^[\u3041-\u3096]/.test(after.text) &&
      !PARTICLES.includes(after.text[0]!);
    if (stem) {
      out.push({ from: i, to: j + 1, text: normalize(segs[i]!.text + after.text) });
      i = j;
      continue;
    }
    if (!unknown && j - i < 2) continue;
    // The kana after an unknown kanji (飼 + った, 得 + ない): conjugated words are found by their okurigana. A
    // grammar word after it (改修 + など) is no okurigana, but for a negation (得 + ない): asked together, the general
    // layer split など into な + ど.
    const next = segs[j];
    if (
      unknown &&
      hasKanji(segs[j - 1]!.text) &&
      next &&
      (!next.grammar || next.grammar === 'negation') &&
      /^[\u3041-\u3096]+$/.test(next.text) &&
      !PARTICLES.includes(next.text[0]!)
    ) {
      j++;
    }
    out.push({
      from: i,
      to: j,
      text: normalize(
        segs
          .slice(i, j)
          .map((x) => x.text)
          .join(''),
      ),
    });
    i = j - 1;
  }
  return out;
}

/** Whether segments have two single kanji of the general layer in a row (a guess at a name: 鈴 + 木). */
function guessedRun(segments: readonly Segment[]): boolean {
  return segments.some(
    (s, k) =>
      k > 0 &&
      s.source === 'general' &&
      singleKanji(s) &&
      segments[k - 1]!.source === 'general' &&
      singleKanji(segments[k - 1]!),
  );
}

/**
 * The texts to ask the general layer for, over several results (each once).
 * @example generalQueries([glosser.gloss('件数')]) // ['件数']
 */
export function generalQueries(results: readonly GlossResult[]): string[] {
  return [...new Set(results.flatMap((r) => stretches(r).map((s) => s.text)))];
}

/**
 * Replaces the stretches the general layer answered by its words (source `general`). A run of single kanji is
 * replaced only by a longer word; pieces it lacks stay as they were.
 */
export function mergeGeneral(
  result: GlossResult,
  answers: ReadonlyMap<string, readonly GeneralPiece[]>,
  glosser: Glosser,
  context?: GlossContext,
  pack?: LanguagePack,
): GlossResult {
  const found = stretches(result);
  if (found.length === 0) return result;
  const segments: Segment[] = [];
  let at = 0;
  let changed = false;
  for (const stretch of found) {
    segments.push(...result.segments.slice(at, stretch.from));
    at = stretch.to;
    const original = result.segments.slice(stretch.from, stretch.to);
    const pieces = answers.get(stretch.text);
    const replaced = pieces ? toSegments(original, pieces) : undefined;
    // Better: fewer unknown characters, or (a run of single kanji) fewer, longer words.
    const better =
      replaced &&
      !guessedRun(replaced) &&
      (unknownChars(replaced) < unknownChars(original) ||
        (unknownChars(original) === 0 && replaced.length < original.length));
    segments.push(...(better ? replaced : original));
    changed ||= Boolean(better);
  }
  segments.push(...result.segments.slice(at));
  return changed ? glosser.finish({ text: result.text, segments }, context, pack) : result;
}

function unknownChars(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + (s.source === 'unknown' ? s.text.length : 0), 0);
}

/**
 * The segments of general pieces over the page's own characters of `original`. A piece that is exactly a word the
 * index already gave (額 of 算入額) keeps the index's sense: the general layer knows 額 as a picture frame.
 */
function toSegments(original: readonly Segment[], pieces: readonly GeneralPiece[]): Segment[] | undefined {
  const page = original.map((s) => s.text).join('');
  const { text, offsets } = normalizeWithOffsets(page);
  if (pieces.map((p) => p.text).join('') !== text) return undefined;
  const known = new Map<number, Segment>();
  let start = 0;
  for (const segment of original) {
    if (segment.source !== 'unknown') known.set(start, segment);
    start += segment.text.length;
  }
  const out: Segment[] = [];
  let at = 0;
  for (const piece of pieces) {
    const from = offsets[at]!;
    const slice = page.slice(from, offsets[at + piece.text.length]);
    at += piece.text.length;
    const same = known.get(from);
    if (same && same.text === slice) {
      out.push(same);
      continue;
    }
    const entry = piece.entry;
    if (!entry) {
      out.push({ text: slice, source: hasKanji(slice) || isKatakana(piece.text) ? 'unknown' : 'function' });
      continue;
    }
    const segment: Segment = { text: slice, source: 'general', gloss: entry.gloss, conj: entry.conj };
    const reading = entry.reading
      ? piece.base
        ? surfaceReading(entry.term, entry.reading, piece.base, piece.text)
        : entry.reading
      : undefined;
    if (reading && hasKanji(slice)) segment.reading = reading;
    if (piece.base) segment.base = piece.base;
    if (piece.tags?.length) segment.inflection = piece.tags;
    out.push(segment);
  }
  return out;
}

/**
 * Whether a result still needs the tokenizer: a word nobody knows (kanji or katakana), or a run of single kanji
 * whose reading only the tokenizer can tell.
 */
export function needsTokenizer(result: GlossResult): boolean {
  return stretches(result).length > 0;
}
