/**
 * Where the one shared tokenizer lives. Chrome: an offscreen document, created on the first request and closed
 * when the host releases the tokenizer (a service worker is stopped after 30 s idle and would reload the 250 MiB
 * dictionary each time). Firefox: the background page itself (it has a DOM and fetch; there is no offscreen API).
 */
import { browser } from 'wxt/browser';
import type { TokenizeResponse } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
import { createTokenizerHost, type TokenizerHost, type TokenizerHostStats } from '@/src/tokenizer/host';
import type { TokenizeFn } from '@/src/tokenizer/token';

export interface TokenizerBackend {
  tokenize(texts: string[]): Promise<TokenizeResponse>;
  stats(): Promise<TokenizerHostStats | null>;
  /** The host released its tokenizer (Chrome: close the offscreen document). */
  released(): Promise<void>;
}

/** Tokenizes with a host, turning a failed load into an error answer rather than a rejected message. */
export async function respondWithHost(host: TokenizerHost, texts: string[]): Promise<TokenizeResponse> {
  try {
    return { tokens: await host.tokenizeMany(texts) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome: the tokenizer host in an offscreen document. */
export function offscreenBackend(): TokenizerBackend {
  let creating: Promise<void> | null = null;

  const hasDocument = async () => {
    const contexts = await browser.runtime.getContexts({
      contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
      documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
    });
    return contexts.length > 0;
  };

  const ensureDocument = async () => {
    if (await hasDocument()) return;
    // Two tabs asking at once must not create two documents (the second create throws).
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: [browser.offscreen.Reason.WORKERS],
        justification: 'Runs the Japanese tokenizer (kuromoji) once for all tabs, on the device.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };

  return {
    async tokenize(texts) {
      await ensureDocument();
      return sendToExtension({ type: 'offscreen:tokenize', texts });
    },
    async stats() {
      return (await hasDocument()) ? sendToExtension({ type: 'offscreen:stats' }) : null;
    },
    async released() {
      if (await hasDocument()) await browser.offscreen.closeDocument();
    },
  };
}

/** Firefox: the tokenizer host in the background page. `load` is injected so Chrome's bundle never holds kuromoji. */
export function localBackend(load: () => Promise<TokenizeFn>): TokenizerBackend {
  const host = createTokenizerHost({ load });
  return {
    tokenize: (texts) => respondWithHost(host, texts),
    stats: () => Promise.resolve(host.stats()),
    released: () => Promise.resolve(),
  };
}
