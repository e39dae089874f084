/**
 * i18next for the UI (popup, options, welcome): the content script and the background use the catalogue
 * (catalogue.ts) instead. Resources are bundled (no backend: nothing is fetched). The language is the user's choice
 * in settings, else the browser's UI language, else English.
 *
 * Two kinds of strings: the app's own (locales/<lang>.json, nested keys) and the checklist content
 * (locales/checklists/<lang>.json, flat keys named by the YAML ids; see checklist-i18n.ts), merged in through
 * `extra`.
 */
import i18next, { type i18n } from 'i18next';
import en from './locales/en.json';
import fil from './locales/fil.json';
import id from './locales/id.json';
import ja from './locales/ja.json';
import ko from './locales/ko.json';
import ne from './locales/ne.json';
import ptBR from './locales/pt-BR.json';
import vi from './locales/vi.json';
import zhCN from './locales/zh-CN.json';
import { closestLanguage, languageFor, LANGUAGES, type Language } from './languages';

/** A tree of strings, as i18next keeps them (a dot in a key is a level). */
export interface Strings {
  [key: string]: string | Strings;
}

/** The UI languages, English first (the fallback and the reference every other file is checked against). */
export const RESOURCES: Readonly<Record<Language, Strings>> = {
  en,
  ja,
  'zh-CN': zhCN,
  ko,
  vi,
  'pt-BR': ptBR,
  fil,
  ne,
  id,
};
export type UiLanguage = Language;
export const UI_LANGUAGES: readonly UiLanguage[] = LANGUAGES;

/**
 * The supported UI language closest to a BCP 47 tag.
 * @example pickLanguage('ja-JP') // → 'ja'; pickLanguage('pt-PT') // → 'pt-BR'; pickLanguage('zh-Hans') // → 'zh-CN'
 */
export const pickLanguage: (tag: string | undefined) => UiLanguage = closestLanguage;

/**
 * The language to show: the setting, or the browser's language when the setting is 'auto'.
 * @example uiLanguageFor('auto', 'ko-KR') // → 'ko'
 */
export const uiLanguageFor: (setting: string, browserLanguage: string) => UiLanguage = languageFor;

/** Merges `extra` into `base` level by level (extra wins on a clash of two strings). */
export function mergeStrings(base: Strings, extra: Strings): Strings {
  const merged: Strings = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergeStrings(current, value) : value;
  }
  return merged;
}

/**
 * A fresh i18next instance for one UI surface.
 * @param extra more strings by language, merged into the app's (the checklist content).
 */
export async function createI18n(language: string, extra: Partial<Record<UiLanguage, Strings>> = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, { translation: mergeStrings(RESOURCES[lang], extra[lang] ?? {}) }]),
  );
  await instance.init({
    lng: pickLanguage(language),
    fallbackLng: 'en',
    // zh-CN and pt-BR are whole resources of their own, not regional variants of zh / pt.
    load: 'currentOnly',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next logs an advertisement to the console otherwise.
    showSupportNotice: false,
  });
  return instance;
}
