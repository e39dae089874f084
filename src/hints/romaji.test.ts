import { describe, expect, it } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import { katakanaToHiragana } from '../text/kana.ts';
import { romajiToKatakana } from './romaji.ts';

describe('romaji → katakana: Japanese romaji', () => {
  itMapsEach('Hepburn: %s → %s', romajiToKatakana, [
    ['tanaka hanako', 'タナカ　ハナコ'],
    ['Suzuki', 'スズキ'],
    ['shimizu', 'シミズ'],
    ['Tsuchiya', 'ツチヤ'],
    ['Fujita', 'フジタ'],
    ['chiharu', 'チハル'],
    ['Kyoko', 'キョコ'],
    ['Ryuuji', 'リュウジ'],
    ['Jun', 'ジュン'],
    ['Hattori', 'ハットリ'],
    ['Nisshin', 'ニッシン'],
    ['matcha', 'マッチャ'],
    ['Beppu', 'ベップ'],
    ['konnichiwa', 'コンニチワ'],
  ]);

  itMapsEach('kunrei: %s → %s', (input: string) => romajiToKatakana(input, { system: 'kunrei' }), [
    ['sinbun', 'シンブン'],
    ['Tiba', 'チバ'],
    ['tutiya', 'ツチヤ'],
    ['Huzita', 'フジタ'],
    ['zyunko', 'ジュンコ'],
    ['syasin', 'シャシン'],
    ['tyotto', 'チョット'],
    ['hanadi', 'ハナヂ'],
    ['kuwo', 'クヲ'],
    ['tikara', 'チカラ'],
  ]);

  itMapsEach('ん: %s → %s', romajiToKatakana, [
    ["Shin'ichi", 'シンイチ'],
    ['Shinichi', 'シニチ'],
    ["Jun'ya", 'ジュンヤ'],
    ['Junya', 'ジュニャ'],
    ["kan'i", 'カンイ'],
    ['Kanya', 'カニャ'],
    ['Homma', 'ホンマ'],
    ['Namba', 'ナンバ'],
    ['Sampei', 'サンペイ'],
    ['Kenta', 'ケンタ'],
  ]);

  it.each([
    ['Satō', 'bar', 'サトー'],
    ['Satō', 'kana', 'サトウ'],
    ['Ōno', 'kana', 'オウノ'],
    ['Kyōko', 'bar', 'キョーコ'],
    ['Yūki', 'kana', 'ユウキ'],
    ['Shūhei', 'bar', 'シューヘイ'],
    ['Kōhei', 'kana', 'コウヘイ'],
    ['Rēna', 'kana', 'レイナ'],
    ['Itoh', 'kana', 'イトウ'],
    ['Itoh', 'bar', 'イトー'],
    ['Ohno', 'bar', 'オーノ'],
    ['Satou', 'bar', 'サトウ'],
    ['Oono', 'bar', 'オオノ'],
    ['Gen’ichirō', 'kana', 'ゲンイチロウ'],
  ] as const)('long vowels: %s (%s) → %s', (input, longVowel, expected) => {
    expect(romajiToKatakana(input, { longVowel })).toBe(expected);
  });
});

describe('romaji → katakana: foreign names, plausible rather than perfect', () => {
  itMapsEach('%s → %s', romajiToKatakana, [
    ['Nguyen', 'グエン'],
    ['Nguyễn Thị Hoa', 'グエン　ティ　ホア'],
    ['Smith', 'スミス'],
    ['Maria', 'マリア'],
    ['SMITH MARIA', 'スミス　マリア'],
    ['Garcia', 'ガルシア'],
    ['Carlos', 'カルロス'],
    ['Kim', 'キム'],
    ['Lee', 'リー'],
    ['Pham', 'ファム'],
    ['Wang', 'ワン'],
    ['Zhang', 'ジャン'],
    ['Chen', 'チェン'],
    ['Xu', 'シュ'],
    ['Alex', 'アレクス'],
    ['Olga', 'オルガ'],
    ['David', 'ダビド'],
    ['John', 'ジョン'],
    ['Sarah', 'サラ'],
    ['Scott', 'スコット'],
    ['Jack', 'ジャック'],
    ['Rebecca', 'レベッカ'],
    ['Jessica', 'ジェシカ'],
    ['Mary', 'マリー'],
    ['Thomas', 'トマス'],
    ['Sophia', 'ソフィア'],
    ['Mohammed', 'モハメド'],
    ['Enrique', 'エンリケ'],
    ['Quinn', 'クイン'],
    ['Lynn', 'リン'],
    ['Muñoz', 'ムニョズ'],
    ["O'Brien", 'オブリエン'],
    ['Mary-Jane', 'マリー　ジャネ'],
  ]);

  it('uses the separator asked for, and passes non-Latin text through', () => {
    expect(romajiToKatakana('Nguyen Van An', { separator: '' })).toBe('グエンバンアン');
    expect(romajiToKatakana('  Smith   Maria ', { separator: ' ' })).toBe('スミス マリア');
    expect(romajiToKatakana('スミス Maria')).toBe('スミス　マリア');
    expect(romajiToKatakana('')).toBe('');
  });

  it('writes only full-width katakana, ー and the separator, whatever the letters', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) {
      for (const b of letters) {
        expect(romajiToKatakana(`${a}${b}a${b}${a} ${b}${a}`)).toMatch(/^[\u30a1-\u30f6ー]+\u3000[\u30a1-\u30f6ー]+$/);
      }
    }
  });
});

describe('round trips through hiragana', () => {
  itMapsEach(
    'reads the romaji of every basic syllable back as its kana: %s',
    (romaji: string) => katakanaToHiragana(romajiToKatakana(romaji)),
    [
      ['a i u e o', 'あ　い　う　え　お'],
      ['ka ki ku ke ko', 'か　き　く　け　こ'],
      ['sa shi su se so', 'さ　し　す　せ　そ'],
      ['ta chi tsu te to', 'た　ち　つ　て　と'],
      ['na ni nu ne no', 'な　に　ぬ　ね　の'],
      ['ha hi fu he ho', 'は　ひ　ふ　へ　ほ'],
      ['ma mi mu me mo', 'ま　み　む　め　も'],
      ['ya yu yo', 'や　ゆ　よ'],
      ['ra ri ru re ro', 'ら　り　る　れ　ろ'],
      ['wa n', 'わ　ん'],
      ['ga gi gu ge go za ji zu ze zo', 'が　ぎ　ぐ　げ　ご　ざ　じ　ず　ぜ　ぞ'],
      ['da de do ba bi bu be bo pa pi pu pe po', 'だ　で　ど　ば　び　ぶ　べ　ぼ　ぱ　ぴ　ぷ　ぺ　ぽ'],
      [
        'kya shu cho nyu hyo myu rya gyo ja byu pyo',
        'きゃ　しゅ　ちょ　にゅ　ひょ　みゅ　りゃ　ぎょ　じゃ　びゅ　ぴょ',
      ],
    ],
  );
});
