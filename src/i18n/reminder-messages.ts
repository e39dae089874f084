/**
 * The words of the reminders' notifications, from the catalogue (messages/en.ts `reminder.*` and their
 * translations): the background shows them without i18next and without the checklist content, and the popup lists
 * the same words.
 *
 * - One notification per card or certificate: the texts say "Your {what} expires", which reads right (in every
 *   language) only with one thing as the subject.
 * - A card that ends with the period of stay gets the `stayEnds` text: no expiry notice is mailed for it, and what
 *   the user must do is the validity change (有効期間変更) after extending the stay, not a renewal.
 */
import { daysBetween } from '@/src/checklist/iso-date';
import type { Reminder, ReminderTarget } from '@/src/checklist/lifecycle';
import type { ReminderMessageId } from '@/src/checklist/types';
import type { Catalogue, MessageCode } from './catalogue';
import { formatDate } from './dates';

/** One notification. */
export interface ReminderText {
  /** Unique per reminder and target, e.g. 'before-expiry-30@2030-04-10/card'. */
  id: string;
  message: ReminderMessageId;
  title: string;
  body: string;
}

const MESSAGE_CODES: Record<ReminderMessageId, { title: MessageCode; body: MessageCode }> = {
  'window-opens': { title: 'reminder.windowOpens.title', body: 'reminder.windowOpens.body' },
  'before-expiry': { title: 'reminder.beforeExpiry.title', body: 'reminder.beforeExpiry.body' },
  'stay-ends': { title: 'reminder.stayEnds.title', body: 'reminder.stayEnds.body' },
};

const endsWithStay = (target: ReminderTarget) => target.target === 'card' && target.cappedBy === 'period-of-stay';

/**
 * The notifications for one reminder, in the catalogue's language (English message by message where it lacks one).
 * @example reminderNotifications(reminder, createCatalogue('en'))[0].title === 'Your My Number Card expires in 30 days'
 */
export function reminderNotifications(reminder: Reminder, catalogue: Catalogue): ReminderText[] {
  return reminder.targets.map((target) => {
    const message: ReminderMessageId = endsWithStay(target) ? 'stay-ends' : reminder.kind;
    const days = reminder.kind === 'before-expiry' ? reminder.daysBefore : daysBetween(reminder.date, target.expiry);
    const codes = MESSAGE_CODES[message];
    const params = {
      what: catalogue.t(`reminder.target.${target.target}`),
      expiry: formatDate(target.expiry, catalogue.lang),
      count: days,
    };
    return {
      id: `${reminder.id}/${target.target}`,
      message,
      title: catalogue.t(codes.title, params),
      body: catalogue.t(codes.body, params),
    };
  });
}
