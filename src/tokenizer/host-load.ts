/**
 * What the tokenizer host and the general dictionary's host share: the default timers, and one load of the thing they
 * hold, recorded in their stats, whose result is kept only if no release came in between.
 */

/** The timer functions a host needs (globalThis's by default; fakes in tests). */
export interface HostTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's timers: the ones given, or globalThis's. */
export function hostTimers(timers: HostTimers | undefined): HostTimers {
  return (
    timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
    }
  );
}

/** What both hosts are given. */
export interface HostOptions<T> {
  /** Loads what the host holds (e.g. `() => loadKuromoji('/dict/')`). Called once per load, never concurrently. */
  load: () => Promise<T>;
  /** Maximum cached results (each host has its default). */
  cacheSize?: number;
  /** Release after this long without a request (default 5 minutes). */
  idleMs?: number;
  timers?: HostTimers;
  /** Clock in milliseconds, for load timing (default `performance.now`). */
  now?: () => number;
}

/** The counters both hosts report, for the popup's diagnostics and for benchmarks. */
export interface LoadStats {
  state: 'unloaded' | 'loading' | 'loaded';
  /** Completed loads since the host was created (more than 1 means it was released and reloaded). */
  loads: number;
  /** Duration of the last completed load in ms. */
  lastLoadMs?: number;
  lastError?: string;
  /** Texts asked for. */
  requests: number;
}

/**
 * Starts one load and records it in `stats`. While `isCurrent` holds (no release since, no newer load), `loaded` keeps
 * the value, or `failed` forgets the failed load so that the next request tries again; either way the callers waiting
 * on the returned promise get the value or the error.
 */
export function trackLoad<T>(
  load: () => Promise<T>,
  stats: LoadStats,
  now: () => number,
  on: { isCurrent: (load: Promise<T>) => boolean; loaded: (value: T) => void; failed: () => void },
): Promise<T> {
  const started = now();
  stats.state = 'loading';
  const current: Promise<T> = load().then(
    (value) => {
      if (on.isCurrent(current)) {
        stats.state = 'loaded';
        stats.loads++;
        stats.lastLoadMs = now() - started;
        delete stats.lastError;
        on.loaded(value);
      }
      return value;
    },
    (error: unknown) => {
      if (on.isCurrent(current)) {
        on.failed();
        stats.state = 'unloaded';
        stats.lastError = error instanceof Error ? error.message : String(error);
      }
      throw error;
    },
  );
  return current;
}
