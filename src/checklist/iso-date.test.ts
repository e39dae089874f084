import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  minDate,
  parseIsoDate,
  toDayNumber,
} from './iso-date.ts';

describe('ISO date parsing', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2030-04-31', false],
    ['2030-5-10', false],
    ['2030-05-10T00:00', false],
    [' 2030-05-10', false],
    ['0000-01-01', false],
    [20300510, false],
  ])('%s is a valid date: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('splits a date into numbers', () => {
    expect(parseIsoDate('2030-05-01')).toEqual({ year: 2030, month: 5, day: 1 });
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([
      29, 28, 30, 31,
    ]);
  });
});

describe('day numbers', () => {
  it('agree with the UTC calendar for every day from 1900 to 2200', () => {
    // UTC has no time zone offsets, so it is a trustworthy reference for the pure calendar.
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) throw new Error(`mismatch at ${iso}`);
    }
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2030-05-10', -30, '2030-04-10'],
    ['2030-01-01', -1, '2029-12-31'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2029-02-11', '2029-05-10')).toBe(88);
    expect(daysBetween('2030-05-10', '2030-05-01')).toBe(-9);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2030-05-10', -3, '2030-02-10'],
    ['2030-05-31', -3, '2030-02-28'],
    ['2028-05-31', -3, '2028-02-29'],
    ['2030-03-31', -3, '2029-12-31'],
    ['2030-01-31', 1, '2030-02-28'],
    ['2030-11-15', 3, '2031-02-15'],
  ])('%s moved %i months is %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });
});

it('minDate picks the earliest date', () => {
  expect(minDate('2030-05-10', '2029-12-31', '2031-01-01')).toBe('2029-12-31');
});
