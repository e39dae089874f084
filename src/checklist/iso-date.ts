/**
 * Calendar dates as ISO strings ('YYYY-MM-DD') with exact, time-zone-free arithmetic.
 *
 * Why not `Date`: a `Date` is an instant, and turning one into a calendar day depends on the time zone of the
 * machine (a card that expires on 2030-05-10 in Tokyo must not expire on 2030-05-09 on a laptop set to New York).
 * Every rule here is about calendar days, so the arithmetic is done on day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar), which need no time zone at all.
 */

/** A calendar date written 'YYYY-MM-DD' (four-digit year). Only strings that pass {@link isIsoDate} are valid. */
export type IsoDate = string;

/** The parts of a date: month 1–12, day 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year has 29 February (Gregorian rule).
 * @example isLeapYear(2024) === true; isLeapYear(2100) === false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1–12) of a year.
 * @example daysInMonth(2025, 2) === 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a valid ISO date into its parts; undefined for anything else (wrong format or a day that does not exist).
 * @example parseIsoDate('2024-02-29') → { year: 2024, month: 2, day: 29 }; parseIsoDate('2025-02-29') → undefined
 */
export function parseIsoDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is a valid ISO calendar date.
 * @example isIsoDate('2030-05-10') === true; isIsoDate('2030-5-10') === false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

/**
 * Parses a date that the caller promises is valid; throws a RangeError naming the argument otherwise.
 * @example requireIsoDate('2030-05-10', 'issueDate').year === 2030
 */
export function requireIsoDate(value: unknown, name: string): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`${name} must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})`);
  return parts;
}

/**
 * Writes date parts as an ISO string. The parts must form a real date.
 * @example formatIsoDate({ year: 2030, month: 5, day: 1 }) === '2030-05-01'
 */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil, exact for every Gregorian date.
 * @example toDayNumber('1970-01-02') === 1
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = requireIsoDate(date, 'date');
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The ISO date of a day number (the inverse of {@link toDayNumber}).
 * @example fromDayNumber(0) === '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/**
 * Adds (or, with a negative count, subtracts) calendar days.
 * @example addDays('2024-02-28', 1) === '2024-02-29'; addDays('2030-05-10', -30) === '2030-04-10'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 * @example daysBetween('2030-05-01', '2030-05-10') === 9
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Moves a date by whole months, keeping the day of the month; when that day does not exist in the target month
 * the result is the last day of that month (the rule 民法143条2項 uses for periods counted in months).
 * @example addMonthsClamped('2030-05-31', -3) === '2030-02-28'; addMonthsClamped('2030-05-10', -3) === '2030-02-10'
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireIsoDate(date, 'date');
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * The earlier of two or more dates. ISO strings with four-digit years sort like the dates they name.
 * @example minDate('2030-05-10', '2029-12-31') === '2029-12-31'
 */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((a, b) => (b < a ? b : a), first);
}
