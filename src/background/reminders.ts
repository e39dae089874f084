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
 * - The notification's words are computed when it fires, in the UI language of that moment.
 */
import { browser } from 'wxt/browser';
import type { IsoDate } from '@/src/checklist/iso-date';
import {
  computeLifecycle,
  reminderDates,
  type Lifecycle,
  type LifecycleInput,
  type Reminder,
} from '@/src/checklist/lifecycle';
import { lifecycleInput, type ChecklistState } from '@/src/checklist/state';
import { backgroundCatalogue } from '@/src/i18n/background-packs';
import { localToday } from '@/src/i18n/dates';
import { languageFor } from '@/src/i18n/languages';
import { reminderNotifications } from '@/src/i18n/reminder-messages';
import { getChecklistState, getSettings, watchChecklistState } from '@/src/storage/items';

/** Every alarm and notification of Tebiki's reminders starts with this. */
export const REMINDER_PREFIX = 'tebiki-reminder:';
/** The local hour at which a reminder fires. */
export const REMINDER_HOUR = 9;

/** The life cycle computed from the state, or why not. */
export type LifecycleView =
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'ok'; input: LifecycleInput; lifecycle: Lifecycle };

/**
 * The life cycle of the user's card, when the state has the dates it needs and they fit together.
 * @example lifecycleOf(state).kind === 'ok' && lifecycleOf(state).lifecycle.card.expiry
 */
export function lifecycleOf(state: ChecklistState): LifecycleView {
  const input = lifecycleInput(state);
  if (!input) return { kind: 'missing' };
  try {
    return { kind: 'ok', input, lifecycle: computeLifecycle(input) };
  } catch (error) {
    // computeLifecycle throws a RangeError for dates that cannot describe a real card (issued before birth…).
    return { kind: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The reminders the state calls for from `today` on (all of them without `today`), whether or not they are on.
 * @example plannedReminders(state, '2025-01-01').map((r) => r.id) → ['window-opens@2027-01-01', …]
 */
export function plannedReminders(state: ChecklistState, today?: IsoDate): Reminder[] {
  const view = lifecycleOf(state);
  if (view.kind !== 'ok') return [];
  return reminderDates(view.lifecycle, today === undefined ? {} : { today });
}

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
  const { state } = await getChecklistState();
  const wanted = new Map(plannedAlarms(state, now).map((alarm) => [alarm.name, alarm.when]));
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
  if (!alarmName.startsWith(REMINDER_PREFIX)) return [];
  const { state } = await getChecklistState();
  if (!state.reminders) return [];
  const reminder = plannedReminders(state).find((r) => `${REMINDER_PREFIX}${r.id}` === alarmName);
  if (!reminder) return [];
  const settings = await getSettings();
  // The words come from the catalogue in the user's language (its language pack), not from i18next.
  const catalogue = await backgroundCatalogue(languageFor(settings.uiLanguage, browser.i18n.getUILanguage()));
  const shown: string[] = [];
  for (const text of reminderNotifications(reminder, catalogue)) {
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
    queue = queue.then(() => syncReminders()).catch((error: unknown) => console.error('Tebiki reminders:', error));
  };
  browser.alarms.onAlarm.addListener((alarm) => void showReminder(alarm.name));
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_PREFIX)) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#checklist') });
  });
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  watchChecklistState(sync);
}
