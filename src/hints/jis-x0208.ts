/**
 * Which characters the government systems accept: JIS X 0208 (../shared/FACTS.md, "Form conventions": e-Gov-style
 * systems accept only JIS X 0208 and JIS X 0201; half-width katakana and platform-specific characters are
 * rejected).
 *
 * The set is the 6,879 characters that the WHATWG EUC-JP decoder (TextDecoder('euc-jp'), in Node and in every
 * browser) yields for JIS X 0208 rows 1–84, leaving out row 13 (NEC special characters: ①, Ⅰ, ㈱…) and rows 89+
 * (NEC-selected IBM extensions: 髙, 﨑…), which are Windows additions, not JIS X 0208. It is committed as
 * jis-x0208-data.ts, written by generate-jis-x0208-data.ts from {@link buildJisX0208CodePoints}; a test checks
 * that the committed data still equals a fresh build.
 *
 * Note that the decoder uses Microsoft's mappings for a few row-1 symbols (～ U+FF5E, ∥ U+2225, － U+FF0D,
 * ￠￡￢), so the JIS-standard code points of the same symbols (〜 U+301C, ‖ U+2016, − U+2212, ¢ £ ¬) are outside
 * the set; {@link JIS_LOOKALIKES} says what to type instead.
 */

import { JIS_X0208_KANJI_BITMAP, JIS_X0208_KANJI_START, JIS_X0208_OTHER_RANGES } from './jis-x0208-data.ts';

/**
 * The JIS X 0208 characters as Unicode code points, sorted, built from the platform's EUC-JP decoder.
 * @example buildJisX0208CodePoints().length === 6879
 */
export function buildJisX0208CodePoints(decoder: TextDecoder = new TextDecoder('euc-jp')): number[] {
  const points: number[] = [];
  for (let row = 1; row <= 84; row++) {
    if (row === 13) continue;
    for (let cell = 1; cell <= 94; cell++) {
      const text = decoder.decode(new Uint8Array([0xa0 + row, 0xa0 + cell]));
      if (text !== '\ufffd') points.push(text.codePointAt(0)!);
    }
  }
  return points.sort((a, b) => a - b);
}

/** The compact form: kanji as a bitmap from U+4E00, everything else as hex ranges ("a7,b0-b1"). */
export interface JisX0208Data {
  kanjiStart: number;
  /** Base64 of a bitmap, least significant bit first: bit i set = U+(kanjiStart + i) is in the set. */
  kanjiBitmap: string;
  otherRanges: string;
}

const KANJI_START = 0x4e00;
const KANJI_END = 0x9fff;

/**
 * Encodes a set of code points in the compact form the data file stores.
 * @example encodeJisX0208([0xa7, 0x4e00]).otherRanges === 'a7'
 */
export function encodeJisX0208(points: readonly number[]): JisX0208Data {
  const bytes = new Uint8Array(Math.ceil((KANJI_END - KANJI_START + 1) / 8));
  const ranges: [number, number][] = [];
  for (const p of points) {
    if (p >= KANJI_START && p <= KANJI_END) {
      const bit = p - KANJI_START;
      bytes[bit >> 3]! |= 1 << (bit & 7);
    } else {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === p - 1) last[1] = p;
      else ranges.push([p, p]);
    }
  }
  // Trailing zero bytes carry no information.
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  let binary = '';
  for (const b of bytes.subarray(0, end)) binary += String.fromCharCode(b);
  return {
    kanjiStart: KANJI_START,
    kanjiBitmap: btoa(binary),
    otherRanges: ranges.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(','),
  };
}

/**
 * Decodes the compact form back into a set.
 * @example decodeJisX0208(encodeJisX0208([0xa7, 0x4e00])) → Set {0x4e00, 0xa7}
 */
export function decodeJisX0208(data: JisX0208Data): Set<number> {
  const set = new Set<number>();
  const binary = atob(data.kanjiBitmap);
  for (let i = 0; i < binary.length; i++) {
    const byte = binary.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) set.add(data.kanjiStart + i * 8 + bit);
  }
  for (const range of data.otherRanges.split(',')) {
    const [a, b = a] = range.split('-').map((h) => parseInt(h, 16));
    for (let p = a!; p <= b!; p++) set.add(p);
  }
  return set;
}

let jisSet: Set<number> | undefined;
/** The set, decoded on first use (a few milliseconds, once per context). */
function jis(): Set<number> {
  return (jisSet ??= decodeJisX0208({
    kanjiStart: JIS_X0208_KANJI_START,
    kanjiBitmap: JIS_X0208_KANJI_BITMAP,
    otherRanges: JIS_X0208_OTHER_RANGES,
  }));
}

/**
 * True when the systems accept the character: ASCII (JIS X 0201 Roman, and tab/newline) or JIS X 0208.
 * Half-width katakana (JIS X 0201 kana) are *not* accepted: FACTS.md says the systems reject them.
 * @example isAccepted('高') === true; isAccepted('髙') === false; isAccepted('ｱ') === false
 */
export function isAccepted(char: string): boolean {
  const p = char.codePointAt(0)!;
  if (p === 0x09 || p === 0x0a || p === 0x0d || (p >= 0x20 && p <= 0x7e)) return true;
  return jis().has(p);
}

/**
 * The distinct characters of a text that the systems reject, in order of first appearance.
 * @example rejectedChars('髙橋①ｱ') → ['髙', '①', 'ｱ']
 */
export function rejectedChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) if (!isAccepted(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/**
 * Accepted characters to type instead of common rejected ones: the JIS-standard code points of symbols the
 * decoder maps the Microsoft way, circled and Roman numerals, and the two kanji variants people most often meet.
 * Only suggestions: a name must be written as registered.
 */
export const JIS_LOOKALIKES: Readonly<Record<string, string>> = {
  '〜': '～',
  '‖': '∥',
  '−': '－',
  '¢': '￠',
  '£': '￡',
  '¬': '￢',
  '—': '―',
  髙: '高',
  﨑: '崎',
  '①': '(1)',
  '②': '(2)',
  '③': '(3)',
  Ⅰ: 'I',
  Ⅱ: 'II',
  Ⅲ: 'III',
  '㈱': '(株)',
  '№': 'No.',
};

/**
 * Replaces the rejected characters that have an accepted lookalike; leaves the others.
 * @example replaceLookalikes('髙﨑〜') === '高崎～'
 */
export function replaceLookalikes(text: string): string {
  let out = '';
  for (const ch of text) out += JIS_LOOKALIKES[ch] ?? ch;
  return out;
}
