import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../i18n/messages/en.ts';
import { CONVERSION_IDS, conversionLabelCode, conversionsFor, convert, type ConversionId } from './convert.ts';
import { CHECKABLE_KINDS } from './types.ts';

describe('convert', () => {
  it.each([
    ['to-katakana', 'すみす ﾏﾘｱ', ['スミス マリア']],
    ['to-katakana', 'スミス', []],
    ['romaji-to-katakana', 'Nguyen Van An', ['グエン　バン　アン']],
    ['romaji-to-katakana', 'すみす maria', ['スミス　マリア']],
    ['halfwidth-kana-to-fullwidth', 'ｶﾞｲｺｸ', ['ガイコク']],
    ['to-fullwidth', 'ABC ｶﾅ', ['ＡＢＣ　カナ']],
    ['to-halfwidth', '１００－０００１', ['100-0001']],
    ['strip-separators', '１２３４ ５６７８-９０１２', ['123456789012']],
    ['replace-lookalikes', '髙橋', ['高橋']],
    ['western-to-era', '2025', ['令和7年']],
    ['western-to-era', '2019', ['平成31年', '令和元年']],
    ['western-to-era', '1989', ['昭和64年', '平成元年']],
    ['western-to-era', '1989-01-07', ['昭和64年1月7日']],
    ['western-to-era', '1989-01-08', ['平成元年1月8日']],
    ['western-to-era', '2019-04-30', ['平成31年4月30日']],
    ['western-to-era', '2019-05-01', ['令和元年5月1日']],
    ['western-to-era', '2019-05', ['令和元年5月']],
    ['western-to-era', '2019-04', ['平成31年4月']],
    ['western-to-era', '1900', []],
    ['western-to-era', '2019-02-30', []],
    ['era-to-western', '令和元年5月1日', ['2019-05-01']],
    ['era-to-western', 'H31.4.30', ['2019-04-30']],
    ['era-to-western', '昭和64年1月7日', ['1989-01-07']],
    ['era-to-western', '平成元年', ['1989']],
    ['era-to-western', '令和7年', ['2025']],
    ['era-to-western', '平成2年4月', ['1990-04']],
    ['era-to-western', '平成32年', []],
    ['era-to-western', '平成31年5月1日', []],
    ['era-to-western', '明治45年', []],
    ['to-uppercase', 'smith maria', ['SMITH MARIA']],
    ['to-uppercase', 'ab１２３４cd', ['AB1234CD']],
    ['format-date', '1990/4/1', []],
    ['format-date', '１９９０／４／１', ['1990/4/1']],
    ['format-date', '平成2年4月1日', ['1990-04-01']],
    ['era-to-list', '平成2', ['平成2年']],
    ['era-to-list', 'H2', ['平成2年']],
    ['era-to-list', '1990', []],
  ] as [ConversionId, string, string[]][])('%s of %s → %o', (id, value, expected) => {
    expect(convert(id, value)).toEqual(expected);
  });

  it.each([
    ['to-katakana', 'すみす'],
    ['romaji-to-katakana', 'maria '],
    ['halfwidth-kana-to-fullwidth', 'ｶﾅ'],
    ['to-fullwidth', 'ab'],
    ['to-halfwidth', '１２'],
    ['strip-separators', '1-2 '],
    ['replace-lookalikes', '髙'],
    ['western-to-era', '2019'],
    ['era-to-western', '令和元年'],
    ['to-uppercase', 'ab'],
    ['format-date', '1990/4/1'],
    ['era-to-list', '平成2'],
  ] as [ConversionId, string][])('%s leaves a hostile page’s 100 KB value alone', (id, unit) => {
    expect(convert(id, unit.repeat(Math.ceil(100_000 / unit.length)))).toEqual([]);
  });

  it('round-trips western dates and years through the era', () => {
    for (const iso of ['1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01', '2025-03-15']) {
      const [era] = convert('western-to-era', iso);
      expect(convert('era-to-western', era!)).toEqual([iso]);
    }
    for (const year of ['1989', '2019', '2025']) {
      for (const era of convert('western-to-era', year)) expect(convert('era-to-western', era)).toEqual([year]);
    }
  });

  it('round-trips width conversions', () => {
    const value = 'AB-123 ｘ';
    expect(convert('to-halfwidth', convert('to-fullwidth', 'AB-123 x')[0]!)).toEqual(['AB-123 x']);
    expect(convert('to-fullwidth', convert('to-halfwidth', value)[0]!)).toEqual(['ＡＢ－１２３　ｘ']);
  });

  it('has an English label for every conversion, and offers only known conversions on every checkable kind', () => {
    for (const id of CONVERSION_IDS) expect(EN_MESSAGES[conversionLabelCode(id)]).toBeTruthy();
    for (const kind of CHECKABLE_KINDS) {
      for (const id of conversionsFor(kind)) expect(CONVERSION_IDS).toContain(id);
    }
    expect(conversionsFor('katakana')).toContain('romaji-to-katakana');
    expect(conversionsFor('era-date')).toEqual(['western-to-era', 'era-to-western']);
  });

  it('cannot be asked for the conversions of a PIN kind', () => {
    const never = () => {
      // @ts-expect-error PIN kinds have no conversions: the type of conversionsFor excludes them.
      conversionsFor('pin-signature');
    };
    expect(never).toBeTypeOf('function');
  });
});
