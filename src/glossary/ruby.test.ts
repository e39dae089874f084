import { describe, expect, it } from 'vitest';
import { diskGlosser } from './disk-glosser.ts';
import { align, rubyParts, rubyText } from './ruby.ts';

const glosser = diskGlosser();
const ruby = (label: string) => rubyText(rubyParts(glosser.gloss(label), (text) => glosser.words(text)));

/** Spellings and readings, and how the reading lies over the kanji. */
const ALIGNED: ReadonlyArray<[text: string, reading: string, ruby: string]> = [
  ['申し込み', 'もうしこみ', '申[もう]し込[こ]み'],
  ['入力してください', 'にゅうりょくしてください', '入力[にゅうりょく]してください'],
  ['マイナンバーカードの受取', 'まいなんばーかーどのうけとり', 'マイナンバーカードの受取[うけとり]'],
  ['住所', 'じゅうしょ', '住所[じゅうしょ]'],
];

describe('align', () => {
  it.each(ALIGNED)('lays %s / %s as %s', (text, reading, expected) => {
    expect(rubyText(align(text, reading)!)).toBe(expected);
  });

  it('refuses when digits stand next to kanji (their spoken length is unknown)', () => {
    expect(align('控除の入力（1/2）', 'こうじょのにゅうりょくにぶんのいち')).toBeUndefined();
  });
});

describe('rubyParts', () => {
  it('puts no reading over katakana, numerals or symbols', () => {
    expect(ruby('パスワード')).toBe('パスワード');
    expect(ruby('6～16桁')).toBe('6～16桁[けた]');
  });

  it('splits a phrase entry into its words where digits sit among its kanji', () => {
    expect(ruby('控除の入力（1/2）')).toBe('控除[こうじょ]の入力[にゅうりょく]（1/2）');
  });

  it('joins back to the label', () => {
    const label = '令和７年分の所得税及び復興特別所得税の確定申告書';
    const parts = rubyParts(glosser.gloss(label), (text) => glosser.words(text));
    expect(parts.map((p) => p.text).join('')).toBe(label);
    for (const part of parts) if (part.reading) expect(part.text).toMatch(/^[\p{Script=Han}々〆ヶ]+$/u);
  });
});
