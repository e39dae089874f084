/**
 * Everything the checklist says to the user, in the user's language:
 * - the checklist content: locales/checklists/<lang>.json map each string id of dictionaries/checklists/*.yaml (see
 *   its SCHEMA.md, "String ids") to its text. en.json is the YAML's English, kept equal to it by a test; the others
 *   are translations. Flat files, so that a translator finds an id from the YAML by searching for it; i18next gets
 *   them nested;
 * - calendar dates written the way the language writes them;
 * - the words of the reminders' notifications.
 *
 * Only the popup and the options page import this module: the content script and the background use the catalogue
 * and their language pack, and the reminders a table of their own strings (src/background/reminder-language.ts).
 */
import type { i18n } from 'i18next';
import { createI18n, UI_LANGUAGES, type Strings, type UiLanguage } from './i18n';

/**
 * Checklist strings by language, flat: `{ 'pins.pin.signature.label': '…' }`. Every file in locales/checklists/ is
 * bundled (a new language is a new file); a language may lack some ids, which then show in English (the YAML's
 * text is every string's default value).
 */
const FILES = import.meta.glob<Record<string, string>>('./locales/checklists/*.json', {
  eager: true,
  import: 'default',
});
export const CHECKLIST_STRINGS: Readonly<Partial<Record<UiLanguage, Readonly<Record<string, string>>>>> =
  Object.fromEntries(Object.entries(FILES).map(([file, table]) => [file.replace(/^.*\/|\.json$/g, ''), table]));

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
  const extra = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, nestKeys(CHECKLIST_STRINGS[lang] ?? {})]));
  return createI18n(language, extra);
}
