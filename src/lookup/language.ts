/**
 * Which language the lookup glosses in, and where its language pack comes from.
 *
 * Glosses exist in English (in the bundled index) and, through language packs (src/dictionary/language-pack.ts,
 * built from dictionaries/translations/<lang>/), in the gloss languages below. Japanese is a UI language but not a
 * gloss language: a Japanese UI shows the English glosses as they are.
 */
import type { LanguagePack } from '@/src/dictionary/language-pack';

/** Languages glosses can be shown in besides English (the team's contract: en, zh-CN, vi, ko, pt-BR, fil, ne, id). */
export const PACK_LANGUAGES = ['zh-CN', 'vi', 'ko', 'pt-BR', 'fil', 'ne', 'id'] as const;

/**
 * The gloss language for a UI language, or null for English (and for a UI language without glosses).
 * @example glossLanguageOf('vi') // 'vi'; glossLanguageOf('ja') // null; glossLanguageOf('en') // null
 */
export function glossLanguageOf(uiLanguage: string): string | null {
  return (PACK_LANGUAGES as readonly string[]).includes(uiLanguage) ? uiLanguage : null;
}

/** Gets the pack of a gloss language, or null (English then stands in, marked as English). */
export type PackLoader = (lang: string) => Promise<LanguagePack | null>;

/**
 * The user's language pack. Until the packs are delivered to extension pages (issue 14: `bg:languagePack`, the
 * i18n engineer's src/i18n/language-pack-client.ts), there is none and glosses are English, marked as such; the
 * search and the explanations already take a pack (search-index.ts, meaning.ts), so this is the one place to wire.
 */
export const loadUserPack: PackLoader = () => Promise.resolve(null);
