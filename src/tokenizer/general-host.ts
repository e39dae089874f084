/**
 * The general dictionary's host: loaded once, lazily, where the tokenizer lives (Chrome's offscreen document,
 * Firefox's background page), answering lookups for words the bundled index lacks, with a cache, and released after
 * some idle minutes like the tokenizer. Environment-agnostic: the loader and timers are injected.
 */

import type { GeneralDictionary, GeneralPiece } from '../dictionary/general.ts';
import type { Deinflector } from '../glossary/deinflect.ts';
import { hostTimers, trackLoad, type HostOptions, type LoadStats } from './host-load.ts';
import { LruCache } from './lru.ts';

/** What the loader gives: the dictionary, and the deinflector that finds its conjugated words. */
export interface LoadedGeneral {
  dictionary: GeneralDictionary;
  deinflector?: Deinflector;
}

/** Options of {@link createGeneralHost} (the cache holds 4,000 texts' pieces by default). */
export type GeneralHostOptions = HostOptions<LoadedGeneral>;

/** Counters for diagnostics and benchmarks. */
export interface GeneralHostStats extends LoadStats {
  /** Words in the dictionary once loaded. */
  words?: number;
}

export interface GeneralHost {
  /** The pieces of each text (words of the general dictionary and pieces it lacks). */
  lookup(texts: readonly string[]): Promise<GeneralPiece[][]>;
  release(): void;
  stats(): GeneralHostStats;
}

const DEFAULT_IDLE_MS = 5 * 60_000;

/**
 * Creates the host.
 * @example const host = createGeneralHost({ load: loadGeneralFromExtension }); await host.lookup(['件数'])
 */
export function createGeneralHost(options: GeneralHostOptions): GeneralHost {
  const timers = hostTimers(options.timers);
  const now = options.now ?? (() => performance.now());
  const cache = new LruCache<string, GeneralPiece[]>(options.cacheSize ?? 4000);
  const stats: GeneralHostStats = { state: 'unloaded', loads: 0, requests: 0 };
  let loaded: Promise<LoadedGeneral> | undefined;
  let idle: unknown;

  const release = () => {
    if (idle !== undefined) timers.clearTimeout(idle);
    idle = undefined;
    loaded = undefined;
    stats.state = 'unloaded';
    delete stats.words;
  };
  const touch = () => {
    if (idle !== undefined) timers.clearTimeout(idle);
    idle = timers.setTimeout(release, options.idleMs ?? DEFAULT_IDLE_MS);
  };
  const ensure = (): Promise<LoadedGeneral> => {
    if (loaded) return loaded;
    loaded = trackLoad(options.load, stats, now, {
      isCurrent: (current) => loaded === current,
      loaded: (value) => (stats.words = value.dictionary.size),
      failed: () => (loaded = undefined),
    });
    return loaded;
  };

  const lookup = async (texts: readonly string[]): Promise<GeneralPiece[][]> => {
    stats.requests += texts.length;
    const results = texts.map((t) => cache.get(t));
    if (results.some((r) => r === undefined)) {
      const { dictionary, deinflector } = await ensure();
      texts.forEach((text, i) => {
        if (results[i]) return;
        const pieces = cache.get(text) ?? dictionary.segment(text, deinflector);
        cache.set(text, pieces);
        results[i] = pieces;
      });
    }
    touch();
    return results as GeneralPiece[][];
  };

  return { lookup, release, stats: () => ({ ...stats }) };
}
