/**
 * The tokenizer host: one lazily loaded tokenizer shared by every tab, with an LRU cache of results,
 * released after some idle minutes.
 *
 * Environment-agnostic on purpose: the loader and timers are injected, so the same code runs in the
 * offscreen document (Chrome), the background page (Firefox), Node tools and tests with fake timers.
 * Releasing only drops the reference; the ~250 MiB of dictionary buffers go when the GC runs (or when
 * the offscreen document is closed, which the caller may do in `onRelease`).
 */

import { hostTimers, trackLoad, type HostOptions, type LoadStats } from './host-load.ts';
import { LruCache } from './lru.ts';

export type { HostTimers } from './host-load.ts';
import type { Token, TokenizeFn } from './token.ts';

/** Options of {@link createTokenizerHost}. */
/** Options of {@link createTokenizerHost} (the cache holds 2,000 labels' tokens by default: a few hundred KB). */
export interface TokenizerHostOptions extends HostOptions<TokenizeFn> {
  /** Called after an idle or explicit release (e.g. to close the offscreen document). */
  onRelease?: () => void;
}

/** Counters and state for the popup's diagnostics and for benchmarks. */
export interface TokenizerHostStats extends LoadStats {
  releases: number;
  cacheHits: number;
  cacheMisses: number;
  cacheSize: number;
}

/** A shared tokenizer with a cache. */
export interface TokenizerHost {
  /** Tokens of one text, from the cache or the tokenizer (loading it on first use). */
  tokenize(text: string): Promise<Token[]>;
  /** Tokens of many texts; loads the tokenizer only if some text is not cached. */
  tokenizeMany(texts: readonly string[]): Promise<Token[][]>;
  /** Drops the tokenizer now (the cache is kept: its results stay valid). */
  release(): void;
  stats(): TokenizerHostStats;
}

const DEFAULT_IDLE_MS = 5 * 60_000;
const DEFAULT_CACHE_SIZE = 2000;

/**
 * Creates a tokenizer host.
 * @example const host = createTokenizerHost({ load: () => loadKuromoji('/dict/') }); await host.tokenize('氏名')
 */
export function createTokenizerHost(options: TokenizerHostOptions): TokenizerHost {
  const timers = hostTimers(options.timers);
  const now = options.now ?? (() => performance.now());
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const cache = new LruCache<string, Token[]>(options.cacheSize ?? DEFAULT_CACHE_SIZE);

  let tokenizer: TokenizeFn | undefined;
  let loading: Promise<TokenizeFn> | undefined;
  // Bumped by release(): a load that finishes after a release serves its waiting callers but is not kept.
  let generation = 0;
  let idleTimer: unknown;
  const stats: TokenizerHostStats = {
    state: 'unloaded',
    loads: 0,
    releases: 0,
    requests: 0,
    cacheHits: 0,
    cacheMisses: 0,
    cacheSize: 0,
  };

  const scheduleRelease = () => {
    if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
    idleTimer = tokenizer || loading ? timers.setTimeout(release, idleMs) : undefined;
  };

  function release(): void {
    if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
    idleTimer = undefined;
    if (!tokenizer && !loading) return;
    tokenizer = undefined;
    loading = undefined;
    generation++;
    stats.state = 'unloaded';
    stats.releases++;
    options.onRelease?.();
  }

  /** The loaded tokenizer, starting the one shared load if none is under way. */
  const ensureLoaded = (): Promise<TokenizeFn> => {
    if (tokenizer) return Promise.resolve(tokenizer);
    if (loading) return loading;
    const gen = generation;
    loading = trackLoad(options.load, stats, now, {
      isCurrent: () => gen === generation,
      loaded: (fn) => {
        tokenizer = fn;
        loading = undefined;
        scheduleRelease();
      },
      failed: () => (loading = undefined),
    });
    return loading;
  };

  const tokenizeMany = async (texts: readonly string[]): Promise<Token[][]> => {
    stats.requests += texts.length;
    const results: Array<Token[] | undefined> = texts.map((text) => cache.get(text));
    const missing = results.filter((r) => r === undefined).length;
    stats.cacheHits += texts.length - missing;
    stats.cacheMisses += missing;
    if (missing > 0) {
      const fn = await ensureLoaded();
      texts.forEach((text, i) => {
        if (results[i] !== undefined) return;
        // The same text may appear twice in one batch; tokenize it once.
        let tokens = cache.get(text);
        if (!tokens) {
          tokens = fn(text);
          cache.set(text, tokens);
        }
        results[i] = tokens;
      });
      stats.cacheSize = cache.size;
    }
    scheduleRelease();
    return results as Token[][];
  };

  return {
    tokenize: async (text) => (await tokenizeMany([text]))[0]!,
    tokenizeMany,
    release,
    stats: () => ({ ...stats, cacheSize: cache.size }),
  };
}
