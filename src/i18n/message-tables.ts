/**
 * Every language's message table, bundled: for the popup and options page only (they list the reminders in the same
 * words as the notifications). The content script and the background never import this: they get their language's
 * table from its language pack.
 */
import { createCatalogue, type Catalogue, type MessageTable } from './catalogue';
import { closestLanguage, type Language } from './languages';
import fil from './messages/fil.json';
import id from './messages/id.json';
import ja from './messages/ja.json';
import ko from './messages/ko.json';
import ne from './messages/ne.json';
import ptBR from './messages/pt-BR.json';
import vi from './messages/vi.json';
import zhCN from './messages/zh-CN.json';

/** The tables by language (English is messages/en.ts, the catalogue's reference). */
export const MESSAGE_TABLES: Readonly<Record<Exclude<Language, 'en'>, MessageTable>> = {
  ja,
  'zh-CN': zhCN,
  ko,
  vi,
  'pt-BR': ptBR,
  fil,
  ne,
  id,
};

/**
 * The catalogue of a language for the UI pages.
 * @example uiCatalogue('vi').t('tooltip.more') // 'Thêm'
 */
export function uiCatalogue(tag: string): Catalogue {
  const lang = closestLanguage(tag);
  return createCatalogue(lang, lang === 'en' ? {} : MESSAGE_TABLES[lang]);
}
