/**
 * What is knowingly not translated yet, so that the locales test can tell a known gap from a forgotten string. Add a
 * code here (with a reason) rather than leave a table silently short; remove it once the translation is in.
 */
import type { MessageCode } from './catalogue';
import type { Language } from './languages';

/**
 * Catalogue codes a language may lack for now (English stands in, marked as English): a code, or every code of an
 * area (`check.*`). A new code in messages/en.ts needs a translation in every messages/<lang>.json, or an entry
 * here (under `all` for every language).
 */
export const MESSAGE_FALLBACKS: Partial<Record<Exclude<Language, 'en'> | 'all', readonly DeclaredCode[]>> = {
  // Every language has every code of messages/en.ts: nothing is declared English for now.
};

/** A code, or `<area>.*` for all codes of an area. */
export type DeclaredCode = MessageCode | `${string}.*`;

/**
 * Whether a language's lack of a code is declared.
 * @example isDeclaredFallback('vi', 'check.romaji', { all: ['check.*'] }) // true
 */
export function isDeclaredFallback(
  lang: Exclude<Language, 'en'>,
  code: MessageCode,
  fallbacks: typeof MESSAGE_FALLBACKS = MESSAGE_FALLBACKS,
): boolean {
  return [...(fallbacks.all ?? []), ...(fallbacks[lang] ?? [])].some((declared) =>
    declared.endsWith('.*') ? code.startsWith(declared.slice(0, -1)) : declared === code,
  );
}

/**
 * Languages without a checklist content file (locales/checklists/<lang>.json) yet: the checklist reads English in
 * these languages. None now: fil, ne and id have theirs.
 */
export const CHECKLIST_GAPS: readonly Language[] = [];
