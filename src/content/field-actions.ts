/**
 * What happens to a field's value, and only when the user acts: the check when they leave it (against its kind and
 * the page's own rules) and the conversion they clicked, which writes only a value the field accepts (the era to the
 * era list and the year number to a digits box; widths and hyphens by the field's rules). Values are read through
 * read-value.ts, which decides secrecy at that moment; a secret field is never read.
 */
import { checkValue, MAX_VALUE_LENGTH, type Problem } from '@/src/hints/checks';
import { convert, type ConversionId } from '@/src/hints/convert';
import { eraProblems } from '@/src/hints/check-dates';
import { parseEraDate } from '@/src/hints/era';
import { checkFacts, fitToFacts } from '@/src/hints/fact-checks';
import { isSecretKind, isFieldKind, type CheckableKind } from '@/src/hints/types';
import type { FormControl } from './controls';
import type { FieldUnderstanding } from './field-understanding';
import { readValue } from './read-value';

/** Digits of a whole number split over several boxes (マイナンバー 4-4-4 on the 作成コーナー). */
const SPLIT_LENGTHS: Partial<Record<string, number>> = {
  'my-number': 12,
  'etax-user-id': 16,
  'card-application-id': 23,
};

const checkableKind = (field: FieldUnderstanding): CheckableKind | undefined =>
  field.kind && isFieldKind(field.kind) && !isSecretKind(field.kind) && !field.isSecret ? field.kind : undefined;

/** Problems of both checks, each code once (the kind's first: its messages are the more specific). */
function merged(...lists: Problem[][]): Problem[] {
  const out: Problem[] = [];
  for (const p of lists.flat()) if (!out.some((q) => q.code === p.code)) out.push(p);
  return out;
}

/**
 * Checks the field's value when the user leaves it. Nothing for a secret field (its value is not read). A number
 * split over boxes is checked whole once every box is filled; a box alone only for its own rules.
 */
export function checkField(control: FormControl, field: FieldUnderstanding): Problem[] {
  const value = readValue(control, field.isSecret);
  if (value === null) return [];
  const kind = checkableKind(field);
  const limit = field.facts.maxLength ?? field.facts.length;
  const whole = kind ? SPLIT_LENGTHS[kind] : undefined;
  if (whole && field.boxes.length > 1 && limit !== undefined && limit < whole) {
    const values = field.boxes.map((box) => readValue(box, field.isSecret));
    if (values.every((v) => v !== null && v.trim() !== '')) return checkValue(kind!, values.join(''));
    return checkFacts(value, field.facts);
  }
  const own = kind ? checkValue(kind, value, limit) : [];
  const byPage = checkFacts(value, field.facts);
  // An era list beside a year box: does that era have this year (平成 + 32)?
  const era = field.eraSelect?.selectedOptions[0]?.text.trim();
  const year = value.normalize('NFKC').trim();
  const inEra =
    era && /^\d{1,2}$/.test(year) && /^(令和|平成|昭和|大正)$/.test(era) ? eraProblems(`${era}${year}年`, true) : [];
  return merged(own, byPage, inEra);
}

/** What a conversion did: the values written, the other candidates, or what to type when nothing fits. */
export type ConversionOutcome =
  { written: true; also: string[] } | { written: false; instead?: { value: string; era?: string; year?: string } };

/** Sets a value the way a user would: the native setter (frameworks track it), then input and change events. */
function write(control: FormControl, value: string): void {
  const proto = Object.getPrototypeOf(control) as object;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with `control` as `this` just below
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses the era in an era list (by its text or value), firing change; false when the list has no such era. */
function chooseEra(select: HTMLSelectElement, era: string): boolean {
  const option = Array.from(select.options).find((o) => o.text.includes(era) || o.value === era);
  if (!option) return false;
  if (select.value !== option.value) {
    select.value = option.value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return true;
}

/**
 * Runs a conversion the user clicked. Writes the first candidate the field accepts; with an era list beside a
 * digits box, the era goes to the list and the year number to the box (never 平成2年 into a digits box). When no
 * candidate fits, nothing is written and the outcome says what to type instead.
 */
export function applyConversion(control: FormControl, field: FieldUnderstanding, id: ConversionId): ConversionOutcome {
  if (!field.conversions.includes(id)) return { written: false };
  const value = readValue(control, field.isSecret);
  if (value === null || value.length > MAX_VALUE_LENGTH) return { written: false };
  // A date already western is still written in the page's format (1990/4/1 → 19900401): the value itself is the
  // candidate to fit.
  const converted = convert(id, value);
  const candidates = converted.length === 0 && id === 'format-date' ? [value] : converted;
  if (candidates.length === 0) return { written: false };
  if (
    (id === 'western-to-era' || id === 'era-to-list') &&
    field.eraSelect &&
    (field.facts.charset === 'digits' || (field.facts.maxLength ?? Infinity) <= 4)
  ) {
    const era = parseEraDate(candidates[candidates.length - 1]!);
    if (era && era.era !== '明治' && chooseEra(field.eraSelect, era.era)) {
      write(control, String(era.year));
      return { written: true, also: candidates.slice(0, -1) };
    }
  }
  for (const [i, candidate] of candidates.entries()) {
    const fitted = fitToFacts(candidate, field.facts);
    if (fitted === null) continue;
    if (fitted !== value) write(control, fitted);
    return { written: fitted !== value, also: candidates.filter((_, j) => j !== i) };
  }
  const era = parseEraDate(candidates[0]!);
  return era && era.era !== '明治'
    ? { written: false, instead: { value, era: era.era, year: String(era.year) } }
    : { written: false, instead: { value } };
}
