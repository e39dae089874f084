/**
 * Japanese era (和暦) dates: conversion to and from the western calendar, exact at the era boundaries, and a
 * parser for the ways people write them (令和元年5月1日, R1.5.1, H31/4/30, full-width digits).
 *
 * Facts (../shared/FACTS.md, "Form conventions"; [G] 平成31年政令143号): 令和 from 2019-05-01, 平成 from
 * 1989-01-08, 昭和 from 1926-12-25, 大正 from 1912-07-30; year 1 is written 元年; western year = 令和N + 2018 =
 * 平成N + 1988 = 昭和N + 1925 = 大正N + 1911; abbreviations M/T/S/H/R (JIS X 0301).
 * 明治 is recognised but not converted: FACTS.md gives no start date for it, and before 1873 Japan used the lunar
 * calendar, so a day-exact conversion would need more than an offset.
 */

/** The eras Tebiki converts, newest first. */
export const ERAS = [
  { name: '令和', abbr: 'R', start: 20190501, offset: 2018 },
  { name: '平成', abbr: 'H', start: 19890108, offset: 1988 },
  { name: '昭和', abbr: 'S', start: 19261225, offset: 1925 },
  { name: '大正', abbr: 'T', start: 19120730, offset: 1911 },
] as const;

export type EraName = (typeof ERAS)[number]['name'];
/** A year of an era (year 1 = 元年). */
export interface EraYear {
  era: EraName;
  year: number;
}
/** A day in the era calendar. */
export interface EraDate extends EraYear {
  month: number;
  day: number;
}
/** A day in the western (Gregorian) calendar. */
export interface WesternDate {
  year: number;
  month: number;
  day: number;
}

type Era = (typeof ERAS)[number];
const key = (d: WesternDate) => d.year * 10000 + d.month * 100 + d.day;
const eraNamed = (name: string): Era | undefined => ERAS.find((e) => e.name === name);

/** A YYYYMMDD key as a date. */
const dayOf = (k: number): WesternDate => ({
  year: Math.floor(k / 10000),
  month: Math.floor(k / 100) % 100,
  day: k % 100,
});

