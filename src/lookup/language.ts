/**
 * Which language the lookup glosses in, and where its language pack comes from.
 *
 * Glosses exist in English (in the bundled index) and, through language packs (src/dictionary/language-pack.ts,
 * built from dictionaries/translations/<lang>/ and handed out by the background), in the other gloss languages.
 * Japanese is a UI language but not a gloss language: a Japanese UI shows the English glosses as they are.
 */
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { loadLanguagePack } from '@/src/i18n/language-pack-client';
import { GLOSS_LANGUAGES } from '@/src/i18n/languages';

/**
 * The gloss language for a UI language, or null for English (and for a UI language without glosses).
 * @example glossLanguageOf('vi') // 'vi'; glossLanguageOf('ja') // null; glossLanguageOf('en') // null
 */
export function glossLanguageOf(uiLanguage: string): string | null {
  return uiLanguage !== 'en' && (GLOSS_LANGUAGES as readonly string[]).includes(uiLanguage) ? uiLanguage : null;
}

/** Gets the pack of a gloss language, or null (English then stands in, marked as English). */
export type PackLoader = (lang: string) => Promise<LanguagePack | null>;

/**
 * The user's language pack, from the background (`bg:languagePack`, which extension pages may send), or null when
 * there is none or it cannot be read. The search and the explanations check that it fits the index.
 */
export const loadUserPack: PackLoader = (lang) => loadLanguagePack(lang);
