/**
 * Local checks of a field's value, run when the user leaves the field: never blocking, never stored, English
 * messages with a stable code the tooltip can translate, and the conversion that fixes the problem if there is one.
 *
 * PINs and passwords have no check. That is a property of the types, not a convention: `checkValue` takes a
 * {@link CheckableKind}, which excludes every SecretKind, and the table of checkers below is a
 * `Record<CheckableKind, …>`, so there is nowhere to put a PIN check.
 */

import {
  ERAS,
  eraDateFault,
  formatEraDate,
  formatEraYear,
  isValidDate,
  lastEraYear,
  parseEraDate,
  parseWesternDate,
  westernToEraDate,
  westernYearToEras,
} from './era.ts';
import { JIS_LOOKALIKES, isAccepted } from './jis-x0208.ts';
import type { ConversionId } from './convert.ts';
import { isSecretKind, type CheckableKind } from './types.ts';

export type ProblemCode =
  | 'halfwidth-katakana'
  | 'hiragana'
  | 'romaji'
  | 'not-katakana'
  | 'not-jis'
  | 'not-fullwidth'
  | 'not-halfwidth'
  | 'not-alnum'
  | 'not-alphabet'
  | 'not-digits'
  | 'separators'
  | 'digit-count'
  | 'check-digit'
  | 'phone-international'
  | 'phone-format'
  | 'email-format'
  | 'era-year'
  | 'era-date'
  | 'era-unsupported'
  | 'invalid-date'
  | 'western-date'
  | 'too-long';

/** One thing that is (or may be) wrong with a value. */
export interface Problem {
  code: ProblemCode;
  /** error: the systems will refuse it; warning: probably wrong; info: a tip (e.g. the era of a western year). */
  severity: 'error' | 'warning' | 'info';
  /** English; the tooltip may translate by `code`. */
  message: string;
  /** The conversion that fixes it, to offer as a button. */
  fix?: ConversionId;
  /** The offending characters, when the problem is about characters. */
  chars?: string[];
}

const HALF_KANA = /[\uff61-\uff9f]/;
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/;
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;
const FULLWIDTH_ASCII = /[\uff01-\uff5e\u3000]/;
const quote = (chars: string[]) => chars.map((c) => `「${c}」`).join(' ');

