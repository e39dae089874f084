/**
 * What is knowingly not translated yet, so that the locales test can tell a known gap from a forgotten string. Add a
 * code here (with a reason) rather than leave a table silently short; remove it once the translation is in.
 */
import type { MessageCode } from './catalogue';
import type { Language } from './languages';

/**
 * Catalogue codes a language may lack for now (English stands in, marked as English). A new code in messages/en.ts
 * needs a translation in every messages/<lang>.json, or an entry here.
 */
export const MESSAGE_FALLBACKS: Partial<Record<Exclude<Language, 'en'>, readonly MessageCode[]>> = {};

/**
 * Languages without a checklist content file (locales/checklists/<lang>.json) yet: the checklist engineer is
 * rewriting the content and adds them; until then the checklist reads English in these languages.
 */
export const CHECKLIST_GAPS: readonly Language[] = ['fil', 'ne', 'id'];
