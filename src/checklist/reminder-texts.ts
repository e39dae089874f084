/**
 * The words of a reminder, in any language, without i18next: the popup passes its translate function, the
 * background a small table of the reminder texts only (reminder-strings.ts), so that its bundle stays lean.
 *
 * - One text per card or certificate: the texts say "Your {{what}} expires", which reads right (in every language)
 *   only with one thing as the subject; the popup shows one per line.
 * - The right verb for each: a card that ends with the period of stay gets `stay-ends` (extend the stay, then the
 *   validity change 有効期間変更; no expiry notice is mailed), a certificate that ends with the stay
 *   `certificate-stay-ends`; everything else is renewed (`window-opens`, `before-expiry`).
 */
import { daysBetween, type IsoDate } from './iso-date.ts';
import type { Reminder, ReminderTarget } from './lifecycle.ts';
import type { LifecycleChecklist, ReminderMessageId, Text } from './types.ts';

/** Translates a content text with values (i18next's `t`, or the background's table). */
export type Translate = (text: Text, values?: Record<string, string | number>) => string;

/** One notification, or one line of the popup's list. */
export interface ReminderText {
  /** Unique per reminder and target, e.g. 'before-expiry-30@2030-04-10/card'. */
  id: string;
  message: ReminderMessageId;
  title: string;
  body: string;
}

/**
 * Today's calendar date where the user is (the card's rules are about the user's local days).
 * @example localToday(new Date(2030, 4, 10, 23, 59)) === '2030-05-10'
 */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar date written the way the language writes dates (Intl.DateTimeFormat); the same day on every machine.
 * @example formatDate('2030-05-10', 'en') === 'May 10, 2030'; formatDate('2030-05-10', 'ja') === '2030年5月10日'
 */
export function formatDate(date: IsoDate, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

/** Which message a target gets (see the header). */
export function messageFor(reminder: Reminder, target: ReminderTarget): ReminderMessageId {
  if (target.cappedBy === 'period-of-stay') return target.target === 'card' ? 'stay-ends' : 'certificate-stay-ends';
  return reminder.kind;
}

/**
 * The texts for one reminder, one per card or certificate.
 * @example reminderTexts(reminder, tr, 'en', checklists.lifecycle)[0].title === 'Your My Number Card expires in 30 days'
 */
export function reminderTexts(
  reminder: Reminder,
  translate: Translate,
  language: string,
  lifecycle: Pick<LifecycleChecklist, 'targets' | 'reminders'>,
): ReminderText[] {
  return reminder.targets.map((target) => {
    const message = messageFor(reminder, target);
    const values = {
      what: translate(lifecycle.targets[target.target].label),
      expiry: formatDate(target.expiry, language),
      days: reminder.kind === 'before-expiry' ? reminder.daysBefore : daysBetween(reminder.date, target.expiry),
    };
    const { label, text } = lifecycle.reminders[message];
    return {
      id: `${reminder.id}/${target.target}`,
      message,
      title: translate(label, values),
      body: translate(text, values),
    };
  });
}