/** Characters of `text` matching `re`, distinct, in order. */
function charsMatching(text: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const ch of text) if (re.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/** Half-width katakana and other characters outside JIS X 0208, which the systems reject. */
function jisProblems(value: string, halfKanaFix: ConversionId): Problem[] {
  const out: Problem[] = [];
  const half = charsMatching(value, HALF_KANA);
  if (half.length > 0) {
    out.push({
      code: 'halfwidth-katakana',
      severity: 'error',
      message: 'Half-width katakana (ｶﾅ) are rejected: use full-width katakana (カナ).',
      fix: halfKanaFix,
      chars: half,
    });
  }
  const rejected: string[] = [];
  for (const ch of value) if (!isAccepted(ch) && !HALF_KANA.test(ch) && !rejected.includes(ch)) rejected.push(ch);
  if (rejected.length > 0) {
    const swaps = rejected.filter((c) => JIS_LOOKALIKES[c]).map((c) => `${c} → ${JIS_LOOKALIKES[c]}`);
    out.push({
      code: 'not-jis',
      severity: 'error',
      message:
        `The government systems do not accept ${quote(rejected)} (outside JIS X 0208).` +
        (swaps.length > 0 ? ` Use ${swaps.join(', ')} if that is how it is registered.` : ''),
      ...(swaps.length > 0 ? { fix: 'replace-lookalikes' as const } : {}),
      chars: rejected,
    });
  }
  return out;
}

function katakanaProblems(value: string): Problem[] {
  const out = jisProblems(value, 'to-katakana');
  const hira = charsMatching(value, HIRAGANA);
  if (hira.length > 0) {
    const message = 'This field takes katakana, not hiragana.';
    out.push({ code: 'hiragana', severity: 'error', message, fix: 'to-katakana', chars: hira });
  }
  if (LATIN.test(value)) {
    const message = 'This field takes the reading in katakana, not the alphabet.';
    out.push({ code: 'romaji', severity: 'error', message, fix: 'romaji-to-katakana' });
  }
  // What is left that is neither katakana nor a separator: kanji, digits, symbols.
  const other = charsMatching(value, /[^\u30a1-\u30f6\u30fc\u30fb\u30fd\u30fe \u3000]/u).filter(
    (c) => isAccepted(c) && !HIRAGANA.test(c) && !LATIN.test(c),
  );
  if (other.length > 0) {
    const message = `Only katakana go here: ${quote(other)} ${other.length > 1 ? 'are' : 'is'} not katakana.`;
    out.push({ code: 'not-katakana', severity: 'error', message, chars: other });
  }
  return out;
}

function fullwidthProblems(value: string): Problem[] {
  const out = jisProblems(value, 'to-fullwidth');
  const ascii = charsMatching(value, /[\u0020-\u007e]/);
  if (ascii.length > 0) {
    const message =
      'This field takes full-width characters (ＡＢＣ１２３): half-width letters, digits or spaces are in it.';
    out.push({ code: 'not-fullwidth', severity: 'error', message, fix: 'to-fullwidth', chars: ascii });
  }
  return out;
}

/** Full-width letters or digits where half-width are expected (a warning: many forms convert them). */
function fullwidthAsciiProblem(value: string, severity: Problem['severity'] = 'warning'): Problem[] {
  const wide = charsMatching(value, FULLWIDTH_ASCII);
  if (wide.length === 0) return [];
  const message = 'Use half-width characters (ABC 123), not full-width (ＡＢＣ１２３).';
  return [{ code: 'not-halfwidth', severity, message, fix: 'to-halfwidth', chars: wide }];
}

/** Digits fields: half-width digits only, optionally separated, with a fixed count. */
function digitProblems(value: string, what: string, expected?: number, checkDigit = false): Problem[] {
  const out = fullwidthAsciiProblem(value);
  const narrow = value.normalize('NFKC');
  const bad = charsMatching(narrow, /[^0-9\s\-ー−‐]/);
  if (bad.length > 0) {
    const message = `${what} is made of digits only: ${quote(bad)} ${bad.length > 1 ? 'are' : 'is'} not a digit.`;
    out.push({ code: 'not-digits', severity: 'error', message, chars: bad });
  } else if (/[\s\-ー−‐]/.test(narrow)) {
    const message = `Enter ${what} as digits only, without spaces or hyphens.`;
    out.push({ code: 'separators', severity: 'warning', message, fix: 'strip-separators' });
  }
  const digits = narrow.replace(/\D/g, '');
  // With a non-digit in it the count says nothing more: "X" was probably meant as a digit.
  if (bad.length > 0) return out;
  if (expected !== undefined && digits.length > 0 && digits.length !== expected) {
    const message = `${what} has ${expected} digits; this has ${digits.length}.`;
    out.push({ code: 'digit-count', severity: 'error', message });
  } else if (checkDigit && !isValidMyNumber(digits)) {
    const message =
      'This is not a valid My Number: the last digit (check digit) does not match, so a digit is probably mistyped.';
    out.push({ code: 'check-digit', severity: 'error', message });
  }
  return out;
}

/**
 * The My Number check digit of the first 11 digits (../shared/FACTS.md, "Form conventions"; 総務省令 第5条):
 * P1..P11 are the digits from the right, Qn = n + 1 (n ≤ 6) or n − 5 (n ≥ 7), r = Σ Pn·Qn mod 11, and the check
 * digit is 0 when r ≤ 1, else 11 − r.
 * @example myNumberCheckDigit('12345678901') === 8
 */
export function myNumberCheckDigit(first11: string): number {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('myNumberCheckDigit needs exactly 11 digits');
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(first11[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

/**
 * True for 12 digits whose last is the check digit of the first 11.
 * @example isValidMyNumber('123456789018') === true; isValidMyNumber('123456789019') === false
 */
export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

function postalProblems(value: string, limit?: number): Problem[] {
  // A split postal code (3 + 4 fields, e.g. the 作成コーナー's consumption-tax screen) shows as a maxlength of 3 or 4.
  const part = limit === 3 || limit === 4 ? limit : undefined;
  // NNN-NNNN is the usual way to write it (FACTS.md), so a hyphen is not a problem; spaces are.
  return digitProblems(value, part ? 'This part of the postal code' : 'A postal code', part ?? 7).filter(
    (p) => !(p.code === 'separators' && !/\s/.test(value.trim())),
  );
}

function phoneProblems(value: string, limit?: number): Problem[] {
  const narrow = value.normalize('NFKC').trim();
  if (/^\+\s*81/.test(narrow)) {
    const message = 'Write the number as dialled in Japan: 0 instead of +81 (+81 90-1234-5678 → 090-1234-5678).';
    return [{ code: 'phone-international', severity: 'error', message }];
  }
  const out = fullwidthAsciiProblem(value);
  const bad = charsMatching(narrow, /[^0-9\s\-ー−‐()]/);
  if (bad.length > 0) {
    const message = `A phone number is made of digits and hyphens: ${quote(bad)} do not belong in it.`;
    out.push({ code: 'not-digits', severity: 'error', message, chars: bad });
  }
  const digits = narrow.replace(/\D/g, '');
  // A field of 5 or fewer characters, or 5 or fewer digits typed, is one part of a split number.
  const isPart = (limit !== undefined && limit <= 5) || (limit === undefined && digits.length <= 5);
  if (!isPart && digits.length > 0 && (digits.length < 10 || digits.length > 11)) {
    const message = `A Japanese phone number has 10 or 11 digits including the first 0; this has ${digits.length}.`;
    out.push({ code: 'digit-count', severity: 'error', message });
  } else if (!isPart && digits.length > 0 && !digits.startsWith('0')) {
    const message = 'A Japanese phone number starts with 0 (e.g. 03-…, 090-…).';
    out.push({ code: 'phone-format', severity: 'warning', message });
  }
  return out;
}

function emailProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value, 'error');
  const narrow = value.normalize('NFKC').trim();
  if (!/^[\x21-\x7e]+@[\x21-\x7e]+\.[A-Za-z0-9-]+$/.test(narrow) || (narrow.match(/@/g) ?? []).length !== 1) {
    const message = 'This does not look like an e-mail address (name@example.jp), in half-width characters.';
    out.push({ code: 'email-format', severity: 'error', message });
  }
  return out;
}

/** Era dates and years: does the era year (and day) exist? A western date gets its era as a tip. */
function eraProblems(value: string, yearOnly: boolean): Problem[] {
  const text = value.normalize('NFKC').trim();
  const era = parseEraDate(text);
  if (era) {
    const fault = eraDateFault(era);
    if (!fault) return [];
    if (fault === 'era-unsupported' || era.era === '明治') {
      const message = 'Tebiki converts dates from 大正 (1912) on; check 明治 dates against the form’s own list.';
      return [{ code: 'era-unsupported', severity: 'info', message }];
    }
    if (fault === 'invalid-date')
      return [{ code: 'invalid-date', severity: 'error', message: 'That day does not exist.' }];
    const last = lastEraYear(era.era);
    const message =
      fault === 'era-year'
        ? era.year < 1
          ? `${era.era} starts at year 1, written 元年.`
          : `${era.era} has no year ${era.year}: it ended in ${era.era}${last}年${nextEraHint(era.era, era.year)}.`
        : `That day is not in ${era.era}: ${era.era} runs ${eraSpan(era.era)}.`;
    return [{ code: fault, severity: 'error', message }];
  }
  const western = parseWesternDate(text);
  if (western && western.year >= 1000) {
    const { year, month, day } = western;
    if (month !== undefined && day !== undefined && !isValidDate({ year, month, day })) {
      return [{ code: 'invalid-date', severity: 'error', message: 'That day does not exist.' }];
    }
    const date = month !== undefined && day !== undefined ? westernToEraDate({ year, month, day }) : null;
    const eras = date ? formatEraDate(date) : westernYearToEras(year).map(formatEraYear).join(' / ');
    if (!eras) return [];
    const message = `Japanese forms often want the era: ${text} = ${eras}.`;
    return [{ code: 'western-date', severity: 'info', message, fix: 'western-to-era' }];
  }
  if (yearOnly && !/^\d{1,2}$/.test(text)) {
    return [{ code: 'not-digits', severity: 'error', message: 'Enter the year as a number (e.g. 7 for 令和7年).' }];
  }
  return [];
}

/** ", which is 令和2年" for a 平成 year past the end, so the user sees what they meant. */
function nextEraHint(era: string, year: number): string {
  const offset = ERAS.find((e) => e.name === era)?.offset;
  if (offset === undefined) return '';
  const western = offset + year;
  const now = westernYearToEras(western).at(-1);
  return now ? `; ${western} is ${formatEraYear(now)}` : '';
}

function eraSpan(era: string): string {
  const spans: Record<string, string> = {
    令和: 'from 2019-05-01 (令和元年5月1日)',
    平成: '1989-01-08 to 2019-04-30 (平成31年4月30日)',
    昭和: '1926-12-25 to 1989-01-07 (昭和64年1月7日)',
    大正: '1912-07-30 to 1926-12-24 (大正15年12月24日)',
  };
  return spans[era] ?? '';
}

function alphabetProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value, 'error');
  const japanese = charsMatching(value, /[\u3040-\u30ff\u4e00-\u9fff\uff61-\uff9f]/);
  if (japanese.length > 0) {
    const message = 'Write the name in the alphabet, exactly as on your residence card.';
    out.push({ code: 'not-alphabet', severity: 'error', message, chars: japanese });
  }
  const accented = charsMatching(value.normalize('NFC'), /[\u00c0-\u024f\u1e00-\u1eff]/);
  if (accented.length > 0) {
    const message = `The systems take A–Z only: write ${quote(accented)} as on your residence card (usually without the accent).`;
    out.push({ code: 'not-jis', severity: 'error', message, chars: accented });
  }
  return out;
}

