/**
 * The lookup engine of this page, built on first use from the bundled index and documents and kept for the page's
 * life (one per gloss language).
 *
 * The UI imports this module lazily (`import('@/src/lookup/load-engine')`), so the index (~1.3 MB of JSON) and the
 * documents are parsed only when the user opens the Look up tab, and never weigh on the popup's other tabs.
 */
import documents from 'virtual:tebiki-documents';
import { loadIndex } from 'virtual:tebiki-index';
import { sendToExtension } from '@/src/messaging/send';
import { createLookupEngine, type LookupEngine } from './engine';
import type { TokenizeRequest } from './explain';
import { glossLanguageOf, loadUserPack, type PackLoader } from './language';

/** Tokens from the shared tokenizer in the background; null when it cannot answer (the index's gloss then stands). */
export const requestTokens: TokenizeRequest = (texts) =>
  sendToExtension({ type: 'bg:tokenize', texts }).catch(() => null);

const engines = new Map<string, Promise<LookupEngine>>();

/**
 * The engine for a UI language, built on first use and kept for the page's life.
 * @param loadPack how to get the user's language pack (default: language.ts)
 */
export function loadLookupEngine(uiLanguage: string, loadPack: PackLoader = loadUserPack): Promise<LookupEngine> {
  const glossLang = glossLanguageOf(uiLanguage);
  const key = glossLang ?? 'en';
  let engine = engines.get(key);
  if (!engine) {
    engine = (async () => {
      const pack = glossLang ? await loadPack(glossLang) : null;
      const start = performance.now();
      const index = loadIndex();
      const indexMs = performance.now() - start;
      const built = createLookupEngine({ index, documents, pack, glossLang, tokenize: requestTokens });
      return { ...built, timings: { ...built.timings, indexMs } };
    })();
    engines.set(key, engine);
    // A failed load is not kept: the next attempt tries again.
    engine.catch(() => engines.delete(key));
  }
  return engine;
}
