import { describe, expect, it } from 'vitest';
import {
  eraDateFault,
  eraDateToWestern,
  eraYearToWestern,
  formatEraDate,
  formatEraYear,
  formatWesternDate,
  lastEraYear,
  parseEraDate,
  parseWesternDate,
  westernToEraDate,
  westernYearToEras,
  type WesternDate,
} from './era.ts';

const w = (iso: string): WesternDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

describe('western date → era date, exact at every boundary', () => {
  it.each([
    ['1912-07-29', null],
    ['1912-07-30', '大正元年7月30日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1990-04-01', '平成2年4月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2020-01-01', '令和2年1月1日'],
    ['2024-02-29', '令和6年2月29日'],
    ['2025-12-31', '令和7年12月31日'],
    ['2023-02-29', null],
  ])('%s is %s', (iso, expected) => {
    const era = westernToEraDate(w(iso));
    expect(era ? formatEraDate(era) : null).toBe(expected);
  });
});

describe('era date → western date, and days that are not in the era', () => {
  it.each([
    [{ era: '昭和', year: 64, month: 1, day: 7 }, '1989-01-07'],
    [{ era: '昭和', year: 64, month: 1, day: 8 }, null],
    [{ era: '平成', year: 1, month: 1, day: 7 }, null],
    [{ era: '平成', year: 1, month: 1, day: 8 }, '1989-01-08'],
    [{ era: '平成', year: 31, month: 4, day: 30 }, '2019-04-30'],
    [{ era: '平成', year: 31, month: 5, day: 1 }, null],
    [{ era: '令和', year: 1, month: 4, day: 30 }, null],
    [{ era: '令和', year: 1, month: 5, day: 1 }, '2019-05-01'],
    [{ era: '令和', year: 0, month: 5, day: 1 }, null],
    [{ era: '大正', year: 15, month: 12, day: 25 }, null],
    [{ era: '昭和', year: 1, month: 12, day: 25 }, '1926-12-25'],
    [{ era: '令和', year: 7, month: 2, day: 29 }, null],
  ] as const)('%o is %s', (era, expected) => {
    const western = eraDateToWestern(era);
    expect(western ? formatWesternDate(western) : null).toBe(expected);
  });
});

describe('years', () => {
  it.each([
    [2025, ['令和7年']],
    [2019, ['平成31年', '令和元年']],
    [2020, ['令和2年']],
    [2018, ['平成30年']],
    [1990, ['平成2年']],
    [1989, ['昭和64年', '平成元年']],
    [1988, ['昭和63年']],
    [1927, ['昭和2年']],
    [1926, ['大正15年', '昭和元年']],
    [1912, ['大正元年']],
    [1911, []],
  ])('western %i is %o', (year, expected) => {
    expect(westernYearToEras(year).map(formatEraYear)).toEqual(expected);
  });

  it.each([
    ['令和', 7, 2025],
    ['令和', 1, 2019],
    ['令和', 0, null],
    ['平成', 31, 2019],
    ['平成', 32, null],
    ['平成', 1, 1989],
    ['昭和', 64, 1989],
    ['昭和', 65, null],
    ['大正', 15, 1926],
    ['大正', 16, null],
    ['平成', -1, null],
    ['平成', 2.5, null],
  ] as const)('%s%i年 is western %s', (era, year, expected) => {
    expect(eraYearToWestern({ era, year })).toBe(expected);
  });

  it('knows the last year of each finished era and none for the current one', () => {
    expect([lastEraYear('大正'), lastEraYear('昭和'), lastEraYear('平成'), lastEraYear('令和')]).toEqual([
      15,
      64,
      31,
      undefined,
    ]);
  });
});

describe('round trips', () => {
  it('converts every day from 1912-07-30 to 2035-12-31 to its era and back unchanged', () => {
    const day = new Date(Date.UTC(1912, 6, 30));
    let count = 0;
    const failures: string[] = [];
    while (day.getUTCFullYear() <= 2035) {
      const western = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      const era = westernToEraDate(western);
      const back = era && eraDateToWestern(era);
      const parsed = era && parseEraDate(formatEraDate(era));
      // One assertion at the end: 45,000 expect() calls would take seconds.
      if (
        !era ||
        !back ||
        formatWesternDate(back) !== formatWesternDate(western) ||
        !parsed ||
        formatEraDate(parsed as typeof era) !== formatEraDate(era)
      ) {
        failures.push(formatWesternDate(western));
      }
      day.setUTCDate(day.getUTCDate() + 1);
      count++;
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(44_000);
  });

  it('turns every western year back into itself through each of its era years', () => {
    for (let year = 1912; year <= 2100; year++) {
      for (const era of westernYearToEras(year)) expect(eraYearToWestern(era)).toBe(year);
    }
  });
});

describe('parsing what people type', () => {
  it.each([
    ['令和元年5月1日', { era: '令和', year: 1, month: 5, day: 1 }],
    ['平成３１年４月３０日', { era: '平成', year: 31, month: 4, day: 30 }],
    ['H31.4.30', { era: '平成', year: 31, month: 4, day: 30 }],
    ['r1/5/1', { era: '令和', year: 1, month: 5, day: 1 }],
    ['Ｓ６４－１－７', { era: '昭和', year: 64, month: 1, day: 7 }],
    ['令和7年', { era: '令和', year: 7 }],
    ['令和 7', { era: '令和', year: 7 }],
    ['平成2年4月', { era: '平成', year: 2, month: 4 }],
    ['㍻元年', { era: '平成', year: 1 }],
    ['明治45年', { era: '明治', year: 45 }],
    ['2019-05-01', null],
    ['令和', null],
  ])('reads %s', (text, expected) => {
    expect(parseEraDate(text)).toEqual(expected);
  });

  it.each([
    ['2019-05-01', { year: 2019, month: 5, day: 1 }],
    ['2019/5/1', { year: 2019, month: 5, day: 1 }],
    ['２０１９年５月１日', { year: 2019, month: 5, day: 1 }],
    ['1989', { year: 1989 }],
    ['1989-01', { year: 1989, month: 1 }],
    ['令和元年', null],
    ['89', null],
  ])('reads western %s', (text, expected) => {
    expect(parseWesternDate(text)).toEqual(expected);
  });

  it.each([
    [{ era: '令和', year: 0 }, 'era-year'],
    [{ era: '平成', year: 32 }, 'era-year'],
    [{ era: '昭和', year: 65 }, 'era-year'],
    [{ era: '平成', year: 31 }, null],
    [{ era: '平成', year: 31, month: 4 }, null],
    [{ era: '平成', year: 31, month: 5 }, 'era-date'],
    [{ era: '令和', year: 1, month: 4 }, 'era-date'],
    [{ era: '令和', year: 1, month: 5, day: 1 }, null],
    [{ era: '平成', year: 31, month: 5, day: 1 }, 'era-date'],
    [{ era: '昭和', year: 64, month: 1, day: 8 }, 'era-date'],
    [{ era: '令和', year: 6, month: 2, day: 30 }, 'invalid-date'],
    [{ era: '令和', year: 6, month: 13 }, 'invalid-date'],
    [{ era: '明治', year: 45 }, 'era-unsupported'],
  ] as const)('finds the fault of %o: %s', (date, fault) => {
    expect(eraDateFault(date)).toBe(fault);
  });
});
