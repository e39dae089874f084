/**
 * The tooltip's one "Enter: …" line: what a field accepts (its facts: the page's own rules first, the kind's
 * template where the page is silent), said in the user's language through the catalogue, part by part.
 */
import type { FieldFacts } from '@/src/hints/facts';
import type { MessageCode } from '@/src/i18n/catalogue';
import { EN_MESSAGES } from '@/src/i18n/messages/en';
import type { Shown } from './tooltip-model';
import { shown, type Texts } from './texts';

/** What the Enter line knows beside the facts: the box of a split number, the field's kind, an era list beside it. */
export interface EnterExtra {
  part?: { index: number; count: number };
  kind?: string;
  eraList?: boolean;
  /** Which part of a split date the box is. */
  datePart?: 'year' | 'month' | 'day';
}

/** How many boxes a split number of a kind has when its parts have names of their own. */
const PART_COUNTS: Record<string, number> = { phone: 3, 'postal-code': 2 };

/** How each date format looks, as an example. */
const DATE_EXAMPLES: Record<string, string> = {
  YYYYMMDD: '19900401',
  'YYYY/MM/DD': '1990/04/01',
  'YYYY-MM-DD': '1990-04-01',
  YYYYMM: '199004',
};

/** The words for the characters a field takes. */
function charsetCode(facts: FieldFacts): MessageCode | undefined {
  const half = facts.width === 'half';
  const full = facts.width === 'full';
  switch (facts.charset) {
    case 'katakana':
      return half ? 'enter.katakanaHalf' : 'enter.katakana';
    case 'hiragana':
      return 'enter.hiragana';
    case 'digits':
      return full ? 'enter.digitsFull' : 'enter.digits';
    case 'alnum':
      return facts.uppercase ? 'enter.alnumUpper' : 'enter.alnum';
    case 'alphabet':
      return facts.uppercase ? 'enter.alphabetUpper' : 'enter.alphabet';
    case 'email':
      return 'enter.email';
    case 'ascii':
      return 'enter.ascii';
    default:
      return full ? 'enter.fullwidth' : half ? 'enter.halfwidth' : undefined;
  }
}

/**
 * The parts of the Enter line, in a fixed order: characters, length, hyphens and spaces, calendar and format, what
 * a password must contain, the box of a split number, the era list, the page's example, required.
 */
export function enterParts(facts: FieldFacts, texts: Texts, extra: EnterExtra = {}): string[] {
  const t = (code: MessageCode, params?: Record<string, string | number>) => texts.catalogue.t(code, params);
  const parts: string[] = [];
  const charset = charsetCode(facts);
  if (charset) parts.push(t(charset));
  const digits = facts.charset === 'digits';
  if (facts.length !== undefined)
    parts.push(t(digits ? 'enter.digitCount' : 'enter.charCount', { count: facts.length }));
  else if (facts.minLength !== undefined && facts.maxLength !== undefined)
    parts.push(t(digits ? 'enter.rangeDigits' : 'enter.range', { min: facts.minLength, max: facts.maxLength }));
  else if (facts.maxLength !== undefined)
    parts.push(t(digits ? 'enter.maxDigits' : 'enter.max', { count: facts.maxLength }));
  else if (facts.minLength !== undefined) parts.push(t('enter.min', { count: facts.minLength }));
  if (facts.hyphen === 'none') parts.push(t('enter.noHyphen'));
  if (facts.hyphen === 'required') parts.push(t('enter.withHyphen'));
  if (facts.spaces === 'none') parts.push(t('enter.noSpaces'));
  if (facts.spaces === 'between') parts.push(t('enter.spaceBetween'));
  if (facts.spaces === 'separated') parts.push(t('enter.spaceSeparated'));
  if (facts.dateFormat) {
    const example = DATE_EXAMPLES[facts.dateFormat] ?? '';
    parts.push(t('enter.dateFormat', { format: facts.dateFormat, example }));
  } else if (facts.calendar === 'western') parts.push(t('enter.western'));
  else if (facts.calendar === 'era') parts.push(t('enter.era'));
  for (const need of facts.mustContain ?? []) parts.push(t(`enter.contain.${need}`));
  if (facts.unit) parts.push(t(`enter.unit.${facts.unit}`));
  if (facts.zeroPad) parts.push(t('enter.zeroPad'));
  if (facts.combined) parts.push(t('enter.combined'));
  if (facts.negative === 'minus') parts.push(t('enter.negativeMinus'));
  if (facts.negative === 'triangle') parts.push(t('enter.negativeTriangle'));
  if (facts.ifUnknown) parts.push(t('enter.ifUnknown', { value: facts.ifUnknown }));
  if (facts.fileType) parts.push(t('enter.fileType', { type: facts.fileType }));
  if (facts.fileSize) parts.push(t('enter.fileSize', { size: facts.fileSize }));
  if (extra.datePart && !(extra.datePart === 'year' && extra.eraList)) {
    // A date split over boxes: this box's part (the era list's year line says it for the year).
    parts.push(t(`enter.part.date.${extra.datePart}`));
  } else if (extra.part) {
    // The parts of a phone number or postal code have names of their own; other split numbers say which box.
    const named = `enter.part.${extra.kind ?? ''}.${extra.part.index}`;
    const known = extra.part.count === PART_COUNTS[extra.kind ?? ''] && Object.hasOwn(EN_MESSAGES, named);
    parts.push(known ? t(named as MessageCode) : t('enter.part', { n: extra.part.index, total: extra.part.count }));
  }
  if (extra.eraList) parts.push(t('enter.eraYear'));
  if (facts.example) parts.push(t('enter.example', { example: facts.example }));
  if (facts.required) parts.push(t('enter.required'));
  return parts;
}

/**
 * The Enter line, or undefined when nothing is known.
 * @example enterLine({ charset: 'katakana', maxLength: 11 }, texts)?.text // 'Enter: full-width katakana, at most 11 characters'
 */
export function enterLine(facts: FieldFacts, texts: Texts, extra?: EnterExtra): Shown | undefined {
  const parts = enterParts(facts, texts, extra);
  if (parts.length === 0) return undefined;
  return shown(texts, 'tooltip.enter', { what: parts.join(texts.catalogue.t('enter.separator')) });
}
