/**
 * Everything the checklist says to the user in the popup and the options page, in the user's language:
 * - the checklist content: locales/checklists/<lang>.json map each string id of dictionaries/checklists/*.yaml (see
 *   its SCHEMA.md, "String ids") to its text. en.json is the YAML's English, kept equal to it by a test; the others
 *   are translations, loaded for whichever languages have a file (a language without one reads English). Flat
 *   files, so that a translator finds an id from the YAML by searching for it; i18next gets them nested;
 * - the reminders as the popup lists them, in the words of the notifications (the catalogue's `reminder.*`).
 *
 * Only the popup and the options page import this module: the content script and the background use the catalogue.
 */
import type { i18n } from 'i18next';
import { createI18n, UI_LANGUAGES, type Strings, type UiLanguage } from './i18n';
import { uiCatalogue } from './message-tables';
import { reminderNotifications, type ReminderText } from './reminder-messages';
import type { Reminder } from '@/src/checklist/lifecycle';

// ---- Checklist content ----

/** The checklist files there are, by path (./locales/checklists/<lang>.json). */
const CHECKLIST_FILES = import.meta.glob<Record<string, string>>('./locales/checklists/*.json', {
  eager: true,
  import: 'default',
});

/** Checklist strings by language, flat: `{ 'pins.pin.signature.label': '…' }`; a language may have no file yet. */
export const CHECKLIST_STRINGS: Readonly<Partial<Record<UiLanguage, Readonly<Record<string, string>>>>> =
  Object.fromEntries(
    UI_LANGUAGES.flatMap((lang) => {
      const strings = CHECKLIST_FILES[`./locales/checklists/${lang}.json`];
      return strings ? [[lang, strings]] : [];
    }),
  );

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

/** i18next with the app's strings and the checklist content, for the popup and the options page. */
export function createChecklistI18n(language: string): Promise<i18n> {
  const extra = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, nestKeys(CHECKLIST_STRINGS[lang] ?? {})] as const),
  );
  return createI18n(language, extra);
}

/**
 * The reminders' notifications as the popup lists them, in the language of the page.
 * @example reminderTexts(reminder, 'en')[0].title === 'Your My Number Card expires in 30 days'
 */
export function reminderTexts(reminder: Reminder, language: string): ReminderText[] {
  return reminderNotifications(reminder, uiCatalogue(language));
}
