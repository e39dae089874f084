/**
 * Local checks of a field's value, run when the user leaves the field: never blocking, never stored, English
 * messages with a stable code the tooltip can translate, and the conversion that fixes the problem if there is one.
 *
 * PINs and passwords have no check. That is a property of the types, not a convention: `checkValue` takes a
 * {@link CheckableKind}, which excludes every SecretKind, and the table of checkers below is a
 * `Record<CheckableKind, …>`, so there is nowhere to put a PIN check.
 */

import { eraProblems, westernDateProblems } from './check-dates.ts';
import { JIS_LOOKALIKES, isAccepted } from './jis-x0208.ts';
import type { Catalogue, MessageCode } from '../i18n/catalogue.ts';
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
  | 'era-for-western'
  | 'missing-char'
  | 'lowercase'
  | 'too-short'
  | 'too-long';

/** One thing that is (or may be) wrong with a value. */
export interface Problem {
  code: ProblemCode;
  /** error: the systems will refuse it; warning: probably wrong; info: a tip (e.g. the era of a western year). */
  severity: 'error' | 'warning' | 'info';
  /** What the user reads: a catalogue code (src/i18n/messages/en.ts) and its parameters; see {@link problemText}. */
  message: CheckMessage;
  params?: Record<string, string | number>;
  /** The conversion that fixes it, to offer as a button. */
  fix?: ConversionId;
  /** The offending characters, when the problem is about characters. */
  chars?: string[];
}

/** The catalogue codes of the checks' messages. */
export type CheckMessage = Extract<MessageCode, `check.${string}`>;

/**
 * A problem's text in the catalogue's language.
 * @example problemText(checkValue('katakana', 'すみす')[0], createCatalogue('en')) // 'This field takes katakana, …'
 */
export function problemText(problem: Problem, catalogue: Pick<Catalogue, 't'>): string {
  return catalogue.t(problem.message, problem.params);
}

/**
 * Longest value any check or conversion looks at. No portal field takes more than a few hundred characters; a
 * hostile page can put 100 KB into one, and no regular expression should ever see that.
 */
export const MAX_VALUE_LENGTH = 1000;

const HALF_KANA = /[\uff61-\uff9f]/;
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/;
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;
const FULLWIDTH_ASCII = /[\uff01-\uff5e\u3000]/;
/** The characters a problem is about, as the message shows them: 「x」 「y」. */
export const quote = (chars: string[]) => chars.map((c) => `「${c}」`).join(' ');

