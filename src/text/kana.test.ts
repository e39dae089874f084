import { describe, expect, it } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import {
  DASHES,
  foldWidthChar,
  fullwidthKanaToHalfwidth,
  halfwidthKanaToFullwidth,
  hiraganaToKatakana,
  katakanaToHiragana,
  toFullwidthAlnum,
  toHalfwidthAlnum,
  toKatakana,
} from './kana.ts';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');

describe('kana → katakana and back', () => {
  itMapsEach('hiragana: %s → %s', hiraganaToKatakana, [
    ['すみす', 'スミス'],
    ['まりあ', 'マリア'],
    ['きょうこ', 'キョウコ'],
    ['がっこう', 'ガッコウ'],
    ['ぐえん・ばん', 'グエン・バン'],
    ['らーめん', 'ラーメン'],
    ['ゝゞ', 'ヽヾ'],
    ['ゔ', 'ヴ'],
    ['山田はなこ', '山田ハナコ'],
    ['ABC 123', 'ABC 123'],
  ]);

  itMapsEach('any kana (toKatakana): %s → %s', toKatakana, [
    ['すみす ﾏﾘｱ', 'スミス マリア'],
    ['ｶﾞｲｺｸ', 'ガイコク'],
    ['ぐえん', 'グエン'],
    ['スミス', 'スミス'],
  ]);

  it('round-trips every hiragana through katakana', () => {
    const all = range(0x3041, 0x3096) + 'ゝゞ';
    expect(katakanaToHiragana(hiraganaToKatakana(all))).toBe(all);
  });
});

describe('half-width → full-width katakana, combining dakuten', () => {
  itMapsEach('%s → %s', halfwidthKanaToFullwidth, [
    ['ｶﾞ', 'ガ'],
    ['ﾊﾟ', 'パ'],
    ['ﾊﾞ', 'バ'],
    ['ｳﾞ', 'ヴ'],
    ['ｶﾞｲｺｸｼﾞﾝ', 'ガイコクジン'],
    ['ﾊﾟｽﾎﾟｰﾄ', 'パスポート'],
    ['ｽﾐｽ ﾏﾘｱ', 'スミス マリア'],
    ['ｯｬｭｮｧ', 'ッャュョァ'],
    ['｢ｱ｣､｡･', '「ア」、。・'],
    ['ﾜﾞ', 'ワ゛'],
    ['ｱﾟ', 'ア゜'],
    ['ﾞ', '゛'],
    ['ﾃﾞｨｽﾞﾆｰ', 'ディズニー'],
  ]);

  it('round-trips every half-width katakana, alone and with each mark it takes', () => {
    const plain = range(0xff61, 0xff9d);
    expect(fullwidthKanaToHalfwidth(halfwidthKanaToFullwidth(plain))).toBe(plain);
    const voiced = [...'ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ'].map((k) => k + 'ﾞ').join('');
    const semi = [...'ﾊﾋﾌﾍﾎ'].map((k) => k + 'ﾟ').join('');
    expect(fullwidthKanaToHalfwidth(halfwidthKanaToFullwidth(voiced + semi))).toBe(voiced + semi);
    expect(halfwidthKanaToFullwidth(voiced + semi)).toHaveLength(26);
  });

  it.each(['ガイコクジン', 'パスポート', 'ヴィクトル', 'スミス　マリア'])(
    'round-trips %s through half-width',
    (word) => {
      expect(halfwidthKanaToFullwidth(fullwidthKanaToHalfwidth(word))).toBe(word);
    },
  );
});

describe('the one-character width fold', () => {
  it('is NFKC on U+FF01–U+FF9D, one character to one', () => {
    for (const ch of range(0xff01, 0xff9d)) {
      expect(foldWidthChar(ch), ch).toBe(ch.normalize('NFKC'));
      expect(foldWidthChar(ch)).toHaveLength(1);
    }
  });

  itMapsEach('leaves everything else as it is: %s → %s', foldWidthChar, [
    ['㈱', '㈱'],
    ['①', '①'],
    ['ア', 'ア'],
    ['A', 'A'],
    ['ﾞ', 'ﾞ'],
  ]);
});

describe('full-width ↔ half-width ASCII', () => {
  itMapsEach('to half-width: %s → %s', toHalfwidthAlnum, [
    ['ＡＢＣ１２３', 'ABC123'],
    ['ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｊｐ', 'maria@example.jp'],
    ['１００－０００１', '100-0001'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['100−0001', '100-0001'],
    ['ＳＭＩＴＨ　ＭＡＲＩＡ', 'SMITH MARIA'],
    ['”Ａ’', '"A\''],
    ['スーパー', 'スーパー'],
    ['３ー７ー９', '3-7-9'],
    ['ab', 'ab'],
  ]);

  itMapsEach('to full-width: %s → %s', toFullwidthAlnum, [
    ['ABC123', 'ＡＢＣ１２３'],
    ['AB-12 x', 'ＡＢ－１２　ｘ'],
    ['"quoted"', '”ｑｕｏｔｅｄ”'],
    ["O'Brien", 'Ｏ’Ｂｒｉｅｎ'],
    ['~\\', '～＼'],
    ['カナ', 'カナ'],
  ]);

  it.each(DASHES)('reads %s (%s) between digits as the hyphen of a number', (dash) => {
    expect(toHalfwidthAlnum(`100${dash}0001`)).toBe('100-0001');
  });

  it('round-trips all printable ASCII and the space', () => {
    const ascii = range(0x20, 0x7e);
    expect(toHalfwidthAlnum(toFullwidthAlnum(ascii))).toBe(ascii);
  });

  it('round-trips all full-width ASCII except ＂ and ＇ (which become ” and ’, the JIS X 0208 quotes)', () => {
    const wide = range(0xff01, 0xff5e).replace(/[＂＇]/g, '') + '\u3000';
    expect(toFullwidthAlnum(toHalfwidthAlnum(wide))).toBe(wide);
  });
});
