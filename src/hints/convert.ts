/**
 * The one-click conversions the tooltip offers, and the pure functions behind them.
 *
 * A conversion never runs by itself: the content script calls {@link convert} when the user clicks, writes the
 * result into the field and fires `input` and `change` so the page's own validation runs. It returns candidates,
 * not one string, because a western year can name two era years (2019 = 平成31年 and 令和元年) and the user picks.
 * PIN kinds get no conversions ({@link conversionsFor} takes only checkable kinds), so nothing ever reads them.
 */

import {
  eraDateFault,
  eraDateToWestern,
  formatEraDate,
  formatEraYear,
  formatWesternDate,
  parseEraDate,
  parseWesternDate,
  eraYearToWestern,
  westernToEraDate,
  westernYearToEras,
} from './era.ts';
import { replaceLookalikes } from './jis-x0208.ts';
import { halfwidthKanaToFullwidth, toFullwidthAlnum, toHalfwidthAlnum, toKatakana } from '../text/kana.ts';
import { romajiToKatakana } from './romaji.ts';
import type { CheckableKind } from './types.ts';
import { MAX_VALUE_LENGTH } from './checks.ts';

/** The conversions, by id (stable: the tooltip and the checks' `fix` refer to them). */
export const CONVERSION_IDS = [
  'to-katakana',
  'romaji-to-katakana',
  'halfwidth-kana-to-fullwidth',
  'to-fullwidth',
  'to-halfwidth',
  'strip-separators',
  'replace-lookalikes',
  'western-to-era',
  'era-to-western',
  'to-uppercase',
  'format-date',
  'era-to-list',
] as const;
export type ConversionId = (typeof CONVERSION_IDS)[number];

/** The catalogue code of a conversion's button label (src/i18n/messages/en.ts). */
export const conversionLabelCode = (id: ConversionId) => `convert.${id}` as const;

/**
 * Western date or year → era, all candidates: '2019' → ['平成31年', '令和元年']; '2019-05-01' → ['令和元年5月1日'].
 * Only a whole value that is a date converts: a half-typed one returns nothing rather than a guess.
 */
function westernToEra(value: string): string[] {
  const w = parseWesternDate(value);
  if (!w) return [];
  if (w.month === undefined || w.day === undefined) {
    const month = w.month;
    if (month === undefined) return westernYearToEras(w.year).map(formatEraYear);
    // 2019-05 is 令和元年5月 only: 平成 ended in April.
    return westernYearToEras(w.year)
      .filter((e) => eraDateFault({ ...e, month }) === null)
      .map((e) => `${formatEraYear(e)}${month}月`);
  }
  const era = westernToEraDate({ year: w.year, month: w.month, day: w.day });
  return era ? [formatEraDate(era)] : [];
}

/** Era date or year → western: '令和元年5月1日' → ['2019-05-01']; '平成31年' → ['2019']. */
function eraToWestern(value: string): string[] {
  const e = parseEraDate(value);
  if (!e || e.era === '明治') return [];
  if (e.month !== undefined && e.day !== undefined) {
    const w = eraDateToWestern({ era: e.era, year: e.year, month: e.month, day: e.day });
    return w ? [formatWesternDate(w)] : [];
  }
  const year = eraYearToWestern({ era: e.era, year: e.year });
  if (year === null) return [];
  return [e.month === undefined ? String(year) : `${year}-${String(e.month).padStart(2, '0')}`];
}

const APPLY: Readonly<Record<ConversionId, (value: string) => string[]>> = {
  'to-katakana': (v) => [toKatakana(v)],
  'romaji-to-katakana': (v) => [toKatakana(romajiToKatakana(v))],
  'halfwidth-kana-to-fullwidth': (v) => [halfwidthKanaToFullwidth(v)],
  'to-fullwidth': (v) => [toFullwidthAlnum(halfwidthKanaToFullwidth(v))],
  'to-halfwidth': (v) => [toHalfwidthAlnum(v)],
  'strip-separators': (v) => [toHalfwidthAlnum(v).replace(/[\s,-]/g, '')],
  'replace-lookalikes': (v) => [replaceLookalikes(v)],
  'western-to-era': westernToEra,
  'era-to-western': eraToWestern,
  'to-uppercase': (v) => [toHalfwidthAlnum(v).toUpperCase()],
  // A western date as the page writes it: the content script fits it to the page's format (fact-checks.ts); an era
  // date is first made western.
  'format-date': (v) => (parseWesternDate(v) ? [toHalfwidthAlnum(v)] : eraToWestern(v)),
  // An era year typed into a digits box beside an era list: the content script puts the era in the list.
  'era-to-list': (v) => {
    const e = parseEraDate(v);
    return e && e.era !== '明治' ? [formatEraYear({ era: e.era, year: e.year })] : [];
  },
};

/**
 * Applies a conversion; returns the distinct results that differ from the value (none when it does not apply).
 * @example convert('to-katakana', 'すみす') → ['スミス']
 * @example convert('western-to-era', '2019') → ['平成31年', '令和元年']
 */
export function convert(id: ConversionId, value: string): string[] {
  // A hostile page's 100 KB value is not converted (no portal field is that long): nothing to offer.
  if (value.length > MAX_VALUE_LENGTH || !Object.hasOwn(APPLY, id)) return [];
  const out = APPLY[id](value).filter((r) => r !== '' && r !== value);
  return [...new Set(out)];
}

/** The conversions worth offering on each kind, most useful first. */
const BY_KIND: Readonly<Record<CheckableKind, readonly ConversionId[]>> = {
  katakana: ['romaji-to-katakana', 'to-katakana'],
  'account-holder-kana': ['romaji-to-katakana', 'to-katakana'],
  fullwidth: ['to-fullwidth', 'replace-lookalikes'],
  'halfwidth-alnum': ['to-halfwidth'],
  'postal-code': ['to-halfwidth'],
  phone: ['to-halfwidth'],
  email: ['to-halfwidth'],
  'era-date': ['western-to-era', 'era-to-western'],
  'western-date': ['era-to-western'],
  year: ['western-to-era', 'era-to-western'],
  yen: ['to-halfwidth'],
  'my-number': ['strip-separators'],
  'etax-user-id': ['strip-separators'],
  'card-application-id': ['strip-separators'],
  'account-number': ['strip-separators'],
  'alphabet-name': ['to-halfwidth'],
  'alias-name': ['halfwidth-kana-to-fullwidth', 'replace-lookalikes'],
  'name-order': ['halfwidth-kana-to-fullwidth', 'replace-lookalikes'],
  'head-of-household': ['halfwidth-kana-to-fullwidth', 'replace-lookalikes'],
  'address-block': ['halfwidth-kana-to-fullwidth', 'replace-lookalikes'],
  building: ['halfwidth-kana-to-fullwidth', 'replace-lookalikes'],
  relationship: ['halfwidth-kana-to-fullwidth'],
  'bank-name': ['halfwidth-kana-to-fullwidth'],
  'bank-branch': ['halfwidth-kana-to-fullwidth'],
};

/**
 * The conversions to offer for a kind. PIN kinds are not accepted: their fields are never converted.
 * @example conversionsFor('era-date') → ['western-to-era', 'era-to-western']
 */
export function conversionsFor(kind: CheckableKind): readonly ConversionId[] {
  return Object.hasOwn(BY_KIND, kind) ? BY_KIND[kind] : [];
}
