/**
 * Readings as ruby: each segment's reading laid over its kanji only. Kana, digits, Latin and symbols never get a
 * reading (パスワード has none; 6～16桁 reads only 桁; 入力してください reads 入力 only). The reading of a segment
 * is aligned to its spelling by the kana they share (申し込み / もうしこみ → 申[もう]し込[こ]み); where digits or
 * symbols sit between kanji (控除の入力（1/2）), the segment is split into its words first.
 */

import { CharClass, classAt, hasKanji } from './char-class.ts';
import type { GlossResult, Segment } from './types.ts';
import { katakanaToHiragana } from '../text/kana.ts';

/** One piece of a label with its reading (only pieces made of kanji have one). */
export interface RubyPart {
  text: string;
  reading?: string;
}

/** Splits a text into the words of the index (the glosser's segments), for segments whose reading cannot be aligned. */
export type WordSplitter = (text: string) => readonly Segment[];

/**
 * The label as ruby parts; their texts joined are the label.
 * @example rubyParts(glosser.gloss('入力してください')) // [{ text: '入力', reading: 'にゅうりょく' }, { text: 'してください' }]
 */
export function rubyParts(result: GlossResult, split?: WordSplitter): RubyPart[] {
  const parts: RubyPart[] = [];
  for (const segment of result.segments) parts.push(...segmentRuby(segment, split, 0));
  return mergePlain(parts);
}

/** The ruby of one segment. */
function segmentRuby(segment: Segment, split: WordSplitter | undefined, depth: number): RubyPart[] {
  const { text, reading } = segment;
  if (!hasKanji(text)) return [{ text }];
  if (!reading) return [{ text }];
  // A phrase entry (申請人に関する情報等) is read word by word: aligning its long reading by the kana it shares is
  // ambiguous (the に of しんせいにん).
  if (split && depth < 2 && PHRASE.test(text)) {
    const words = split(text);
    if (
      words.length > 1 &&
      words.map((w) => w.text).join('') === text &&
      words.every((w) => w.reading || !hasKanji(w.text))
    ) {
      return words.flatMap((w) => segmentRuby(w, split, depth + 1));
    }
  }
  const aligned = align(text, reading);
  if (aligned) return aligned;
  // Digits or symbols between kanji, or a reading that does not fit: align word by word when the index can split it.
  if (split && depth < 2) {
    const words = split(text);
    if (words.length > 1 && words.map((w) => w.text).join('') === text) {
      return words.flatMap((w) => segmentRuby(w, split, depth + 1));
    }
  }
  return [{ text }];
}

/** Kana between kanji: a phrase of several words. */
const PHRASE = /[\u3400-\u9fff々][\u3041-\u3096\u30a1-\u30fa]+[\u3400-\u9fff]/;

/** A run of one character class in a spelling. */
interface Run {
  text: string;
  cls: CharClass;
}

/**
 * Aligns a reading to a spelling: kanji runs take what lies between the kana the two share; kana and other runs get
 * no reading. Undefined when the reading does not fit, or when digits or symbols stand next to a kanji run (their
 * spoken length is unknown).
 * @example align('申し込み', 'もうしこみ') // [{ text: '申', reading: 'もう' }, { text: 'し' }, { text: '込', reading: 'こ' }, { text: 'み' }]
 */
export function align(text: string, reading: string): RubyPart[] | undefined {
  const runs = toRuns(text);
  const kanjiRuns = runs.filter((r) => r.cls === CharClass.Kanji).length;
  if (kanjiRuns === 0) return [{ text }];
  // Other characters (digits, Latin, symbols) are read aloud or not: they may only stand where kana anchor them.
  let pattern = '^';
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.cls === CharClass.Kanji) pattern += '(.+?)';
    else if (run.cls === CharClass.Other) {
      const neighbourKanji = runs[k - 1]?.cls === CharClass.Kanji || runs[k + 1]?.cls === CharClass.Kanji;
      if (neighbourKanji && run.text.trim()) return undefined;
      pattern += '(?:.*?)';
    } else pattern += escape(katakanaToHiragana(run.text));
  }
  const match = new RegExp(`${pattern}$`, 'u').exec(reading);
  if (!match) return kanjiRuns === 1 && runs.length === 1 ? [{ text, reading }] : undefined;
  let group = 1;
  return runs.map((run) =>
    run.cls === CharClass.Kanji ? { text: run.text, reading: match[group++]! } : { text: run.text },
  );
}

function toRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    let cls = classAt(text, i);
    if (cls === CharClass.Hiragana) cls = CharClass.Katakana; // kana of either script anchor the reading alike
    const last = runs[runs.length - 1];
    if (last && last.cls === cls) last.text += text[i];
    else runs.push({ text: text[i]!, cls });
  }
  return runs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Joins neighbouring parts without readings, so the view draws fewer pieces. */
function mergePlain(parts: RubyPart[]): RubyPart[] {
  const out: RubyPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && !last.reading && !part.reading) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * The label with its readings in brackets after each kanji run, for golden files and the CLI.
 * @example rubyText(rubyParts(result)) === '添付[てんぷ]してください。'
 */
export function rubyText(parts: readonly RubyPart[]): string {
  return parts.map((p) => (p.reading ? `${p.text}[${p.reading}]` : p.text)).join('');
}