/** Kinds whose value is a number, where spaces and hyphens are only separators. */
const NUMBER_KINDS: ReadonlySet<CheckableKind> = new Set([
  'postal-code',
  'phone',
  'my-number',
  'etax-user-id',
  'card-application-id',
  'account-number',
] as const);

/** The checks of each checkable kind. A Record over CheckableKind: a PIN kind has no entry and cannot get one. */
const CHECKS: Readonly<Record<CheckableKind, (value: string, limit?: number) => Problem[]>> = {
  katakana: katakanaProblems,
  'account-holder-kana': katakanaProblems,
  fullwidth: fullwidthProblems,
  'halfwidth-alnum': (v) => {
    const out = fullwidthAsciiProblem(v, 'error');
    const bad = charsMatching(v.normalize('NFKC'), /[^A-Za-z0-9]/);
    const message = `Only letters A–Z and digits 0–9 go here: ${quote(bad)} ${bad.length > 1 ? 'are' : 'is'} neither.`;
    if (bad.length > 0) out.push({ code: 'not-alnum', severity: 'error', message, chars: bad });
    return out;
  },
  'postal-code': postalProblems,
  phone: phoneProblems,
  email: emailProblems,
  'era-date': (v) => eraProblems(v, false),
  year: (v) => eraProblems(v, true),
  yen: (v) => {
    const out = fullwidthAsciiProblem(v);
    const bad = charsMatching(v.normalize('NFKC').replace(/^[-△▲]/, ''), /[^0-9,]/);
    const message = `Enter whole yen in digits, without ¥, 円 or a decimal point: ${quote(bad)}.`;
    if (bad.length > 0) out.push({ code: 'not-digits', severity: 'error', message, chars: bad });
    return out;
  },
  'my-number': (v) => digitProblems(v, 'A My Number', 12, true),
  'etax-user-id': (v) => digitProblems(v, 'An e-Tax user ID (利用者識別番号)', 16),
  'card-application-id': (v) => digitProblems(v, 'An application ID (申請書ID)', 23),
  'account-number': (v) => digitProblems(v, 'An account number'),
  'alphabet-name': alphabetProblems,
  'alias-name': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  'name-order': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  'head-of-household': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  'address-block': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  building: (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  relationship: (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  'bank-name': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
  'bank-branch': (v) => jisProblems(v, 'halfwidth-kana-to-fullwidth'),
};

/**
 * Checks a value against what its kind expects. An empty value has no problems (whether a field is required is
 * the page's business). `limit` is the maximum length from {@link inferFieldKind} (portal limit or maxlength).
 * @example checkValue('katakana', 'すみす') → [{ code: 'hiragana', severity: 'error', fix: 'to-katakana', … }]
 * @example checkValue('era-date', '平成32年') → [{ code: 'era-year', … }]
 */
export function checkValue(kind: CheckableKind, value: string, limit?: number): Problem[] {
  // Defence in depth for callers outside TypeScript: a PIN kind never gets as far as looking at the value.
  if (isSecretKind(kind) || !(kind in CHECKS)) return [];
  if (value.trim() === '') return [];
  const out = CHECKS[kind](value, limit);
  const length = [...value].length;
  if (limit !== undefined && limit > 0 && length > limit) {
    const message = `Too long: this field takes at most ${limit} characters; this has ${length}.`;
    // 100-0001 in the 作成コーナー's 7-character postal code field: the hyphen is what does not fit.
    const fits = NUMBER_KINDS.has(kind) && [...value.replace(/[\s\-ー−‐－]/g, '')].length <= limit;
    out.push({ code: 'too-long', severity: 'error', message, ...(fits ? { fix: 'strip-separators' as const } : {}) });
  }
  return out;
}
