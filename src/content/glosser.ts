/**
 * The content script's glosser: synchronous glossing over the bundled dictionary index, and refinement with the
 * shared tokenizer's tokens (readings, base forms) when they arrive. The index is parsed and its key maps built on
 * the first label glossed, in the annotator's first slice, not while the script starts.
 */
import { loadIndex } from 'virtual:tebiki-index';
import { createGlosser, type Glosser as IndexGlosser } from '@/src/glossary/matcher';
import { refine, tokenizerInput } from '@/src/glossary/refine';
import type { GlossResult } from '@/src/glossary/types';
import type { TokenizeResponse } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
import type { Glosser } from './store';
import { cleanText } from './labels';

let instance: IndexGlosser | null = null;
const indexGlosser = () => (instance ??= createGlosser(loadIndex()));

/** Asks the background for tokens; resolves to null when the tokenizer is unavailable (the sync gloss stands). */
export type TokenizeRequest = (texts: string[]) => Promise<TokenizeResponse | null>;

const requestTokens: TokenizeRequest = (texts) => sendToExtension({ type: 'bg:tokenize', texts }).catch(() => null);

/** Creates the content glosser; `tokenize` is injectable for tests. */
export function createContentGlosser(tokenize: TokenizeRequest = requestTokens): Glosser {
  return {
    // Labels come cut already (cleanText); cutting again here keeps any other caller's huge text from the matcher.
    gloss: (label) => indexGlosser().gloss(cleanText(label)),
    prepare: () => void indexGlosser(),
    // Refines the stored results (the item store keeps them): the text is tokenized, never glossed again.
    async refineAll(results): Promise<GlossResult[] | null> {
      const response = await tokenize(results.map((result) => tokenizerInput(result.text)));
      if (!response || 'error' in response) return null;
      const glosser = indexGlosser();
      return results.map((result, i) => refine(result as GlossResult, response.tokens[i] ?? [], glosser));
    },
  };
}
