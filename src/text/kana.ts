/**
 * The one kana module: hiragana ↔ katakana, half-width ↔ full-width katakana (dakuten combined), full-width ↔
 * half-width ASCII, and the dashes people type. Pure string functions; characters a function does not handle pass
 * through unchanged, so the conversions compose. Romaji is ../hints/romaji.ts (on wanakana).
 *
 * Width folding is Unicode's own compatibility mapping (NFKC), applied only to the characters it should fold:
 * NFKC also rewrites ㈱, ①, ﬁ and others that a form must keep as typed.
 *
 * Why the care with ﾞ/ﾟ: half-width katakana write the (semi-)voiced mark as a separate character (ｶﾞ), and
 * government systems reject half-width kana (../shared/FACTS.md, "Form conventions"), so ｶﾞ must become the one
 * character ガ, not カ + a combining mark, which is outside JIS X 0208.
 */

/**
 * Hiragana → katakana (ぁ–ゖ, ゝ, ゞ); ー and everything else unchanged. (wanakana's toKatakana leaves ゝ/ゞ, so
 * this stays a code-point shift.)
 * @example hiraganaToKatakana('すみす まりあ') === 'スミス マリア'
 */
export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309d\u309e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/**
 * Katakana → hiragana (ァ–ヶ, ヽ, ヾ); ヷ–ヺ have no hiragana and stay, ー stays. (wanakana's toHiragana turns ー
 * into a vowel and ヷ into ゗, so this stays a code-point shift.)
 * @example katakanaToHiragana('スミス') === 'すみす'
 */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Half-width katakana and their marks (U+FF61–U+FF9F). */
const HALF_KANA_RUN = /[\uff61-\uff9f]+/g;
/** What NFKC makes of ﾜﾞ, ｦﾞ (ヷ, ヺ: outside JIS X 0208) and of a mark with no kana to take it (combining). */
const NOT_JIS_AFTER_NFKC: Record<string, string> = {
  '\u30f7': 'ワ゛',
  '\u30fa': 'ヲ゛',
  '\u3099': '゛',
  '\u309a': '゜',
};

/**
 * Half-width katakana → full-width, combining ﾞ and ﾟ with the kana before them (NFKC). A mark that cannot combine
 * becomes the spacing ゛ / ゜ of JIS X 0208 (ﾜﾞ → ワ゛, since ヷ is outside it).
 * @example halfwidthKanaToFullwidth('ｶﾞｲｺｸｼﾞﾝ ﾊﾟｽﾎﾟｰﾄ') === 'ガイコクジン パスポート'
 */
export function halfwidthKanaToFullwidth(text: string): string {
  return text.replace(HALF_KANA_RUN, (run) =>
    run.normalize('NFKC').replace(/\u30f7|\u30fa|\u3099|\u309a/g, (ch) => NOT_JIS_AFTER_NFKC[ch]!),
  );
}

/**
 * Full-width → half-width katakana, derived as the inverse of {@link halfwidthKanaToFullwidth} over every
 * half-width kana alone and with each mark (so the two round-trip by construction).
 */
const TO_HALF = new Map<string, string>();
for (let c = 0xff61; c <= 0xff9f; c++) {
  for (const mark of ['', 'ﾞ', 'ﾟ']) {
    const half = String.fromCharCode(c) + mark;
    const full = halfwidthKanaToFullwidth(half);
    if (full.length === 1 && !TO_HALF.has(full)) TO_HALF.set(full, half);
  }
}

/**
 * Full-width katakana → half-width (the inverse of {@link halfwidthKanaToFullwidth}, for round trips and for
 * the rare system that wants ｶﾅ). Small ヮ, ヵ, ヶ and ヰ/ヱ have no half-width form and stay as they are.
 * @example fullwidthKanaToHalfwidth('ガイコクジン') === 'ｶﾞｲｺｸｼﾞﾝ'
 */
export function fullwidthKanaToHalfwidth(text: string): string {
  let out = '';
  for (const ch of text) out += TO_HALF.get(ch) ?? ch;
  return out;
}

/**
 * Characters people type for a dash or hyphen (besides '-', and ー and － which other rules fold first). Data, so
 * that label normalisation (../glossary/normalize.ts) and the number fields' fold below agree on what a dash is.
 */
export const DASHES: ReadonlyArray<readonly [dash: string, name: string]> = [
  ['\u2010', 'hyphen'],
  ['\u2011', 'non-breaking hyphen'],
  ['\u2012', 'figure dash'],
  ['\u2013', 'en dash'],
  ['\u2014', 'em dash'],
  ['\u2015', 'horizontal bar, common in Japanese text for a dash'],
  ['\u2212', 'minus sign'],
  ['\u2500', 'box-drawing line, used as a dash by some portals'],
];

/** Any dash between two digits, ー included (090ー1234, 100−0001): all mean the hyphen in a number. */
const DASH_BETWEEN_DIGITS = new RegExp(`(?<=\\d)[ー－${DASHES.map(([d]) => d).join('')}](?=\\d)`, 'g');

/**
 * Full-width ASCII (letters, digits, symbols) and the ideographic space → half-width (NFKC on exactly those).
 * Also ” ’ → " ' and any dash between two digits → '-', because 090ー1234 in a phone field means 090-1234.
 * @example toHalfwidthAlnum('ＡＢ１２３\u3000０９０ー１２３４') === 'AB123 090-1234'
 */
export function toHalfwidthAlnum(text: string): string {
  return text
    .replace(/[\uff01-\uff5e\u3000]+/g, (wide) => wide.normalize('NFKC'))
    .replace(/”/g, '"')
    .replace(/’/g, "'")
    .replace(DASH_BETWEEN_DIGITS, '-');
}

/**
 * One full-width ASCII or half-width katakana character (U+FF01–U+FF9D) → its ASCII or full-width form (NFKC):
 * the one-to-one width fold that label normalisation keeps offsets for; any other character is returned as it is.
 * @example foldWidthChar('Ａ') === 'A'; foldWidthChar('ｶ') === 'カ'; foldWidthChar('㈱') === '㈱'
 */
export function foldWidthChar(ch: string): string {
  return WIDTH_FOLD.get(ch) ?? ch;
}

/** NFKC of U+FF01–U+FF9D, worked out once: labels fold their full-width brackets and digits on every gloss. */
const WIDTH_FOLD = new Map<string, string>();
for (let c = 0xff01; c <= 0xff9d; c++) WIDTH_FOLD.set(String.fromCharCode(c), String.fromCharCode(c).normalize('NFKC'));

/**
 * Half-width ASCII and space → full-width. " and ' become ” and ’, because ＂ and ＇ are outside JIS X 0208 and
 * the systems reject them. (NFKC has no inverse: this is the code-point shift.)
 * @example toFullwidthAlnum('AB-123 x') === 'ＡＢ－１２３\u3000ｘ'
 */
export function toFullwidthAlnum(text: string): string {
  return text
    .replace(/"/g, '”')
    .replace(/'/g, '’')
    .replace(/[\u0021-\u007e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');
}

/**
 * Any kana → full-width katakana: half-width katakana combined, hiragana converted. The one-click fix for a
 * katakana field (romaji is romajiToKatakana's job).
 * @example toKatakana('すみす ﾏﾘｱ') === 'スミス マリア'
 */
export function toKatakana(text: string): string {
  return hiraganaToKatakana(halfwidthKanaToFullwidth(text));
}
