/**
 * The background's words for reminders and the badge, without i18next or the checklist content: a table of those
 * strings in every language (virtual:tebiki-reminder-strings), English where a language lacks one.
 */
import reminderStrings from 'virtual:tebiki-reminder-strings';
import { coreLanguage } from '@/src/i18n/catalogue';
import type { Translate } from '@/src/checklist/reminder-texts';

/** The language of a setting ('auto' follows the browser), among those the table has. */
export function backgroundLanguage(setting: string, browserLanguage: string): string {
  const lang = coreLanguage(setting === 'auto' ? browserLanguage : setting);
  return Object.hasOwn(reminderStrings.strings, lang) ? lang : 'en';
}

/**
 * A translate function over the table: `{{name}}` placeholders filled, English when the language lacks the text.
 * @example translator('ja')({ id: 'lifecycle.target.card.label', en: 'My Number Card' }) === 'マイナンバーカード'
 */
export function translator(language: string): Translate {
  const table = reminderStrings.strings[language] ?? {};
  return (text, values = {}) =>
    (table[text.id] ?? text.en).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
}

export { reminderStrings };
