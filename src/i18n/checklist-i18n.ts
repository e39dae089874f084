/**
 * Everything the checklist says to the user, in the user's language:
 * - the checklist content: locales/checklists/<lang>.json map each string id of dictionaries/checklists/*.yaml (see
 *   its SCHEMA.md, "String ids") to its text. en.json is the YAML's English, kept equal to it by a test; the others
 *   are translations. Flat files, so that a translator finds an id from the YAML by searching for it; i18next gets
 *   them nested;
 * - calendar dates written the way the language writes them;
 * - the words of the reminders' notifications.
 *
 * Only the popup, the options page and the background's reminders import this module: the content script, which
 * uses i18n.ts alone, stays small.
 */
import type { i18n } from 'i18next';
import { createI18n, UI_LANGUAGES, type Strings, type UiLanguage } from './i18n';
import en from './locales/checklists/en.json';
import ja from './locales/checklists/ja.json';
import ko from './locales/checklists/ko.json';
import ptBR from './locales/checklists/pt-BR.json';
import vi from './locales/checklists/vi.json';
import zhCN from './locales/checklists/zh-CN.json';
import { daysBetween, type IsoDate } from '@/src/checklist/iso-date';
import type { Reminder, ReminderTarget } from '@/src/checklist/lifecycle';
import type { LifecycleChecklist, ReminderMessageId, Text } from '@/src/checklist/types';

// ---- Checklist content ----

/** Checklist strings by language, flat: `{ 'pins.pin.signature.label': '…' }`. */
export const CHECKLIST_STRINGS: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = {
  en,
  ja,
  'zh-CN': zhCN,
  ko,
  vi,
  'pt-BR': ptBR,
};

/**
 * Turns flat dotted keys into the nested tree i18next reads.
 * @example nestKeys({ 'a.b': 'x', 'a.c': 'y' }) → { a: { b: 'x', c: 'y' } }
 */
export function nestKeys(flat: Readonly<Record<string, string>>): Strings {
  const tree: Strings = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') throw new Error(`checklist string id ${key} clashes with ${part}`);
      node = next ?? (node[part] = {});
    }
    node[parts[parts.length - 1]!] = value;
  }
  return tree;
}

/** i18next with the app's strings and the checklist content, for the popup, options page and reminders. */
export function createChecklistI18n(language: string): Promise<i18n> {
  const extra = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, nestKeys(CHECKLIST_STRINGS[lang])]));
  return createI18n(language, extra);
}

// ---- Dates ----

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

// ---- Reminders ----
// A notification's title and body come from the reminder texts of dictionaries/checklists/lifecycle.yaml
// (`window-opens`, `before-expiry`, `stay-ends`):
// - one notification per card or certificate: the texts say "Your {{what}} expires", which reads right (in every
//   language) only with one thing as the subject;
// - a card that ends with the period of stay gets the `stay-ends` text: no expiry notice is mailed for it, and what
//   the user must do is the validity change (有効期間変更) after extending the stay, not a renewal.

/** One notification. */
export interface ReminderText {
  /** Unique per reminder and target, e.g. 'before-expiry-30@2030-04-10/card'. */
  id: string;
  message: ReminderMessageId;
  title: string;
  body: string;
}

const endsWithStay = (target: ReminderTarget) => target.target === 'card' && target.cappedBy === 'period-of-stay';

/**
 * The notifications for one reminder.
 * @example reminderTexts(reminder, i18n.t, 'en', checklists.lifecycle)[0].title === 'Your My Number Card expires in 30 days'
 */
export function reminderTexts(
  reminder: Reminder,
  t: i18n['t'],
  language: string,
  lifecycle: LifecycleChecklist,
): ReminderText[] {
  const tr = (text: Text, values: Record<string, string | number> = {}) =>
    t(text.id, { ...values, defaultValue: text.en });
  return reminder.targets.map((target) => {
    const message: ReminderMessageId = endsWithStay(target) ? 'stay-ends' : reminder.kind;
    const values = {
      what: tr(lifecycle.targets[target.target].label),
      expiry: formatDate(target.expiry, language),
      days: reminder.kind === 'before-expiry' ? reminder.daysBefore : daysBetween(reminder.date, target.expiry),
    };
    const { label, text } = lifecycle.reminders[message];
    return { id: `${reminder.id}/${target.target}`, message, title: tr(label, values), body: tr(text, values) };
  });
}
