/**
 * Calendar dates the way the user lives them and reads them, with the platform's Intl (no i18next: the background's
 * reminders use these).
 */
import type { IsoDate } from '@/src/checklist/iso-date';

/**
 * Today's calendar date where the user is (the card's rules are about the user's local days).
 * @example localToday(new Date(2030, 4, 10, 23, 59)) === '2030-05-10'
 */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar date written the way the language writes dates; the same day on every machine whatever its time zone.
 * @example formatDate('2030-05-10', 'en') === 'May 10, 2030'; formatDate('2030-05-10', 'ja') === '2030年5月10日'
 */
export function formatDate(date: IsoDate, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}
