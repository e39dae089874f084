/**
 * Normalisation of labels and dictionary keys, so that the spellings a portal happens to use (full-width
 * ＩＤ, half-width ｶﾅ, a decomposed が, a hyphen for ー) find the same entry.
 *
 * Every step maps one or two source characters to exactly one output character, never one to many.
 * That keeps an offset table cheap to build and makes it always possible to map a match in the
 * normalised text back to a slice of the label as the page wrote it. Katakana and hiragana stay distinct
 * (SCHEMA.md), and okurigana variants (申込/申し込み) are data, not rules.
 */

import { DASHES, foldWidthChar } from '../text/kana.ts';
import { isHiraganaCode, isKatakanaCode } from './char-class.ts';

/** Single-character folds that need no context: declared as data so the table test can walk them. */
export const CHAR_FOLDS: ReadonlyArray<readonly [from: string, to: string, why: string]> = [
  ['\u3000', ' ', 'ideographic space is a space'],
  ['\u301c', '~', 'wave dash 〜 and full-width tilde ～ are used interchangeably in ranges'],
  ['\u00a0', ' ', 'no-break space'],
  ...DASHES.map(([dash, name]) => [dash, '-', name] as const),
];
const FOLD_MAP = new Map<number, string>(CHAR_FOLDS.map(([from, to]) => [from.charCodeAt(0), to]));

/** Dashes that become ー after kana (マイナンバ－ → マイナンバー); after anything else they are '-'. */
const DASH = '-';

/** Result of {@link normalizeWithOffsets}. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * `offsets[i]` is the index in the source of the character that became `text[i]`; `offsets[text.length]`
   * is the source length. A normalised span [a, b) is the source slice [offsets[a], offsets[b]).
   */
  offsets: number[];
}

/**
 * Normalises a label for matching.
 * @example normalize('ＩＤ・ﾊﾟｽﾜｰﾄﾞ') === 'ID・パスワード'
 */
export function normalize(text: string): string {
  return needsNormalizing(text) ? normalizeWithOffsets(text).text : text;
}

/** Cheap check that lets the common, already-normal label skip the rebuild. */
function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff9f) return true;
    if (c >= 0x3099 && c <= 0x309e) return true; // voiced marks and hiragana iteration marks
    if (c === 0x30fd || c === 0x30fe || (c >= 0xf900 && c <= 0xfaff)) return true;
    if (FOLD_MAP.has(c)) return true;
    if (c === 0x2d && i > 0 && isKanaOrLong(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/**
 * Normalises a label and records where each output character came from.
 * @example normalizeWithOffsets('ｶﾞ1') → { text: 'ガ1', offsets: [0, 2, 3] }
 */
export function normalizeWithOffsets(text: string): Normalized {
  // Most labels need nothing: skip the rebuild and give the identity map.
  if (!needsNormalizing(text)) {
    const offsets = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) offsets[i] = i;
    return { text, offsets };
  }
  const out: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = out.length > 0 ? out[out.length - 1]! : '';
    const prevCode = prev.length === 1 ? prev.charCodeAt(0) : -1;

    // Voiced and semi-voiced marks, combining or spacing, full or half width, join the kana before them.
    if (c === 0x3099 || c === 0x309a || c === 0x309b || c === 0x309c || c === 0xff9e || c === 0xff9f) {
      const combining = c === 0x3099 || c === 0x309b || c === 0xff9e ? '\u3099' : '\u309a';
      const joined = prevCode >= 0 ? (prev + combining).normalize('NFC') : '';
      if (joined.length === 1) {
        out[out.length - 1] = joined;
        continue;
      }
      out.push(c === 0xff9e ? '゛' : c === 0xff9f ? '゜' : text[i]!);
      offsets.push(i);
      continue;
    }

    out.push(foldChar(text, i, c, prev, prevCode));
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out.join(''), offsets };
}

/** One-to-one fold of the character at `i`, given the already normalised character before it. */
function foldChar(text: string, i: number, c: number, prev: string, prevCode: number): string {
  // Full-width ASCII (letters, digits and punctuation) to ASCII, so ＩＤ, （ and ： match ID, ( and :; half-width
  // katakana to full width (the marks ﾞﾟ were joined above). A half-width ｰ after anything but kana is a dash.
  if (c >= 0xff01 && c <= 0xff9d) {
    const folded = foldWidthChar(text[i]!);
    return folded === 'ー' ? (isKanaOrLong(prevCode) ? 'ー' : DASH) : foldDash(folded, prevCode);
  }
  const folded = FOLD_MAP.get(c);
  if (folded !== undefined) return foldDash(folded, prevCode);
  if (c === 0x2d) return foldDash(DASH, prevCode);
  // Iteration marks: ゝ/ヽ repeat the kana before them, ゞ/ヾ repeat it voiced (いすゞ → いすず).
  if ((c === 0x309d || c === 0x309e) && isHiraganaCode(prevCode)) return iterate(prev, c === 0x309e);
  if ((c === 0x30fd || c === 0x30fe) && isKatakanaCode(prevCode)) return iterate(prev, c === 0x30fe);
  // CJK compatibility ideographs (a few portals' fonts emit them) are the same kanji as the unified ones.
  if (c >= 0xf900 && c <= 0xfaff) return text[i]!.normalize('NFC');
  return text[i]!;
}

/** A dash after kana is the long-vowel mark; anywhere else it stays a hyphen-minus. */
function foldDash(ch: string, prevCode: number): string {
  return ch === DASH && isKanaOrLong(prevCode) ? 'ー' : ch;
}

/** Repeats a kana, voiced when asked and possible. */
function iterate(kana: string, voiced: boolean): string {
  if (!voiced) return kana;
  const joined = (kana.normalize('NFD').charAt(0) + '\u3099').normalize('NFC');
  return joined.length === 1 ? joined : kana;
}

function isKanaOrLong(code: number): boolean {
  return isHiraganaCode(code) || isKatakanaCode(code) || code === 0x30fc;
}
