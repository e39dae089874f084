/**
 * A language pack: everything Tebiki's core says in one language other than English, built at build time from
 * dictionaries/translations/<lang>/ and the message tables, and loaded by a content script only for the language
 * its user reads (English is bundled; the others never are).
 */
import type { MessageTable } from '../i18n/catalogue.ts';

/** Current layout version of {@link LanguagePack}. */
export const LANGUAGE_PACK_FORMAT = 1;

export interface LanguagePack {
  format: typeof LANGUAGE_PACK_FORMAT;
  /** A core language (catalogue.ts CORE_LANGUAGES), never 'en'. */
  lang: string;
  /**
   * Per entry of the compiled index (same order, same length): the gloss in this language, '' where there is
   * none (English then stands in, marked as English).
   */
  gloss: string[];
  /** Per entry: the hint in this language, '' where there is none. */
  hint: string[];
  /** The catalogue's messages in this language. */
  messages: MessageTable;
  /** Other data texts by id: field-kind hints (`kind:<kind>.<field>`), screen names (`screen:<id>`), portal notes. */
  texts: Record<string, string>;
}
