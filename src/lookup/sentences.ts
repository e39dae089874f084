/**
 * Splits pasted Japanese text into sentences for "Explain this text".
 *
 * Pasted text comes in three shapes, and the rules (declared below, walked by a table test) handle each:
 * - a letter typed in: sentences end with 。！？, paragraphs with blank lines;
 * - an e-mail: short lines, each a heading, a list item or a sentence of its own;
 * - a PDF: lines cut at the column width in the middle of words, which must be joined again (Japanese has no
 *   spaces, so joining is plain concatenation).
 * Brackets are kept whole: 「…。」 quoted inside a sentence does not end it.
 */

/** Characters that end a sentence (the closing brackets and quotes right after them stay with it). */
export const SENTENCE_ENDS = '。．！？!?';
/** Closing brackets that stay with the sentence end before them. */
const CLOSERS = '」』）)】〕”’';
/** Bracket pairs inside which a sentence end does not split. */
export const BRACKETS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['〔', '〕'],
];
/**
 * Closing brackets that end a sentence when a sentence end comes right before them: a parenthesised sentence
 * （…してください。） stands alone, while a quote 「…。」 is usually followed by と and goes on.
 */
const ENDS_AFTER_CLOSE = '）)】〕';
/** Line endings that close a line as a unit of its own (a sentence end, a colon before a list, a closing bracket). */
const LINE_UNIT_ENDS = /[。．！？!?：:」』）)】]$/;
/** A line that starts a list item or a heading never continues the line before it. */
const ITEM_START = /^(?:[・●○◆◇■□※＊*\-－]|[0-9０-９]+[.．、)）]|[（(][0-9０-９]+[)）]|[①-⑳]|記$|以上$)/;

/** How long the longest sentence may be: the tokenizer's limit per text (protocol.ts TOKENIZE_LIMITS.chars). */
export const MAX_SENTENCE = 500;

/**
 * Whether a line break inside a paragraph was made by a PDF's column, not by the writer. A column cuts its lines at
 * one width, so a wrapped paragraph has several lines of (nearly) the same, greatest length; an e-mail's heading is
 * just one long line above a sentence, and is left alone.
 */
export interface WrapRule {
  /** The column is at least this many characters wide… */
  minWidth: number;
  /** …a line is full when it is at most this much shorter than the longest… */
  fullWithin: number;
  /** …and a paragraph is column-wrapped when at least this many full lines stop mid-sentence. */
  minFullLines: number;
}
export const WRAP_RULE: WrapRule = { minWidth: 16, fullWithin: 1, minFullLines: 2 };

/**
 * The sentences of a text, each trimmed, none empty, none longer than {@link MAX_SENTENCE} (a longer one is cut
 * after a 、 or, failing that, at the limit).
 * @example splitSentences('交付通知書が届きました。窓口へお越しください。') // ['交付通知書が届きました。', '窓口へお越しください。']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs(text)) {
    for (const unit of joinWrappedLines(paragraph)) {
      for (const sentence of splitUnit(unit)) out.push(...cutLong(sentence));
    }
  }
  return out;
}

/** Paragraphs: separated by blank lines; each a list of its lines, trimmed. */
function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/**
 * Joins the lines of a paragraph where a column cut them: in a column-wrapped paragraph, a full line that does not
 * end a sentence continues on the next one, unless that one starts a list item. Other line breaks are kept.
 */
export function joinWrappedLines(lines: readonly string[], rule: WrapRule = WRAP_RULE): string[] {
  const width = Math.max(...lines.map((line) => line.length));
  const isFull = (line: string) => line.length >= width - rule.fullWithin;
  // Full lines that stop mid-sentence: a column makes several; an e-mail's heading over a sentence makes one.
  const cut = lines.filter((line) => isFull(line) && !LINE_UNIT_ENDS.test(line)).length;
  const wrapped = width >= rule.minWidth && cut >= rule.minFullLines;
  const units: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current += line;
    const next = lines[i + 1];
    const continues =
      wrapped && next !== undefined && isFull(line) && !LINE_UNIT_ENDS.test(line) && !ITEM_START.test(next);
    if (!continues) {
      units.push(current);
      current = '';
    }
  });
  return units;
}

/**
 * Splits one unit after each sentence end that is outside brackets (closing brackets after it stay with it). A
 * bracket left open (a PDF lost its pair) does not hold the rest of the text together: then brackets are ignored.
 */
function splitUnit(unit: string, brackets = true): string[] {
  const out: string[] = [];
  const open: string[] = [];
  let start = 0;
  for (let i = 0; i < unit.length; i++) {
    const ch = unit[i]!;
    const pair = brackets ? BRACKETS.find(([o]) => o === ch) : undefined;
    if (pair) open.push(pair[1]);
    else if (open.length > 0 && ch === open[open.length - 1]) {
      open.pop();
      if (open.length === 0 && ENDS_AFTER_CLOSE.includes(ch) && SENTENCE_ENDS.includes(unit[i - 1] ?? '')) {
        out.push(unit.slice(start, i + 1));
        start = i + 1;
      }
    } else if (open.length === 0 && SENTENCE_ENDS.includes(ch)) {
      let end = i + 1;
      while (end < unit.length && (SENTENCE_ENDS.includes(unit[end]!) || CLOSERS.includes(unit[end]!))) end++;
      out.push(unit.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (open.length > 0) return splitUnit(unit, false);
  if (start < unit.length) out.push(unit.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Cuts a sentence longer than the limit after the last 、 or ， before it, else at the limit. */
function cutLong(sentence: string): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const window = rest.slice(0, MAX_SENTENCE);
    const comma = Math.max(window.lastIndexOf('、'), window.lastIndexOf('，'), window.lastIndexOf(','));
    const cut = comma > MAX_SENTENCE / 2 ? comma + 1 : MAX_SENTENCE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}
