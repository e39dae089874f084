/**
 * Readings laid over kanji only, for the explained sentences: a segment's reading is aligned to its spelling by
 * the kana they share (近づい / ちかづい → 近[ちか]づい), so kana, digits and Latin never get a reading.
 *
 * The engine is adding the same for the tooltips (issue 12.5, src/glossary/ruby.ts on its branch); when it lands,
 * this module gives way to it.
 */
import { CharClass, classAt, hasKanji } from '@/src/glossary/char-class';
import type { Segment } from '@/src/glossary/types';
import { katakanaToHiragana } from '@/src/text/kana';

/** A piece of text, with a reading when it is a run of kanji. */
export interface RubyPart {
  text: string;
  reading?: string;
}

/**
 * The ruby parts of glossed segments; their texts joined are the text.
 * @example rubyOf([{ text: '近づい', reading: 'ちかづい', source: 'vocabulary' }]) // [{ text: '近', reading: 'ちか' }, { text: 'づい' }]
 */
export function rubyOf(segments: readonly Segment[]): RubyPart[] {
  const out: RubyPart[] = [];
  for (const segment of segments) {
    const parts = segment.reading && hasKanji(segment.text) ? align(segment.text, segment.reading) : undefined;
    for (const part of parts ?? [{ text: segment.text }]) {
      const last = out[out.length - 1];
      if (last && !last.reading && !part.reading) last.text += part.text;
      else out.push({ ...part });
    }
  }
  return out;
}

/**
 * Aligns a reading to a spelling, or undefined when it does not fit (then the text shows without a reading: a
 * wrong reading is worse than none). Digits or symbols next to kanji make the split unknowable: undefined.
 * @example align('有効期限通知書', 'ゆうこうきげんつうちしょ') // [{ text: '有効期限通知書', reading: 'ゆうこうきげんつうちしょ' }]
 * @example align('カードの有効期限', 'かーどのゆうこうきげん') // [{ text: 'カードの' }, { text: '有効期限', reading: 'ゆうこうきげん' }]
 */
export function align(text: string, reading: string): RubyPart[] | undefined {
  const runs = toRuns(text);
  let pattern = '^';
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.kanji) pattern += '(.+?)';
    else if (run.other) {
      if (runs[k - 1]?.kanji || runs[k + 1]?.kanji) return undefined;
      pattern += '(?:.*?)';
    } else pattern += escape(katakanaToHiragana(run.text));
  }
  const match = new RegExp(`${pattern}$`, 'u').exec(katakanaToHiragana(reading));
  if (!match) return undefined;
  let group = 1;
  return runs.map((run) => (run.kanji ? { text: run.text, reading: match[group++]! } : { text: run.text }));
}

interface Run {
  text: string;
  kanji: boolean;
  other: boolean;
}

/** Runs of kanji, of kana (either script: both anchor the reading) and of anything else. */
function toRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const cls = classAt(text, i);
    const kanji = cls === CharClass.Kanji;
    const other = cls === CharClass.Other;
    const last = runs[runs.length - 1];
    if (last && last.kanji === kanji && last.other === other) last.text += text[i];
    else runs.push({ text: text[i]!, kanji, other });
  }
  return runs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
