/**
 * The background's reader of language packs: it answers the content scripts' `bg:languagePack`. The pack is read
 * from the extension's own package (a fetch of its own URL, not the network).
 */
import { browser } from 'wxt/browser';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { createLanguagePackReader } from './language-pack-asset';

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
