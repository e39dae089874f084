/**
 * The strings of the content script and the background, without i18next: a small typed catalogue keyed by message
 * code. English (messages/en.ts) is the reference and is always bundled; another language is a plain table of the
 * same codes (messages/<lang>.json) that may lack some: those fall back to English, and `entry()` says so, so that
 * the view can mark English shown to a reader of another language.
 *
 * A message is a string with `{name}` placeholders, or a plural table ({ one, other, … }, the categories of
 * `Intl.PluralRules`) chosen by the `count` parameter.
 */
import { closestLanguage, type Language } from './languages';
import { EN_MESSAGES } from './messages/en';

/** Languages Tebiki's core (glosses, hints, tooltip) may speak; English is the fallback of all of them. */
export type CoreLanguage = Language;

export type MessageCode = keyof typeof EN_MESSAGES;
/** One message: plain text, or one text per plural category (`other` is required). */
export type MessageText = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
/** A language's table: any subset of the codes. */
export type MessageTable = Partial<Record<MessageCode, MessageText>>;
export type MessageParams = Record<string, string | number>;

/** A message as shown: its text and the language it is in (English when the table lacked it). */
export interface ShownText {
  text: string;
  lang: CoreLanguage;
  /** True when the user's language lacked this message and English stands in. */
  fallback: boolean;
}

export interface Catalogue {
  readonly lang: CoreLanguage;
  /** The message in the catalogue's language (or English), placeholders filled. */
  t(code: MessageCode, params?: MessageParams): string;
  /** The same, with the language it is in. */
  entry(code: MessageCode, params?: MessageParams): ShownText;
}

/**
 * The core language closest to a BCP 47 tag.
 * @example coreLanguage('vi-VN') // 'vi'
 * @example coreLanguage('tl') // 'fil' (Tagalog readers get Filipino)
 * @example coreLanguage('pt-PT') // 'pt-BR'
 */
export const coreLanguage: (tag: string | undefined) => CoreLanguage = closestLanguage;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function pick(message: MessageText, lang: CoreLanguage, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = params?.count;
  if (typeof count !== 'number') return message.other;
  const category = new Intl.PluralRules(lang).select(count);
  return message[category] ?? message.other;
}

/**
 * A catalogue for `lang` over its table (absent or partial tables fall back to English message by message).
 * @example createCatalogue('en').t('tooltip.limitChars', { count: 11 }) // 'At most 11 characters.'
 */
export function createCatalogue(lang: CoreLanguage, table: MessageTable = {}): Catalogue {
  const entry = (code: MessageCode, params?: MessageParams): ShownText => {
    const own = lang === 'en' ? undefined : Object.hasOwn(table, code) ? table[code] : undefined;
    const message = own ?? EN_MESSAGES[code];
    const shownLang: CoreLanguage = own !== undefined ? lang : 'en';
    return {
      text: fill(pick(message, shownLang, params), params),
      lang: shownLang,
      fallback: own === undefined && lang !== 'en',
    };
  };
  return { lang, entry, t: (code, params) => entry(code, params).text };
}
