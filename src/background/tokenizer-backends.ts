/**
 * Where the one shared tokenizer and the general dictionary live. Chrome: an offscreen document, created on the
 * first request and closed when the host releases the tokenizer (a service worker is stopped after 30 s idle and
 * would reload the 250 MiB dictionary each time). Firefox: the background page itself (it has a DOM and fetch; there
 * is no offscreen API). The general dictionary is asked first, for words the bundled index lacks; the tokenizer
 * loads only for labels still not fully answered.
 */
import { browser } from 'wxt/browser';
import type { HostStats, IndexResponse, LookupResponse, TokenizeResponse } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
import type { GeneralHost } from '@/src/tokenizer/general-host';
import { DICT_FILES } from '@/src/tokenizer/general-load';
import { createTokenizerHost, type TokenizerHost } from '@/src/tokenizer/host';
import type { TokenizeFn } from '@/src/tokenizer/token';

export interface TokenizerBackend {
  tokenize(texts: string[]): Promise<TokenizeResponse>;
  /** Looks words up in the general dictionary. */
  lookup(texts: string[]): Promise<LookupResponse>;
  stats(): Promise<HostStats | null>;
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

/** Looks words up with a general host, turning a failed load into an error answer. */
export async function lookupWithHost(host: GeneralHost, texts: string[]): Promise<LookupResponse> {
  try {
    return { pieces: await host.lookup(texts) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The compiled index for a content script, read from the build's file (not web-accessible: pages cannot read it;
 * the background relays it). Kept out of the content-script bundle, so every tab parses a smaller script.
 */
export async function readIndex(): Promise<IndexResponse> {
  try {
    const response = await fetch(DICT_FILES.index);
    if (!response.ok) return { error: `index: ${response.status}` };
    return { json: await response.text() };
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
    async lookup(texts) {
      await ensureDocument();
      return sendToExtension({ type: 'offscreen:lookup', texts });
    },
    async stats() {
      return (await hasDocument()) ? sendToExtension({ type: 'offscreen:stats' }) : null;
    },
    async released() {
      if (await hasDocument()) await browser.offscreen.closeDocument();
    },
  };
}

/**
 * Firefox: the tokenizer host and the general dictionary in the background page. Both are injected so Chrome's
 * bundle never holds kuromoji or the general host.
 */
export function localBackend(load: () => Promise<TokenizeFn>, general: GeneralHost): TokenizerBackend {
  const host = createTokenizerHost({ load });
  return {
    tokenize: (texts) => respondWithHost(host, texts),
    lookup: (texts) => lookupWithHost(general, texts),
    stats: () => Promise.resolve({ ...host.stats(), general: general.stats() }),
    released: () => Promise.resolve(),
  };
}
