/**
 * Kana and width conversions: hiragana ↔ katakana, half-width ↔ full-width katakana (dakuten combined),
 * full-width ↔ half-width ASCII. Pure string functions over UTF-16 code units; characters a function does not
 * handle pass through unchanged, so the conversions compose.
 *
 * Why the care with ﾞ/ﾟ: half-width katakana write the (semi-)voiced mark as a separate character (ｶﾞ), and
 * government systems reject half-width kana (../shared/FACTS.md, "Form conventions"), so ｶﾞ must become the one
 * character ガ, not カ + a combining mark, which is outside JIS X 0208.
 */

/** Half-width katakana U+FF61–U+FF9D and their full-width forms, in code order. */
const HALF_KANA = '｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const FULL_KANA =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF_VOICED = 0xff9e; // ﾞ
const HALF_SEMI_VOICED = 0xff9f; // ﾟ
/** Full-width kana that take the voiced mark as one character (+1 code point), and ウ → ヴ. */
const VOICEABLE = 'カキクケコサシスセソタチツテトハヒフヘホ';
const SEMI_VOICEABLE = 'ハヒフヘホ';

const toFull = new Map<string, string>();
const toHalf = new Map<string, string>();
for (let i = 0; i < HALF_KANA.length; i++) {
  toFull.set(HALF_KANA[i]!, FULL_KANA[i]!);
  toHalf.set(FULL_KANA[i]!, HALF_KANA[i]!);
}
// The full-width voiced kana decompose into base + ﾞ / ﾟ when going to half-width.
for (const base of VOICEABLE) toHalf.set(String.fromCharCode(base.charCodeAt(0) + 1), toHalf.get(base)! + 'ﾞ');
for (const base of SEMI_VOICEABLE) toHalf.set(String.fromCharCode(base.charCodeAt(0) + 2), toHalf.get(base)! + 'ﾟ');
toHalf.set('ヴ', 'ｳﾞ');
toHalf.set('゛', 'ﾞ');
toHalf.set('゜', 'ﾟ');

/**
 * Half-width katakana → full-width, combining ﾞ and ﾟ with the kana before them. A mark that cannot combine
 * becomes the spacing ゛ / ゜ of JIS X 0208 (ﾜﾞ → ワ゛, since ヷ is outside it).
 * @example halfwidthKanaToFullwidth('ｶﾞｲｺｸｼﾞﾝ ﾊﾟｽﾎﾟｰﾄ') === 'ガイコクジン パスポート'
 */
export function halfwidthKanaToFullwidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (c === HALF_VOICED || c === HALF_SEMI_VOICED) {
      const prev = out[out.length - 1] ?? '';
      const prevWasHalf = i > 0 && toFull.has(text[i - 1]!);
      if (prevWasHalf && c === HALF_VOICED && VOICEABLE.includes(prev)) {
        out = out.slice(0, -1) + String.fromCharCode(prev.charCodeAt(0) + 1);
      } else if (prevWasHalf && c === HALF_VOICED && prev === 'ウ') {
        out = out.slice(0, -1) + 'ヴ';
      } else if (prevWasHalf && c === HALF_SEMI_VOICED && SEMI_VOICEABLE.includes(prev)) {
        out = out.slice(0, -1) + String.fromCharCode(prev.charCodeAt(0) + 2);
      } else {
        out += c === HALF_VOICED ? '゛' : '゜';
      }
      continue;
    }
    out += toFull.get(ch) ?? ch;
  }
  return out;
}

/**
 * Full-width katakana → half-width (the inverse of {@link halfwidthKanaToFullwidth}, for round trips and for
 * the rare system that wants ｶﾅ). Small ヮ, ヵ, ヶ and ヰ/ヱ have no half-width form and stay as they are.
 * @example fullwidthKanaToHalfwidth('ガイコクジン') === 'ｶﾞｲｺｸｼﾞﾝ'
 */
export function fullwidthKanaToHalfwidth(text: string): string {
  let out = '';
  for (const ch of text) out += toHalf.get(ch) ?? ch;
  return out;
}

/**
 * Hiragana → katakana (ぁ–ゖ, ゝ, ゞ); ー and everything else unchanged.
 * @example hiraganaToKatakana('すみす まりあ') === 'スミス マリア'
 */
export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309d\u309e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/**
 * Katakana → hiragana (ァ–ヶ, ヽ, ヾ); ヷ–ヺ have no hiragana and stay.
 * @example katakanaToHiragana('スミス') === 'すみす'
 */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Dashes people type between digits (090ー1234, 100−0001): all mean the hyphen in a number. */
const DASH_BETWEEN_DIGITS = /(?<=\d)[ー－−‐‑–—―](?=\d)/g;

/**
 * Full-width ASCII (letters, digits, symbols) and the ideographic space → half-width. Also ” ’ → " ' and any
 * dash between two digits → '-', because 090ー1234 in a phone field means 090-1234.
 * @example toHalfwidthAlnum('ＡＢ１２３\u3000０９０ー１２３４') === 'AB123 090-1234'
 */
export function toHalfwidthAlnum(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/”/g, '"')
    .replace(/’/g, "'")
    .replace(DASH_BETWEEN_DIGITS, '-');
}

/**
 * Half-width ASCII and space → full-width. " and ' become ” and ’, because ＂ and ＇ are outside JIS X 0208 and
 * the systems reject them.
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
 * katakana field (romaji is {@link romajiToKatakana}'s job).
 * @example toKatakana('すみす ﾏﾘｱ') === 'スミス マリア'
 */
export function toKatakana(text: string): string {
  return hiraganaToKatakana(halfwidthKanaToFullwidth(text));
}
