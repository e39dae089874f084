/**
 * i18next for the UI. Resources are bundled (no backend: nothing is fetched). The language is the user's choice in
 * settings, else the browser's UI language, else English.
 *
 * Two kinds of strings: the app's own (locales/<lang>.json, nested keys, bundled everywhere including the content
 * script) and the checklist content (locales/checklists/<lang>.json, flat keys named by the YAML ids; see
 * checklist-i18n.ts), which only the popup, the options page and the reminders load, through `extra`.
 */
import i18next, { type i18n } from 'i18next';
import en from './locales/en.json';
import ja from './locales/ja.json';
import ko from './locales/ko.json';
import ptBR from './locales/pt-BR.json';
import vi from './locales/vi.json';
import zhCN from './locales/zh-CN.json';

/** The UI languages, English first (the fallback and the reference every other file is checked against). */
export const RESOURCES = { en, ja, 'zh-CN': zhCN, ko, vi, 'pt-BR': ptBR } as const;
export type UiLanguage = keyof typeof RESOURCES;
export const UI_LANGUAGES = Object.keys(RESOURCES) as UiLanguage[];

/** A tree of strings, as i18next keeps them (a dot in a key is a level). */
export interface Strings {
  [key: string]: string | Strings;
}

/**
 * The supported UI language closest to a BCP 47 tag.
 * @example pickLanguage('ja-JP') // → 'ja'; pickLanguage('pt-PT') // → 'pt-BR'; pickLanguage('zh-Hans') // → 'zh-CN'
 */
export function pickLanguage(tag: string | undefined): UiLanguage {
  const lower = (tag ?? '').toLowerCase().replace(/_/g, '-');
  const exact = UI_LANGUAGES.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return UI_LANGUAGES.find((lang) => lang.toLowerCase().split('-')[0] === base) ?? 'en';
}

/**
 * The language to show: the setting, or the browser's language when the setting is 'auto'.
 * @example uiLanguageFor('auto', 'ko-KR') // → 'ko'
 */
export function uiLanguageFor(setting: string, browserLanguage: string): UiLanguage {
  return pickLanguage(setting === 'auto' ? browserLanguage : setting);
}

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
    // i18next logs an advertisement to the console otherwise: on a portal page, that is the page's console.
    showSupportNotice: false,
  });
  return instance;
}
