/**
 * The background's reader of language packs: it answers the content scripts' `bg:languagePack` and gives the
 * reminders their words. The pack is read from the extension's own package (a fetch of its own URL, not the
 * network).
 */
import { browser } from 'wxt/browser';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { createLanguagePackReader } from './language-pack-asset';
import { createCatalogue, type Catalogue } from './catalogue';
import { isLanguage } from './languages';

/**
 * The pack of a language (null for English, an unknown language or a pack that could not be read), kept once read.
 * @example await readLanguagePack('vi') // { lang: 'vi', gloss: […], … }
 */
export const readLanguagePack: (lang: string) => Promise<LanguagePack | null> = createLanguagePackReader(
  async (path) => {
    // The path is one of the packs the build writes (lang/<lang>.json), not a file of public/.
    const response = await fetch(browser.runtime.getURL(path as '/'));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  },
);

/**
 * The catalogue of a language, for the background's own words (reminders); English where the pack is missing.
 * @example (await backgroundCatalogue('ko')).t('reminder.target.card') // '마이넘버 카드'
 */
export async function backgroundCatalogue(lang: string): Promise<Catalogue> {
  const language = isLanguage(lang) ? lang : 'en';
  const pack = await readLanguagePack(language);
  return createCatalogue(pack ? language : 'en', pack?.messages ?? {});
}
