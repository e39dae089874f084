/**
 * Checks of a value against the page's own rules (its {@link FieldFacts}: characters, length, hyphens, what a
 * password must contain), and the fitting of a converted value to those rules. They run beside a kind's checks and
 * need no kind: a field that says (数字4桁) is checked for four digits whatever it is.
 */
import { charsMatching, fullwidthAsciiProblem, MAX_VALUE_LENGTH, quote, type Problem } from './checks.ts';
import { toHalfwidthAlnum } from '../text/kana.ts';
import { parseWesternDate } from './era.ts';
import type { DateFormat, FieldFacts } from './facts.ts';

const SEPARATORS = /[\s\-ー−‐－]/g;

/** Characters each charset refuses (after NFKC), and the message that names them. */
const CHARSET_REFUSES: Record<string, [RegExp, Problem['code'], Problem['message']]> = {
  // Digits fields take separators a user types (1,200,000; 03-1234; 80.5): the count and hyphen rules judge them.
  digits: [/[^0-9\s\-ー−‐－.,]/, 'not-digits', 'check.notDigits'],
  katakana: [/[^\u30a1-\u30f6\u30fc\u30fb\u30fd\u30fe\uff66-\uff9f \u3000]/u, 'not-katakana', 'check.notKatakana'],
  hiragana: [/[^\u3041-\u3096\u309d\u309e\u30fc \u3000]/u, 'not-katakana', 'check.notHiragana'],
  alnum: [/[^A-Za-z0-9]/, 'not-alnum', 'check.notAlnum'],
  alphabet: [/[^A-Za-z \u3000]/, 'not-alphabet', 'check.notAlphabetOnly'],
  ascii: [/[^\x20-\x7e]/, 'not-halfwidth', 'check.notAscii'],
};

/**
 * What is wrong with a value by the page's rules. Never called for a secret field (the caller decides that when it
 * would read the value). Values over {@link MAX_VALUE_LENGTH} are not looked at.
 * @example checkFacts('12ab', { charset: 'digits', length: 4 }) → [{ code: 'not-digits', … }]
 */
export function checkFacts(value: string, facts: FieldFacts): Problem[] {
  if (value.length > MAX_VALUE_LENGTH || value.trim() === '') return [];
  const out: Problem[] = [];
  const narrow = value.normalize('NFKC');
  const refuse = facts.charset ? CHARSET_REFUSES[facts.charset] : undefined;
  // Katakana are checked on the value as typed: NFKC would turn half-width ｶﾅ into カナ and hide them.
  const bad = refuse ? charsMatching(facts.charset === 'katakana' ? value : narrow, refuse[0]) : [];
  if (refuse && bad.length > 0) {
    const params = { chars: quote(bad), count: bad.length };
    out.push({ code: refuse[1], severity: 'error', message: refuse[2], params, chars: bad });
  }
  if (facts.width === 'half' || facts.charset === 'digits' || facts.charset === 'alnum') {
    out.push(...fullwidthAsciiProblem(value, facts.width === 'half' ? 'error' : 'warning'));
  }
  const hasSeparators = /[-ー−‐－]/.test(narrow);
  if (facts.hyphen === 'none' && hasSeparators && facts.charset !== 'katakana') {
    out.push({ code: 'separators', severity: 'error', message: 'check.noHyphen', fix: 'strip-separators' });
  }
  // Lengths count what the page counts: digits without separators when the page says no hyphens.
  const counted = facts.hyphen === 'none' || facts.charset === 'digits' ? narrow.replace(SEPARATORS, '') : value;
  const length = [...counted].length;
  if (facts.length !== undefined && length !== facts.length) {
    out.push({
      code: 'digit-count',
      severity: 'error',
      message: 'check.exactLength',
      params: { length: facts.length, count: length },
    });
  }
  if (facts.minLength !== undefined && length < facts.minLength) {
    out.push({
      code: 'too-short',
      severity: 'error',
      message: 'check.tooShort',
      params: { min: facts.minLength, count: length },
    });
  }
  if (facts.maxLength !== undefined && [...value].length > facts.maxLength) {
    const fits = [...value.replace(SEPARATORS, '')].length <= facts.maxLength;
    const params = { limit: facts.maxLength, count: [...value].length };
    out.push({
      code: 'too-long',
      severity: 'error',
      message: 'check.tooLong',
      params,
      ...(fits ? { fix: 'strip-separators' as const } : {}),
    });
  }
  if (facts.uppercase && /[a-z]/.test(narrow)) {
    out.push({ code: 'lowercase', severity: 'error', message: 'check.uppercase', fix: 'to-uppercase' });
  }
  for (const need of facts.mustContain ?? []) {
    if (!MUST[need].test(narrow))
      out.push({ code: 'missing-char', severity: 'error', message: `check.missing.${need}` as const });
  }
  return out;
}

const MUST = {
  letter: /[A-Za-z]/,
  digit: /[0-9]/,
  lower: /[a-z]/,
  upper: /[A-Z]/,
  symbol: /[!-/:-@[-`{-~]/,
} as const;

/** A western date written in a page's date format. */
function formatDate(value: string, format: DateFormat): string | null {
  const date = parseWesternDate(value);
  if (!date) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const { year, month, day } = date;
  if (format === 'YYYYMM') return month === undefined ? null : `${year}${pad(month)}`;
  if (month === undefined || day === undefined) return null;
  const sep = format === 'YYYYMMDD' ? '' : format === 'YYYY/MM/DD' ? '/' : '-';
  return `${year}${sep}${pad(month)}${sep}${pad(day)}`;
}

/**
 * A converted value made to fit the page's rules, or null when no value the field accepts exists (平成2年 cannot go
 * into a digits-only box; the tooltip then says what to type instead).
 * @example fitToFacts('100-0001', { charset: 'digits', maxLength: 7 }) // '1000001'
 * @example fitToFacts('1990-04-01', { dateFormat: 'YYYYMMDD' }) // '19900401'
 * @example fitToFacts('平成2年', { charset: 'digits' }) // null
 */
export function fitToFacts(value: string, facts: FieldFacts): string | null {
  let out = value;
  if (facts.dateFormat) {
    const dated = formatDate(out, facts.dateFormat);
    if (dated === null) return null;
    out = dated;
  }
  const half =
    facts.width === 'half' || ['digits', 'alnum', 'ascii', 'alphabet', 'email'].includes(facts.charset ?? '');
  if (half) out = toHalfwidthAlnum(out);
  if (facts.uppercase) out = out.toUpperCase();
  // Thousands separators are not digits (１，２００，０００ → 1200000).
  if (facts.charset === 'digits') out = out.replace(/[,，]/g, '');
  // A full-width field takes a full-width space between the parts of a name.
  if (facts.width === 'full' || (facts.charset === 'katakana' && facts.width !== 'half'))
    out = out.replace(/ /g, '\u3000');
  if (facts.spaces === 'none') out = out.replace(/[ \u3000]/g, '');
  const tooLong = (text: string) =>
    (facts.maxLength !== undefined && [...text].length > facts.maxLength) ||
    (facts.length !== undefined && [...text].length > facts.length);
  // No hyphens asked for, or a hyphen is what does not fit (100-0001 in a 7-character box): drop separators.
  if (facts.hyphen === 'none' || (facts.hyphen !== 'required' && tooLong(out) && facts.charset !== 'katakana')) {
    out = out.replace(SEPARATORS, '');
  }
  if (tooLong(out)) return null;
  if (facts.charset && CHARSET_REFUSES[facts.charset]?.[0].test(out.normalize('NFKC'))) return null;
  return out;
}
