/**
 * Language packs as the extension ships them: one asset per language (lang/<lang>.json, built by scripts/i18n/),
 * read by the background from the extension's own package and checked before anyone uses them. A content script
 * never reads the asset itself: the asset is not web-accessible, so a page cannot probe for it.
 */
import { LANGUAGE_PACK_FORMAT, type LanguagePack } from '@/src/dictionary/language-pack';
import { isLanguage, type Language } from './languages';

/** Where a language's pack is in the extension package. */
export function languagePackPath(lang: Language): `/lang/${string}.json` {
  return `/lang/${lang}.json`;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when `value` is a pack for `lang` in the current layout: a stale or damaged pack is not used (English then
 * stands in), rather than misread.
 * @example isLanguagePack(JSON.parse(text), 'vi')
 */
export function isLanguagePack(value: unknown, lang: Language): value is LanguagePack {
  if (!isRecord(value)) return false;
  const { format, gloss, hint, messages, texts } = value;
  return (
    format === LANGUAGE_PACK_FORMAT &&
    value['lang'] === lang &&
    isStringArray(gloss) &&
    isStringArray(hint) &&
    gloss.length === hint.length &&
    isRecord(messages) &&
    isRecord(texts) &&
    Object.values(texts).every((text) => typeof text === 'string')
  );
}

/** Reads the text of a file of the extension package by its path (`/lang/vi.json`). */
export type ReadPackageFile = (path: string) => Promise<string>;

/**
 * A reader of packs that keeps the last few it read (a user reads one language; the picker may switch it).
 * Resolves to null for English (bundled everywhere), an unknown language, or a pack that is missing or damaged.
 * @example const read = createLanguagePackReader(fetchPackageFile); await read('vi') // { lang: 'vi', gloss: […], … }
 */
export function createLanguagePackReader(
  readFile: ReadPackageFile,
  keep = 2,
): (lang: string) => Promise<LanguagePack | null> {
  const cache = new Map<Language, Promise<LanguagePack | null>>();
  return (lang) => {
    if (!isLanguage(lang) || lang === 'en') return Promise.resolve(null);
    const cached = cache.get(lang);
    if (cached) {
      cache.delete(lang);
      cache.set(lang, cached); // most recently used last
      return cached;
    }
    const read = readFile(languagePackPath(lang))
      .then((text) => {
        const pack: unknown = JSON.parse(text);
        if (isLanguagePack(pack, lang)) return pack;
        console.error(`Tebiki: the ${lang} language pack is damaged or stale; English stands in`);
        return null;
      })
      .catch((error: unknown) => {
        console.error(`Tebiki: could not read the ${lang} language pack; English stands in`, error);
        cache.delete(lang); // try again next time
        return null;
      });
    cache.set(lang, read);
    while (cache.size > keep) cache.delete(cache.keys().next().value!);
    return read;
  };
}
