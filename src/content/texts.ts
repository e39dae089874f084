/**
 * Everything a user reads in the content script, in their language: the catalogue's messages (src/i18n) and the
 * data texts by id (field-kind hints `kind:<kind>.<field>`, screen names `screen:<id>`, portal notes
 * `portal:<id>.<n>`, portal secrets `secret:<id>.<field>`), which stay English in the YAML and are overlaid by the
 * user's language pack when one was delivered. A text English stands in for is marked as English.
 */
import { createCatalogue, type Catalogue, type CoreLanguage, type MessageTable } from '@/src/i18n/catalogue';
import type { Shown } from './tooltip-model';

export interface Texts {
  readonly lang: CoreLanguage;
  readonly catalogue: Catalogue;
  /** A data text by id in the user's language, else its English. */
  data(id: string, english: string): Shown;
}

/**
 * The texts for `lang`, over an optional message table and data texts (a language pack's `messages` and `texts`).
 * @example createTexts('en').data('kind:katakana.what', 'The reading…') // { text: 'The reading…', lang: 'en' }
 */
export function createTexts(lang: CoreLanguage, messages: MessageTable = {}, data: Record<string, string> = {}): Texts {
  const catalogue = createCatalogue(lang, messages);
  return {
    lang,
    catalogue,
    data(id, english) {
      const own = lang !== 'en' && Object.hasOwn(data, id) ? data[id] : undefined;
      if (typeof own === 'string' && own !== '') return { text: own, lang };
      return lang === 'en' ? { text: english, lang: 'en' } : { text: english, lang: 'en', fallback: true };
    },
  };
}

/** A catalogue message as a {@link Shown} text. */
export function shown(texts: Texts, ...args: Parameters<Catalogue['entry']>): Shown {
  const entry = texts.catalogue.entry(...args);
  return entry.fallback
    ? { text: entry.text, lang: entry.lang, fallback: true }
    : { text: entry.text, lang: entry.lang };
}
