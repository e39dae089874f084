import { describe, expect, it } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import {
  isJapaneseQuery,
  isLatinQuery,
  japaneseKey,
  LENGTHENING,
  looseKana,
  romajiToHiragana,
  SAME_SOUND,
} from './kana-keys';

describe('the loose reading key', () => {
  itMapsEach('%s → %s (%s)', looseKana, [
    ['ゆうこうきげん', 'ゆこきげん', 'ou and uu are long vowels'],
    ['ゆこきげん', 'ゆこきげん', 'the short spelling is its own key'],
    ['マイナンバー', 'まいなんば', 'katakana read as hiragana, ー dropped'],
    ['けいやく', 'けやく', 'ei is a long e'],
    ['おおの', 'おの', 'oo is a long o'],
    ['きょう', 'きょ', 'a long vowel after a small ょ'],
    ['ちぢむ', 'ちじむ', 'ぢ and じ sound the same'],
    ['つづく', 'つずく', 'づ and ず sound the same'],
    ['きって', 'きって', 'small っ is kept'],
    ['こじん ばんごう', 'こじんばんご', 'spaces are dropped'],
    ['ID', '', 'what is not kana is dropped'],
  ]);

  it.each(LENGTHENING)('drops %s-vowel + %s', (vowel, kana) => {
    const before = { a: 'か', i: 'き', u: 'く', e: 'け', o: 'こ' }[vowel]!;
    expect(looseKana(before + kana)).toBe(before);
  });

  it.each(SAME_SOUND)('spells %s as %s', (from, to) => {
    expect(looseKana(`ま${from}`)).toBe(looseKana(`ま${to}`));
  });
});

describe('romaji to kana, through the フリガナ converter', () => {
  itMapsEach('%s → %s', romajiToHiragana, [
    ['yuukoukigen', 'ゆうこうきげん'],
    ['yūkō kigen', 'ゆうこうきげん'],
    ['kojin bango', 'こじんばんご'],
    ['kofu tsuchisho', 'こふつちしょ'],
    ['shinsei', 'しんせい'],
    ['SHINSEI', 'しんせい'],
  ]);

  it('gives the same loose key to long and short spellings', () => {
    expect(looseKana(romajiToHiragana('yukokigen'))).toBe(looseKana('ゆうこうきげん'));
    expect(looseKana(romajiToHiragana('kōfu tsūchisho'))).toBe(looseKana('こうふつうちしょ'));
  });
});

describe('what a query is written in', () => {
  it.each([
    ['expiry', true, false],
    ['hết hạn', true, false],
    ['Kōfu', true, false],
    ['有効期限', false, true],
    ['こうふ', false, true],
    ['ﾏｲﾅﾝﾊﾞｰ', false, true],
    ['有效期限', false, true],
    ['만료', false, false],
    ['12', false, false],
  ])('%s: Latin %s, Japanese %s', (query, latin, japanese) => {
    expect(isLatinQuery(query)).toBe(latin);
    expect(isJapaneseQuery(query)).toBe(japanese);
  });

  it('keys a Japanese query as the index does: normalised, without spaces', () => {
    expect(japaneseKey(' 有効　期限 ')).toBe('有効期限');
    expect(japaneseKey('ﾏｲﾅﾝﾊﾞｰ')).toBe('マイナンバー');
  });
});
