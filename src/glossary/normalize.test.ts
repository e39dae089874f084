import { describe, expect, it } from 'vitest';
import { CHAR_FOLDS, normalize, normalizeWithOffsets } from './normalize.ts';

/** [input, normalised, why]: the rules, walked as a table. */
const TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ['ＡＢＣｘｙｚ０１２', 'ABCxyz012', 'full-width Latin letters and digits fold to ASCII'],
  ['（フリガナ）：＊', '(フリガナ):*', 'full-width ASCII punctuation folds too, so brackets match either way'],
  ['ｶﾀｶﾅ', 'カタカナ', 'half-width katakana widens'],
  ['ｶﾞｷﾞﾊﾟﾋﾟ', 'ガギパピ', 'half-width voiced marks join the kana before them'],
  ['ｳﾞｨ', 'ヴィ', 'half-width ｳﾞ becomes ヴ'],
  ['｢ﾒｰﾙ｣､｡･', '「メール」、。・', 'half-width punctuation widens'],
  ['か\u3099', 'が', 'combining voiced mark joins'],
  ['ハ\u309a', 'パ', 'combining semi-voiced mark joins'],
  ['は゛', 'ば', 'spacing voiced mark after kana joins'],
  ['A\u3099', 'A\u3099', 'a voiced mark after a non-kana is left alone'],
  ['マイナンバ－カ―ド', 'マイナンバーカード', 'dashes after katakana become ー'],
  ['ﾒｰﾙ', 'メール', 'half-width ｰ after kana is ー'],
  ['らーめん', 'らーめん', 'ー after hiragana stays'],
  ['123－4567', '123-4567', 'a full-width dash between digits is a hyphen'],
  ['1‐2—3―4−5', '1-2-3-4-5', 'dash variants after non-kana fold to -'],
  ['4月〜6月', '4月~6月', 'wave dash folds to ~'],
  ['4月～6月', '4月~6月', 'full-width tilde folds to ~'],
  ['氏名\u3000住所', '氏名 住所', 'ideographic space folds to a space'],
  ['いすゞ', 'いすず', 'voiced iteration mark repeats the kana voiced'],
  ['こゝろ', 'こころ', 'iteration mark repeats the kana'],
  ['バナヽ', 'バナナ', 'katakana iteration mark repeats'],
  ['人々', '人々', '々 is kept: words are written with it'],
  ['\uf9dc', '隆', 'compatibility ideographs become the unified kanji'],
  ['ゝ', 'ゝ', 'an iteration mark with nothing before it stays'],
  ['給与所得', '給与所得', 'ordinary text is unchanged'],
];

describe('normalize', () => {
  it.each(TABLE)('%j → %j (%s)', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each(CHAR_FOLDS)('folds %j to %j (%s)', (from, to) => {
    const got = normalize(`1${from}`);
    expect(got).toBe(`1${to}`);
  });

  it('is idempotent', () => {
    for (const [input] of TABLE) expect(normalize(normalize(input))).toBe(normalize(input));
  });

  it('keeps katakana and hiragana distinct', () => {
    expect(normalize('フリガナ')).not.toBe(normalize('ふりがな'));
  });
});

describe('normalizeWithOffsets', () => {
  it.each(TABLE)('maps every normalised character back to the source: %j', (input) => {
    const { text, offsets } = normalizeWithOffsets(input);
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[0]).toBe(0);
    expect(offsets[text.length]).toBe(input.length);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThan(offsets[i - 1]!);
  });

  it('maps a joined voiced mark to the start of its two source characters', () => {
    expect(normalizeWithOffsets('aｶﾞb')).toEqual({ text: 'aガb', offsets: [0, 1, 3, 4] });
  });

  it('gives the source slice for a normalised span', () => {
    const source = 'ＩＤ／ﾊﾟｽﾜｰﾄﾞ';
    const { text, offsets } = normalizeWithOffsets(source);
    const start = text.indexOf('パスワード');
    expect(source.slice(offsets[start], offsets[start + 'パスワード'.length])).toBe('ﾊﾟｽﾜｰﾄﾞ');
  });
});
