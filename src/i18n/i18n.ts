/**
 * i18next for the UI. Resources are bundled (no backend: nothing is fetched). The language is the user's choice in
 * settings, else the browser's UI language, else English.
 */
import i18next, { type i18n } from 'i18next';
import en from './locales/en.json';
import ja from './locales/ja.json';

export const RESOURCES = { en, ja } as const;
export type UiLanguage = keyof typeof RESOURCES;
export const UI_LANGUAGES = Object.keys(RESOURCES) as UiLanguage[];

/**
 * The supported UI language closest to a BCP 47 tag.
 * @example pickLanguage('ja-JP') // → 'ja'
 */
export function pickLanguage(tag: string | undefined): UiLanguage {
  const lower = (tag ?? '').toLowerCase();
  const exact = UI_LANGUAGES.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return UI_LANGUAGES.find((lang) => lang.split('-')[0] === base) ?? 'en';
}

/** A fresh i18next instance for one UI surface. */
export async function createI18n(language: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: pickLanguage(language),
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lang, translation]) => [lang, { translation }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next logs an advertisement to the console otherwise: on a portal page, that is the page's console.
    showSupportNotice: false,
  });
  return instance;
}
