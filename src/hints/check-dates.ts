/**
 * Checks of dates and years: does the era year (and day) exist, is a western date a real day, and is the calendar
 * the one the field asks for. Messages are catalogue codes (src/i18n/messages/en.ts) with parameters.
 */
import {
  ERAS,
  eraDateFault,
  eraDateToWestern,
  eraRange,
  eraYearToWestern,
  formatEraDate,
  formatEraYear,
  formatWesternDate,
  isValidDate,
  lastEraYear,
  parseEraDate,
  parseWesternDate,
  westernToEraDate,
  westernYearToEras,
  type EraName,
  type WesternDate,
} from './era.ts';
import type { Problem } from './checks.ts';

/** Era dates and years: does the era year (and day) exist? A western date gets its era as a tip. */
export function eraProblems(value: string, yearOnly: boolean): Problem[] {
  const text = value.normalize('NFKC').trim();
  const era = parseEraDate(text);
  if (era) {
    const fault = eraDateFault(era);
    if (!fault) return [];
    if (fault === 'era-unsupported' || era.era === '明治') {
      return [{ code: 'era-unsupported', severity: 'info', message: 'check.eraUnsupported' }];
    }
    if (fault === 'invalid-date') return [{ code: 'invalid-date', severity: 'error', message: 'check.invalidDate' }];
    if (fault === 'era-date') return [eraDateProblem(era.era)];
    if (era.year < 1)
      return [{ code: 'era-year', severity: 'error', message: 'check.eraYearZero', params: { era: era.era } }];
    return [pastEraYear(era.era, era.year)];
  }
  const western = parseWesternDate(text);
  if (western && western.year >= 1000) {
    const { year, month, day } = western;
    if (month !== undefined && day !== undefined && !isValidDate({ year, month, day })) {
      return [{ code: 'invalid-date', severity: 'error', message: 'check.invalidDate' }];
    }
    const date = month !== undefined && day !== undefined ? westernToEraDate({ year, month, day }) : null;
    const eras = date ? formatEraDate(date) : westernYearToEras(year).map(formatEraYear).join(' / ');
    if (!eras) return [];
    const params = { value: text, eras };
    return [{ code: 'western-date', severity: 'info', message: 'check.westernDate', params, fix: 'western-to-era' }];
  }
  if (yearOnly && !/^\d{1,2}$/.test(text)) {
    return [{ code: 'not-digits', severity: 'error', message: 'check.yearDigits' }];
  }
  return [];
}

/**
 * A field that asks for the western calendar (西暦, YYYYMMDD): an era date is the wrong calendar (with the western
 * date it means, and the conversion), and a western date must be a real day.
 * @example westernDateProblems('平成2年4月1日')[0] // { code: 'era-for-western', params: { western: '1990-04-01' }, … }
 */
export function westernDateProblems(value: string): Problem[] {
  const text = value.normalize('NFKC').trim();
  const era = parseEraDate(text);
  if (era) {
    const western =
      era.era !== '明治' && era.month !== undefined && era.day !== undefined
        ? eraDateToWestern({ era: era.era, year: era.year, month: era.month, day: era.day })
        : null;
    const year = era.era !== '明治' ? eraYearToWestern({ era: era.era, year: era.year }) : null;
    const shown = western ? formatWesternDate(western) : year !== null ? String(year) : '';
    return [
      {
        code: 'era-for-western',
        severity: 'error',
        message: shown ? 'check.eraForWestern' : 'check.westernOnly',
        params: { value: text, western: shown },
        ...(shown ? { fix: 'era-to-western' as const } : {}),
      },
    ];
  }
  const western = parseWesternDate(text);
  if (!western)
    return [{ code: 'invalid-date', severity: 'error', message: 'check.westernOnly', params: { value: text } }];
  const { year, month, day } = western;
  if (month !== undefined && day !== undefined && !isValidDate({ year, month, day })) {
    return [{ code: 'invalid-date', severity: 'error', message: 'check.invalidDate' }];
  }
  return [];
}

/** "平成 has no year 32: it ended in 平成31年; 2020 is 令和2年." */
function pastEraYear(era: EraName, year: number): Problem {
  const last = lastEraYear(era) ?? year;
  const offset = ERAS.find((e) => e.name === era)?.offset;
  const western = offset === undefined ? undefined : offset + year;
  const now = western === undefined ? undefined : westernYearToEras(western).at(-1);
  const params = { era, year, last, western: western ?? '', now: now ? formatEraYear(now) : '' };
  return { code: 'era-year', severity: 'error', message: now ? 'check.eraYearPastNext' : 'check.eraYearPast', params };
}

/** "That day is not in 平成: 平成 runs from 1989-01-08 (平成元年1月8日) to 2019-04-30 (平成31年4月30日)." */
function eraDateProblem(era: EraName): Problem {
  const { start, end } = eraRange(era);
  const both = (western: WesternDate) => {
    const inEra = westernToEraDate(western);
    return `${formatWesternDate(western)}${inEra ? ` (${formatEraDate(inEra)})` : ''}`;
  };
  if (!end)
    return { code: 'era-date', severity: 'error', message: 'check.eraDateOpen', params: { era, start: both(start) } };
  return {
    code: 'era-date',
    severity: 'error',
    message: 'check.eraDate',
    params: { era, start: both(start), end: both(end) },
  };
}