/** The last day of an era (the day before the next began), as YYYYMMDD, or undefined for the current era. */
function eraEnd(era: Era): number | undefined {
  const i = ERAS.indexOf(era);
  if (i === 0) return undefined;
  const next = ERAS[i - 1]!.start;
  const d = new Date(Date.UTC(Math.floor(next / 10000), (Math.floor(next / 100) % 100) - 1, (next % 100) - 1));
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * The first and last day of an era (no last day for the current one).
 * @example eraRange('平成') → { start: { year: 1989, month: 1, day: 8 }, end: { year: 2019, month: 4, day: 30 } }
 */
export function eraRange(name: EraName): { start: WesternDate; end?: WesternDate } {
  const era = eraNamed(name)!;
  const end = eraEnd(era);
  return end === undefined ? { start: dayOf(era.start) } : { start: dayOf(era.start), end: dayOf(end) };
}

/**
 * True for a real day of the Gregorian calendar.
 * @example isValidDate({ year: 2024, month: 2, day: 29 }) === true
 */
export function isValidDate(d: WesternDate): boolean {
  if (![d.year, d.month, d.day].every(Number.isInteger) || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

/**
 * The last year of an era (昭和 → 64, 平成 → 31), or undefined for the current era.
 * @example lastEraYear('平成') === 31
 */
export function lastEraYear(era: EraName): number | undefined {
  const e = eraNamed(era)!;
  const end = eraEnd(e);
  return end === undefined ? undefined : Math.floor(end / 10000) - e.offset;
}

/**
 * The era date of a western date, or null before 大正 (1912-07-30) or for a day that does not exist.
 * @example westernToEraDate({ year: 2019, month: 5, day: 1 }) → { era: '令和', year: 1, month: 5, day: 1 }
 */
export function westernToEraDate(date: WesternDate): EraDate | null {
  if (!isValidDate(date)) return null;
  const era = ERAS.find((e) => key(date) >= e.start);
  return era ? { era: era.name, year: date.year - era.offset, month: date.month, day: date.day } : null;
}

/**
 * The western date of an era date, or null when that day is not in the era (平成31年5月1日 is 令和元年5月1日)
 * or does not exist.
 * @example eraDateToWestern({ era: '平成', year: 1, month: 1, day: 8 }) → { year: 1989, month: 1, day: 8 }
 */
export function eraDateToWestern(date: EraDate): WesternDate | null {
  const era = eraNamed(date.era);
  if (!era || !Number.isInteger(date.year) || date.year < 1) return null;
  const western = { year: date.year + era.offset, month: date.month, day: date.day };
  if (!isValidDate(western)) return null;
  const end = eraEnd(era);
  if (key(western) < era.start || (end !== undefined && key(western) > end)) return null;
  return western;
}

/**
 * The era years a western year falls in: one, or two in a year an era changed.
 * @example westernYearToEras(2019) → [{ era: '平成', year: 31 }, { era: '令和', year: 1 }]
 */
export function westernYearToEras(year: number): EraYear[] {
  if (!Number.isInteger(year)) return [];
  return [...ERAS]
    .reverse()
    .filter(
      (e) => Math.floor(e.start / 10000) <= year && (eraEnd(e) === undefined || Math.floor(eraEnd(e)! / 10000) >= year),
    )
    .map((e) => ({ era: e.name, year: year - e.offset }));
}

/**
 * The western year of an era year, or null when the era has no such year (令和0年, 平成32年, 昭和65年).
 * @example eraYearToWestern({ era: '令和', year: 7 }) === 2025
 */
export function eraYearToWestern(date: EraYear): number | null {
  const era = eraNamed(date.era);
  if (!era || !Number.isInteger(date.year) || date.year < 1) return null;
  const last = lastEraYear(date.era);
  return last !== undefined && date.year > last ? null : date.year + era.offset;
}

/**
 * The calendar the forms write, from the platform: ICU's Japanese calendar writes year 1 as 元年 (令和元年, in Node
 * 20 and in Chromium's and Firefox's ICU alike) and knows the eras' boundaries. Made on first use: the content
 * script imports this module in every frame.
 */
let eraFormats: { year: Intl.DateTimeFormat; date: Intl.DateTimeFormat } | undefined;
function formats() {
  const base = { era: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  eraFormats ??= {
    year: new Intl.DateTimeFormat('ja-JP-u-ca-japanese', base),
    date: new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { ...base, month: 'long', day: 'numeric' }),
  };
  return eraFormats;
}
const utc = (d: WesternDate) => new Date(Date.UTC(d.year, d.month - 1, d.day));

/**
 * Writes an era year the way forms do, with 元年 for year 1. A year the era never had (平成32年, as a user may
 * type it) has no day to format and is written as typed.
 * @example formatEraYear({ era: '令和', year: 1 }) === '令和元年'
 */
export function formatEraYear(date: EraYear): string {
  // A day of that era year: the era's first day in year 1, else 1 January.
  const era = eraNamed(date.era)!;
  const western = eraYearToWestern(date);
  const day =
    western === null
      ? null
      : key({ year: western, month: 1, day: 1 }) < era.start
        ? dayOf(era.start)
        : { year: western, month: 1, day: 1 };
  return day ? formats().year.format(utc(day)) : `${date.era}${date.year}年`;
}

/** @example formatEraDate({ era: '平成', year: 31, month: 4, day: 30 }) === '平成31年4月30日' */
export function formatEraDate(date: EraDate): string {
  const western = eraDateToWestern(date);
  return western ? formats().date.format(utc(western)) : `${formatEraYear(date)}${date.month}月${date.day}日`;
}

/** @example formatWesternDate({ year: 1989, month: 1, day: 8 }) === '1989-01-08' */
export function formatWesternDate(date: WesternDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** An era date as written: the era (明治 included, to say it is not converted) and what of year/month/day is there. */
export interface WrittenEraDate {
  era: EraName | '明治';
  year: number;
  month?: number;
  day?: number;
}

const ABBR: Record<string, EraName | '明治'> = { R: '令和', H: '平成', S: '昭和', T: '大正', M: '明治' };
const ERA_TEXT =
  /^(令和|平成|昭和|大正|明治|[RHSTM])\.?\s*(元|\d{1,2})\s*(?:年|[./-])?\s*(?:(\d{1,2})\s*(?:月|[./-])?\s*(?:(\d{1,2})\s*日?)?)?$/i;

/**
 * Reads an era date or era year as people write it, or null when the text is not one.
 * @example parseEraDate('Ｈ３１．４．３０') → { era: '平成', year: 31, month: 4, day: 30 }
 * @example parseEraDate('令和元年') → { era: '令和', year: 1 }
 */
export function parseEraDate(text: string): WrittenEraDate | null {
  const m = ERA_TEXT.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const era = m[1]!.length === 1 ? ABBR[m[1]!.toUpperCase()]! : (m[1] as EraName | '明治');
  const out: WrittenEraDate = { era, year: m[2] === '元' ? 1 : Number(m[2]) };
  if (m[3] !== undefined) out.month = Number(m[3]);
  if (m[4] !== undefined) out.day = Number(m[4]);
  return out;
}

const WESTERN_TEXT = /^(\d{4})\s*(?:年|[./-])?\s*(?:(\d{1,2})\s*(?:月|[./-])?\s*(?:(\d{1,2})\s*日?)?)?$/;

/**
 * Reads a western date or year (2019-05-01, 2019/5/1, 2019年5月1日, 2019), or null.
 * @example parseWesternDate('２０１９年５月１日') → { year: 2019, month: 5, day: 1 }
 */
export function parseWesternDate(text: string): { year: number; month?: number; day?: number } | null {
  const m = WESTERN_TEXT.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  return {
    year: Number(m[1]),
    ...(m[2] === undefined ? {} : { month: Number(m[2]) }),
    ...(m[3] === undefined ? {} : { day: Number(m[3]) }),
  };
}

/** Why a written era date cannot be right, for the checks. */
export type EraDateFault = 'era-unsupported' | 'era-year' | 'invalid-date' | 'era-date';

/**
 * What is wrong with a written era date, or null when it exists.
 * @example eraDateFault({ era: '平成', year: 32 }) === 'era-year'
 * @example eraDateFault({ era: '平成', year: 31, month: 5, day: 1 }) === 'era-date'
 */
export function eraDateFault(date: WrittenEraDate): EraDateFault | null {
  if (date.era === '明治') return 'era-unsupported';
  const era = eraNamed(date.era)!;
  if (eraYearToWestern({ era: era.name, year: date.year }) === null) return 'era-year';
  if (date.month === undefined) return null;
  const year = date.year + era.offset;
  if (date.day === undefined) {
    if (date.month < 1 || date.month > 12) return 'invalid-date';
    // A month exists in the era if its last day is on or after the era's start and its first day on or before its end.
    const first = year * 10000 + date.month * 100 + 1;
    const last = year * 10000 + date.month * 100 + 31;
    const end = eraEnd(era);
    return last < era.start || (end !== undefined && first > end) ? 'era-date' : null;
  }
  if (!isValidDate({ year, month: date.month, day: date.day })) return 'invalid-date';
  return eraDateToWestern({ era: era.name, year: date.year, month: date.month, day: date.day }) ? null : 'era-date';
}
