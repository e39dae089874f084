/**
 * Tebiki's languages and how the one to show is chosen. No strings and no i18next here: the content script, the
 * background and the storage module import this, and none of them may pull in the UI's locale files.
 */

/** The languages Tebiki speaks, English first (the fallback of all the others). UI and core use the same list. */
export const LANGUAGES = ['en', 'ja', 'zh-CN', 'ko', 'vi', 'pt-BR', 'fil', 'ne', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Languages a dictionary entry may be glossed in (English is required in the source; Japanese is the source).
 * Translation files live in dictionaries/translations/<one of these but en>/.
 */
export const GLOSS_LANGUAGES = ['en', 'zh-CN', 'vi', 'ko', 'pt-BR', 'fil', 'ne', 'id'] as const;
export type GlossLanguage = (typeof GLOSS_LANGUAGES)[number];

/** True for one of {@link LANGUAGES}, written exactly. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language closest to a BCP 47 tag; English when none is close.
 * @example closestLanguage('vi-VN') // 'vi'
 * @example closestLanguage('tl') // 'fil' (Tagalog readers get Filipino)
 * @example closestLanguage('pt-PT') // 'pt-BR'; closestLanguage('zh-TW') // 'zh-CN'
 */
export function closestLanguage(tag: string | undefined): Language {
  const lower = (tag ?? '').toLowerCase().replace(/_/g, '-');
  const exact = LANGUAGES.find((lang) => lang.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  if (base === 'tl') return 'fil';
  if (base === 'in') return 'id'; // Java's old code for Indonesian
  return LANGUAGES.find((lang) => lang.toLowerCase().split('-')[0] === base) ?? 'en';
}

/**
 * The language to show: the setting, or the browser's language when the setting is 'auto'.
 * @example languageFor('auto', 'ko-KR') // 'ko'; languageFor('vi', 'ko-KR') // 'vi'
 */
export function languageFor(setting: string, browserLanguage: string): Language {
  return closestLanguage(setting === 'auto' ? browserLanguage : setting);
}
