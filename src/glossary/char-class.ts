/**
 * Character classes of Japanese text, by UTF-16 code unit.
 *
 * The matcher and the validator both need to answer "is this a kanji?" and "is this kana?" millions of
 * times, so these are plain code-range checks rather than Unicode property regexes (which are 5–10× slower
 * in V8 for single characters).
 */

/** Coarse class of one UTF-16 code unit, as the matcher segments gaps between dictionary matches. */
export const CharClass = {
  Kanji: 0,
  Hiragana: 1,
  Katakana: 2,
  /** Digits, Latin, punctuation, brackets, spaces and anything else: never content on its own. */
  Other: 3,
} as const;
/** One of the {@link CharClass} values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/**
 * True for a kanji code unit: CJK unified ideographs (incl. extension A), compatibility ideographs,
 * 々 and 〆 (which stand for kanji), and surrogate halves (astral characters in Japanese text are
 * CJK extension B–G kanji such as 𠮷).
 */
export function isKanjiCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 || // 々
    c === 0x3006 || // 〆
    (c >= 0xd800 && c <= 0xdfff)
  );
}

/** True for a hiragana letter or hiragana iteration mark (ぁ–ゖ, ゝ, ゞ). */
export function isHiraganaCode(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || c === 0x309d || c === 0x309e;
}

/** True for a full-width katakana letter, ヽ/ヾ or the small katakana extensions (ㇰ–ㇿ). ー is not included. */
export function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fd || c === 0x30fe || (c >= 0x31f0 && c <= 0x31ff);
}

/** True for the long-vowel mark ー, which belongs to the kana run before it. */
export function isLongVowelCode(c: number): boolean {
  return c === 0x30fc;
}

/** True when the string contains at least one kanji. @example hasKanji('お知らせ') === false */
export function hasKanji(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isKanjiCode(text.charCodeAt(i))) return true;
  return false;
}

/** True when the string contains at least one hiragana or katakana letter. */
export function hasKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHiraganaCode(c) || isKatakanaCode(c)) return true;
  }
  return false;
}

/** True when the string is not empty and every UTF-16 code in it passes `test`. */
function everyCode(text: string, test: (c: number) => boolean): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** True when every character is hiragana or ー (a valid reading). @example isHiragana('まいなんばー') */
export function isHiragana(text: string): boolean {
  return everyCode(text, (c) => isHiraganaCode(c) || isLongVowelCode(c));
}

/** True when the string is made only of hiragana (no ー), as particles and okurigana are. */
export function isHiraganaOnly(text: string): boolean {
  return everyCode(text, isHiraganaCode);
}

/** True when the string is made only of katakana and ー. */
export function isKatakana(text: string): boolean {
  return everyCode(text, (c) => isKatakanaCode(c) || isLongVowelCode(c));
}

/** True when the string has Japanese letters (kanji or kana) that a reader must understand. */
export function isJapaneseCode(c: number): boolean {
  return isKanjiCode(c) || isHiraganaCode(c) || isKatakanaCode(c) || isLongVowelCode(c);
}

/**
 * Class of the code unit at `i` of `text`, where ー takes the class of the kana before it (so that
 * マイナンバー stays one katakana run) and is Other after anything else.
 */
export function classAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  if (isKanjiCode(c)) return CharClass.Kanji;
  if (isHiraganaCode(c)) return CharClass.Hiragana;
  if (isKatakanaCode(c)) return CharClass.Katakana;
  if (isLongVowelCode(c) && i > 0) {
    const prev = classAt(text, i - 1);
    if (prev === CharClass.Hiragana || prev === CharClass.Katakana) return prev;
  }
  return CharClass.Other;
}
