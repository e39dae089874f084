/**
 * Keys for finding a word by how it sounds: a query typed in kana or romaji against the index's readings.
 *
 * People type readings loosely: ゆうこうきげん, yuukoukigen, yūkō kigen and yukokigen all mean 有効期限. So both
 * the readings and the query are folded to one "loose" key, by rules declared as data (walked by a table test):
 * long vowels, ー and the two spellings of ぢ/づ are dropped or merged. The key is only for matching; what the UI
 * shows is the index's own reading.
 */
import { normalize } from '@/src/glossary/normalize';
import { romajiToKatakana } from '@/src/hints/romaji';
import { katakanaToHiragana } from '@/src/text/kana';

/** The vowel of each hiragana that has one, so that a following vowel can be recognised as lengthening it. */
const VOWEL_ROWS: ReadonlyArray<readonly [kana: string, vowels: string]> = [
  ['あいうえお', 'aiueo'],
  ['ぁぃぅぇぉ', 'aiueo'],
  ['かきくけこ', 'aiueo'],
  ['がぎぐげご', 'aiueo'],
  ['さしすせそ', 'aiueo'],
  ['ざじずぜぞ', 'aiueo'],
  ['たちつてと', 'aiueo'],
  ['だぢづでど', 'aiueo'],
  ['なにぬねの', 'aiueo'],
  ['はひふへほ', 'aiueo'],
  ['ばびぶべぼ', 'aiueo'],
  ['ぱぴぷぺぽ', 'aiueo'],
  ['まみむめも', 'aiueo'],
  ['らりるれろ', 'aiueo'],
  ['やゆよ', 'auo'],
  ['ゃゅょ', 'auo'],
  ['わゐゑを', 'aieo'],
];
/** Per hiragana code (from U+3040): its vowel as a letter code, 0 for none. Built once from the table above. */
const VOWEL_OF = new Uint8Array(0x60);
for (const [kana, vowels] of VOWEL_ROWS)
  [...kana].forEach((k, i) => (VOWEL_OF[k.charCodeAt(0) - 0x3040] = vowels.charCodeAt(i)));

/**
 * Which vowel kana lengthens the vowel before it (and is dropped from the loose key): aa, ii, uu, ee, oo, and the
 * spellings ou and ei that romaji writes as ō and ē (or drops: "kojin bango" for こじんばんごう).
 */
export const LENGTHENING: ReadonlyArray<readonly [before: string, kana: string]> = [
  ['a', 'あ'],
  ['i', 'い'],
  ['u', 'う'],
  ['e', 'え'],
  ['e', 'い'],
  ['o', 'お'],
  ['o', 'う'],
];
const LENGTHENS = new Set(LENGTHENING.map(([before, kana]) => before.charCodeAt(0) * 0x10000 + kana.charCodeAt(0)));

/** Kana that romaji spells the same way: the loose key keeps one of each pair. */
export const SAME_SOUND: ReadonlyArray<readonly [from: string, to: string]> = [
  ['ぢ', 'じ'],
  ['づ', 'ず'],
  ['を', 'お'],
  ['ゐ', 'い'],
  ['ゑ', 'え'],
];
const SAME = new Map(SAME_SOUND.map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

/**
 * The loose key of a kana text: hiragana, without ー or lengthening vowels, with same-sounding kana merged.
 * Anything that is not kana is dropped. (Char codes, not strings: it runs over every reading of the index.)
 * @example looseKana('ゆうこうきげん') === 'ゆこきげん'
 * @example looseKana('マイナンバー') === 'まいなんば'
 */
export function looseKana(text: string): string {
  const hiragana = katakanaToHiragana(text);
  const out: number[] = [];
  let vowel = 0;
  for (let i = 0; i < hiragana.length; i++) {
    let code = hiragana.charCodeAt(i);
    if (code < 0x3041 || code > 0x3096) continue; // ー, spaces, anything else
    code = SAME.get(code) ?? code;
    const own = VOWEL_OF[code - 0x3040]!;
    if (own === 0) {
      // ん, っ and other small kana are kept, and end the vowel before them.
      out.push(code);
      vowel = 0;
      continue;
    }
    if (vowel !== 0 && LENGTHENS.has(vowel * 0x10000 + code)) continue;
    out.push(code);
    vowel = own;
  }
  return String.fromCharCode(...out);
}

/** True when a text is typed in the Latin alphabet (romaji or a word in a Latin-script language). */
export function isLatinQuery(text: string): boolean {
  return /^[\s\p{Script=Latin}'’.-]+$/u.test(text) && /\p{Script=Latin}/u.test(text);
}

/** True when a text contains kana or kanji. */
export function isJapaneseQuery(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆]/.test(text);
}

/**
 * The kana a romaji query stands for, through the project's own converter (src/hints/romaji.ts, the one that
 * writes フリガナ), as hiragana with the words joined. An English word comes out as some kana too; the ranking
 * puts such readings below matches of the English meaning.
 * @example romajiToHiragana('kojin bango') === 'こじんばんご'
 * @example romajiToHiragana('yūkō kigen') === 'ゆうこうきげん'
 */
export function romajiToHiragana(text: string): string {
  return katakanaToHiragana(romajiToKatakana(text.normalize('NFC'), { separator: '', longVowel: 'kana' }));
}

/**
 * A Japanese query as the index keys are written: normalised (width, voiced marks, dashes) and without spaces.
 * @example japaneseKey(' 有効 期限 ') === '有効期限'
 */
export function japaneseKey(text: string): string {
  return normalize(text).replace(/[\s\u3000]+/g, '');
}
