/**
 * Opt-in reminders: browser alarms on the days renewal opens and 30 and 7 days before each expiry, computed from
 * the stored checklist state, and a notification when one fires.
 *
 * - Nothing is scheduled unless the user turned reminders on (`state.reminders`); turning them off, or deleting
 *   everything, removes the alarms.
 * - The alarms follow the state: every change of it (in the popup, the options page) re-plans them, and so does
 *   every browser start, because Firefox does not keep alarms across restarts (Chrome mostly does). Planning compares
 *   with the alarms there are, so an unchanged plan changes nothing.
 * - An alarm fires at 9:00 local time on its day. One whose time has passed is not scheduled again: a reminder
 *   missed because the browser was closed all that day is not shown late.
 * - The notification's words are computed when it fires, in the UI language of that moment, from a small table of
 *   the reminder texts only (reminder-language.ts): the service worker carries no i18next and no checklist content.
 * - The toolbar badge (badge.ts) is re-computed with the alarms.
 * - `notifications` (and in Chrome `alarms`) are optional permissions, granted when the user turns reminders on:
 *   without them the APIs are absent, nothing is scheduled, and the listeners are added once they are granted.
 */
import { browser } from 'wxt/browser';
import type { IsoDate } from '@/src/checklist/iso-date';
import { plannedReminders } from '@/src/checklist/reminder-plan';
import { localToday, reminderTexts } from '@/src/checklist/reminder-texts';
import type { ChecklistState } from '@/src/checklist/state';
import { hasReminderPermissions } from '@/src/permissions/reminders';
import { getChecklistState, getSettings, watchChecklistState } from '@/src/storage/items';
import { syncBadge } from './badge';
import { backgroundLanguage, reminderStrings, translator } from './reminder-language';

/** Every alarm and notification of Tebiki's reminders starts with this. */
export const REMINDER_PREFIX = 'tebiki-reminder:';
/** The local hour at which a reminder fires. */
export const REMINDER_HOUR = 9;

/**
 * When a reminder of a given day fires: 9:00 local time, in milliseconds since the epoch.
 * @example new Date(alarmTime('2030-05-10')).getHours() === 9
 */
export function alarmTime(date: IsoDate, hour: number = REMINDER_HOUR): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, hour).getTime();
}

/** The alarms the state calls for now: none without opt-in, none in the past. */
export function plannedAlarms(state: ChecklistState, now: Date): Array<{ name: string; when: number }> {
  if (!state.reminders) return [];
  return plannedReminders(state, localToday(now))
    .map((reminder) => ({ name: `${REMINDER_PREFIX}${reminder.id}`, when: alarmTime(reminder.date) }))
    .filter((alarm) => alarm.when > now.getTime());
}

/**
 * Makes the scheduled alarms match the stored state: creates the missing ones, removes the ones no longer wanted.
 * @returns the number of reminder alarms scheduled afterwards
 */
export async function syncReminders(now: Date = new Date()): Promise<number> {
  if (!browser.alarms) return 0;
  const { state } = await getChecklistState();
  // Without the notifications permission a reminder could not be shown: plan none.
  const allowed = browser.notifications !== undefined && (await hasReminderPermissions());
  const wanted = new Map((allowed ? plannedAlarms(state, now) : []).map((alarm) => [alarm.name, alarm.when]));
  const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX));
  for (const alarm of existing) {
    if (wanted.get(alarm.name) === alarm.scheduledTime) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
  return (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX)).length;
}

/**
 * Shows the notifications of a fired reminder alarm, if reminders are still on and the state still calls for it.
 * @returns the ids of the notifications shown (one per card or certificate the reminder is about)
 */
export async function showReminder(alarmName: string): Promise<string[]> {
  if (!alarmName.startsWith(REMINDER_PREFIX) || !browser.notifications) return [];
  const { state } = await getChecklistState();
  if (!state.reminders) return [];
  const reminder = plannedReminders(state).find((r) => `${REMINDER_PREFIX}${r.id}` === alarmName);
  if (!reminder) return [];
  const settings = await getSettings();
  const language = backgroundLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  const shown: string[] = [];
  for (const text of reminderTexts(reminder, translator(language), language, reminderStrings)) {
    const id = `${REMINDER_PREFIX}${text.id}`;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: text.title,
      message: text.body,
    });
    shown.push(id);
  }
  return shown;
}

/**
 * Wires the reminders into the background: listeners are added synchronously, as an MV3 background must, so that
 * an alarm or a change of the state wakes it.
 */
export function startReminders(): void {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => Promise.all([syncReminders(), syncBadge()]))
      .catch((error: unknown) => console.error('Tebiki reminders:', error));
  };
  // The optional APIs exist only once granted: listen to each as soon as it is there (at start, synchronously, as
  // an MV3 background must to be woken by them; or when the user grants them).
  let alarmsHeard = false;
  let clicksHeard = false;
  const listen = () => {
    if (browser.alarms && !alarmsHeard) {
      alarmsHeard = true;
      browser.alarms.onAlarm.addListener((alarm) => {
        void showReminder(alarm.name);
        // The badge follows the calendar too: a reminder day is also when something may have become due.
        sync();
      });
    }
    if (browser.notifications && !clicksHeard) {
      clicksHeard = true;
      browser.notifications.onClicked.addListener((id) => {
        if (!id.startsWith(REMINDER_PREFIX)) return;
        void browser.notifications.clear(id);
        void browser.tabs.create({ url: browser.runtime.getURL('/options.html#checklist') });
      });
    }
  };
  listen();
  browser.permissions.onAdded.addListener(() => {
    listen();
    sync();
  });
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  watchChecklistState(sync);
}
