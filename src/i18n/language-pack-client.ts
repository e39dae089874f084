/**
 * The content script's way to its user's language pack: it asks the background (`bg:languagePack`), which reads the
 * pack from the extension package. Only the user's language is ever loaded; English is bundled, and stands in
 * whenever the answer is missing or does not fit.
 *
 * For the engine: `pack.gloss[i]` / `pack.hint[i]` are entry i's gloss and hint ('' = none, show the English marked
 * as English); check {@link packFitsIndex} once. For core: {@link loadCatalogue} gives the catalogue in the user's
 * language; `pack.texts['kind:katakana.what']` etc. are the other texts by id.
 */
import type { CompiledIndex } from '@/src/dictionary/compiled-index';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { sendToExtension } from '@/src/messaging/send';
import { createCatalogue, type Catalogue } from './catalogue';
import { closestLanguage, type Language } from './languages';
import { isLanguagePack } from './language-pack-asset';

/** Sends the request; replaced in tests. */
export type AskBackground = (lang: Language) => Promise<unknown>;

const askBackground: AskBackground = (lang) => sendToExtension({ type: 'bg:languagePack', lang });

/**
 * The pack of the user's language, or null: for English, when the background does not answer (the extension was
 * updated under the page, the background failed), or when the answer is not a pack of that language.
 * @example const pack = await loadLanguagePack('vi'); pack?.gloss[i] || index.en[i]
 */
export async function loadLanguagePack(lang: string, ask: AskBackground = askBackground): Promise<LanguagePack | null> {
  const language = closestLanguage(lang);
  if (language === 'en') return null;
  try {
    const answer = await ask(language);
    return isLanguagePack(answer, language) ? answer : null;
  } catch {
    // No background to answer (the extension context was invalidated): English.
    return null;
  }
}

/**
 * The catalogue for the user's language: its messages from the pack, English message by message where it lacks one
 * (and everywhere when there is no pack).
 * @example (await loadCatalogue('vi')).t('tooltip.more') // 'Thêm'
 */
export async function loadCatalogue(lang: string, ask: AskBackground = askBackground): Promise<Catalogue> {
  const language = closestLanguage(lang);
  const pack = await loadLanguagePack(language, ask);
  return catalogueOf(language, pack);
}

/** The catalogue of a language over its pack (null: English stands in for every message). */
export function catalogueOf(lang: Language, pack: LanguagePack | null): Catalogue {
  return createCatalogue(lang, pack?.messages ?? {});
}

/**
 * True when the pack was built with this index: same number of entries. Both come from the same build, so a
 * mismatch means a stale extension (dev reloads); then use English rather than glosses of other entries.
 */
export function packFitsIndex(pack: LanguagePack, index: CompiledIndex): boolean {
  return pack.gloss.length === index.term.length;
}
