/**
 * The "core" of a label for whole-label translation: the label without the decoration that portals
 * put around the same words (「氏名（必須）：」, "※ 住所", "【マイナンバーカード】").
 *
 * Works on normalised text, where full-width brackets, colons and asterisks are already ASCII.
 */

/** Markers removed at the end of a label, as data so the table test can walk them. */
export const TRAILING_MARKS: readonly RegExp[] = [
  /\s*[([【〔<＜〈]\s*(?:必須|任意|必須項目|入力必須)\s*[)\]】〕>＞〉]$/u,
  /\s+(?:必須|任意)$/u,
  /[\s:*※。.、,!！?？]+$/u,
];

/** Markers removed at the start of a label. */
export const LEADING_MARKS: readonly RegExp[] = [
  /^[([【〔<＜〈]\s*(?:必須|任意)\s*[)\]】〕>＞〉]\s*/u,
  /^(?:必須|任意)\s+/u,
  /^[\s*※・■□●○◆◇▼▽▶►>-]+/u,
];

/** True when a label may carry something {@link labelCore} removes (a superset of the rules above). */
const MAY_BE_DECORATED = /^[([【〔<＜〈「『《*※・■□●○◆◇▼▽▶►>-]|[)\]】〕>＞〉」』》:*※。.、,!！?？]$|必須|任意/u;

/** Bracket pairs that may wrap a whole label. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['〔', '〕'],
  ['〈', '〉'],
  ['《', '》'],
  ['<', '>'],
];

/**
 * Strips decoration from a normalised label until nothing changes.
 * @example labelCore('氏名(必須):') === '氏名'
 * @example labelCore('【マイナンバーカード】') === 'マイナンバーカード'
 */
export function labelCore(normalized: string): string {
  let text = normalized.trim();
  // Most labels carry no decoration: one test instead of seven replaces.
  if (!MAY_BE_DECORATED.test(text)) return text;
  for (let guard = 0; guard < 8; guard++) {
    let next = text;
    for (const mark of TRAILING_MARKS) next = next.replace(mark, '');
    for (const mark of LEADING_MARKS) next = next.replace(mark, '');
    next = unwrap(next).trim();
    if (next === text || next.length === 0) break;
    text = next;
  }
  return text;
}

/** Removes one pair of brackets that encloses the whole text (and only when they match each other). */
function unwrap(text: string): string {
  for (const [open, close] of WRAPPERS) {
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close)) {
      const inner = text.slice(1, -1);
      // 「(年)(月)」 must not become 「年)(月」: only unwrap when the inner text has balanced brackets.
      if (balanced(inner, open, close)) return inner;
    }
  }
  return text;
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}