/** Characters of `text` matching `re`, distinct, in order. */
export function charsMatching(text: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const ch of text) if (re.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/**
 * An error that names the offending characters: `{chars}` in its message, and `{count}` where the message says how
 * many.
 */
function charsError(code: ProblemCode, message: CheckMessage, chars: string[], withCount = false): Problem {
  const params: Record<string, string | number> = withCount
    ? { chars: quote(chars), count: chars.length }
    : { chars: quote(chars) };
  return { code, severity: 'error', message, params, chars };
}

/** Half-width katakana and other characters outside JIS X 0208, which the systems reject. */
function jisProblems(value: string, halfKanaFix: ConversionId): Problem[] {
  const out: Problem[] = [];
  const half = charsMatching(value, HALF_KANA);
  if (half.length > 0) {
    out.push({
      code: 'halfwidth-katakana',
      severity: 'error',
      message: 'check.halfwidthKatakana',
      fix: halfKanaFix,
      chars: half,
    });
  }
  const rejected: string[] = [];
  for (const ch of value) if (!isAccepted(ch) && !HALF_KANA.test(ch) && !rejected.includes(ch)) rejected.push(ch);
  if (rejected.length > 0) {
    const swaps = rejected.filter((c) => Object.hasOwn(JIS_LOOKALIKES, c)).map((c) => `${c} → ${JIS_LOOKALIKES[c]}`);
    out.push({
      code: 'not-jis',
      severity: 'error',
      message: swaps.length > 0 ? 'check.notJisSwap' : 'check.notJis',
      params: { chars: quote(rejected), swaps: swaps.join(', ') },
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
    out.push({ code: 'hiragana', severity: 'error', message: 'check.hiragana', fix: 'to-katakana', chars: hira });
  }
  if (LATIN.test(value)) {
    out.push({ code: 'romaji', severity: 'error', message: 'check.romaji', fix: 'romaji-to-katakana' });
  }
  // What is left that is neither katakana nor a separator: kanji, digits, symbols.
  const other = charsMatching(value, /[^\u30a1-\u30f6\u30fc\u30fb\u30fd\u30fe \u3000]/u).filter(
    (c) => isAccepted(c) && !HIRAGANA.test(c) && !LATIN.test(c),
  );
  if (other.length > 0) out.push(charsError('not-katakana', 'check.notKatakana', other, true));
  return out;
}

function fullwidthProblems(value: string): Problem[] {
  const out = jisProblems(value, 'to-fullwidth');
  const ascii = charsMatching(value, /[\u0020-\u007e]/);
  if (ascii.length > 0) {
    out.push({
      code: 'not-fullwidth',
      severity: 'error',
      message: 'check.notFullwidth',
      fix: 'to-fullwidth',
      chars: ascii,
    });
  }
  return out;
}

/** Full-width letters or digits where half-width are expected (a warning: many forms convert them). */
export function fullwidthAsciiProblem(value: string, severity: Problem['severity'] = 'warning'): Problem[] {
  const wide = charsMatching(value, FULLWIDTH_ASCII);
  if (wide.length === 0) return [];
  return [{ code: 'not-halfwidth', severity, message: 'check.notHalfwidth', fix: 'to-halfwidth', chars: wide }];
}

/** Digits fields: half-width digits only, optionally separated, with a fixed count. */
function digitProblems(value: string, expected?: number, checkDigit = false): Problem[] {
  const out = fullwidthAsciiProblem(value);
  const narrow = value.normalize('NFKC');
  const bad = charsMatching(narrow, /[^0-9\s\-ー−‐]/);
  if (bad.length > 0) {
    out.push(charsError('not-digits', 'check.notDigits', bad, true));
  } else if (/[\s\-ー−‐]/.test(narrow)) {
    out.push({ code: 'separators', severity: 'warning', message: 'check.separators', fix: 'strip-separators' });
  }
  const digits = narrow.replace(/\D/g, '');
  // With a non-digit in it the count says nothing more: "X" was probably meant as a digit.
  if (bad.length > 0) return out;
  if (expected !== undefined && digits.length > 0 && digits.length !== expected) {
    const params = { expected, count: digits.length };
    out.push({ code: 'digit-count', severity: 'error', message: 'check.digitCount', params });
  } else if (checkDigit && !isValidMyNumber(digits)) {
    out.push({ code: 'check-digit', severity: 'error', message: 'check.checkDigit' });
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
  return digitProblems(value, part ?? 7).filter((p) => !(p.code === 'separators' && !/\s/.test(value.trim())));
}

function phoneProblems(value: string, limit?: number): Problem[] {
  const narrow = value.normalize('NFKC').trim();
  if (/^\+\s*81/.test(narrow)) {
    return [{ code: 'phone-international', severity: 'error', message: 'check.phoneInternational' }];
  }
  const out = fullwidthAsciiProblem(value);
  const bad = charsMatching(narrow, /[^0-9\s\-ー−‐()]/);
  if (bad.length > 0) out.push(charsError('not-digits', 'check.phoneChars', bad));
  const digits = narrow.replace(/\D/g, '');
  // A field of 5 or fewer characters, or 5 or fewer digits typed, is one part of a split number.
  const isPart = (limit !== undefined && limit <= 5) || (limit === undefined && digits.length <= 5);
  if (!isPart && digits.length > 0 && (digits.length < 10 || digits.length > 11)) {
    out.push({
      code: 'digit-count',
      severity: 'error',
      message: 'check.phoneDigitCount',
      params: { count: digits.length },
    });
  } else if (!isPart && digits.length > 0 && !digits.startsWith('0')) {
    out.push({ code: 'phone-format', severity: 'warning', message: 'check.phoneStart' });
  }
  return out;
}

/**
 * Whether a value looks like an e-mail address, without a regular expression that can backtrack: exactly one @,
 * printable ASCII on both sides, and a domain whose last dot has a name after it. Linear in the value's length.
 * @example looksLikeEmail('maria@example.jp') === true; looksLikeEmail('maria@example') === false
 */
export function looksLikeEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return false;
  const tld = domain.slice(dot + 1);
  return tld.length > 0 && /^[A-Za-z0-9-]+$/.test(tld);
}

function emailProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value, 'error');
  if (!looksLikeEmail(value.normalize('NFKC').trim())) {
    out.push({ code: 'email-format', severity: 'error', message: 'check.email' });
  }
  return out;
}

function alphabetProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value, 'error');
  const japanese = charsMatching(value, /[\u3040-\u30ff\u4e00-\u9fff\uff61-\uff9f]/);
  if (japanese.length > 0) {
    out.push({ code: 'not-alphabet', severity: 'error', message: 'check.notAlphabet', chars: japanese });
  }
  const accented = charsMatching(value.normalize('NFC'), /[\u00c0-\u024f\u1e00-\u1eff]/);
  if (accented.length > 0) out.push(charsError('not-jis', 'check.accented', accented));
  return out;
}

function alnumProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value, 'error');
  const bad = charsMatching(value.normalize('NFKC'), /[^A-Za-z0-9]/);
  if (bad.length > 0) out.push(charsError('not-alnum', 'check.notAlnum', bad, true));
  return out;
}

function yenProblems(value: string): Problem[] {
  const out = fullwidthAsciiProblem(value);
  const bad = charsMatching(value.normalize('NFKC').replace(/^[-△▲]/, ''), /[^0-9,]/);
  if (bad.length > 0) out.push(charsError('not-digits', 'check.yen', bad));
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

const jis = (v: string) => jisProblems(v, 'halfwidth-kana-to-fullwidth');

/** The checks of each checkable kind. A Record over CheckableKind: a PIN kind has no entry and cannot get one. */
const CHECKS: Readonly<Record<CheckableKind, (value: string, limit?: number) => Problem[]>> = {
  katakana: katakanaProblems,
  'account-holder-kana': katakanaProblems,
  fullwidth: fullwidthProblems,
  'halfwidth-alnum': alnumProblems,
  'postal-code': postalProblems,
  phone: phoneProblems,
  email: emailProblems,
  'era-date': (v) => eraProblems(v, false),
  'western-date': westernDateProblems,
  year: (v) => eraProblems(v, true),
  yen: yenProblems,
  'my-number': (v) => digitProblems(v, 12, true),
  'etax-user-id': (v) => digitProblems(v, 16),
  'card-application-id': (v) => digitProblems(v, 23),
  'account-number': (v) => digitProblems(v),
  'alphabet-name': alphabetProblems,
  'alias-name': jis,
  'name-order': jis,
  'head-of-household': jis,
  'address-block': jis,
  building: jis,
  relationship: jis,
  'bank-name': jis,
  'bank-branch': jis,
};

/** The "too long" problem, with the fix that drops separators when that is what does not fit. */
function tooLong(kind: CheckableKind | undefined, value: string, length: number, limit: number): Problem {
  // 100-0001 in the 作成コーナー's 7-character postal code field: the hyphen is what does not fit.
  const fits =
    kind !== undefined &&
    NUMBER_KINDS.has(kind) &&
    value.length <= MAX_VALUE_LENGTH &&
    [...value.replace(/[\s\-ー−‐－]/g, '')].length <= limit;
  const params = { limit, count: length };
  return {
    code: 'too-long',
    severity: 'error',
    message: 'check.tooLong',
    params,
    ...(fits ? { fix: 'strip-separators' as const } : {}),
  };
}

/**
 * Checks a value against what its kind expects. An empty value has no problems (whether a field is required is
 * the page's business). `limit` is the maximum length from {@link inferFieldKind} (portal limit or maxlength). A value
 * longer than {@link MAX_VALUE_LENGTH} is not looked at: it is only "too long" when the field has a limit.
 * @example checkValue('katakana', 'すみす') → [{ code: 'hiragana', severity: 'error', fix: 'to-katakana', … }]
 * @example checkValue('era-date', '平成32年') → [{ code: 'era-year', … }]
 */
export function checkValue(kind: CheckableKind, value: string, limit?: number): Problem[] {
  // Defence in depth for callers outside TypeScript: a PIN kind never gets as far as looking at the value.
  if (isSecretKind(kind) || !Object.hasOwn(CHECKS, kind)) return [];
  if (value.length > MAX_VALUE_LENGTH) {
    return limit !== undefined && limit > 0 ? [tooLong(kind, value, value.length, limit)] : [];
  }
  if (value.trim() === '') return [];
  const out = CHECKS[kind](value, limit);
  const length = [...value].length;
  if (limit !== undefined && limit > 0 && length > limit) out.push(tooLong(kind, value, length, limit));
  return out;
}

export { tooLong };
