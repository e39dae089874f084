import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenizerHost, type HostTimers } from './host.ts';
import type { Token, TokenizeFn } from './token.ts';

/** A fake tokenizer: one token per character, counting its calls. */
function fakeTokenizer(): { fn: TokenizeFn; calls: string[] } {
  const calls: string[] = [];
  const fn: TokenizeFn = (text) => {
    calls.push(text);
    return [...text].map((ch): Token => ({ surface: ch, base: ch, pos: 'noun' }));
  };
  return { fn, calls };
}

/** A loader that resolves when the test says so. */
function deferredLoader(fn: TokenizeFn) {
  const pending: Array<() => void> = [];
  const load = vi.fn(
    () =>
      new Promise<TokenizeFn>((resolve) => {
        pending.push(() => resolve(fn));
      }),
  );
  return { load, finish: () => pending.splice(0).forEach((resolve) => resolve()) };
}

describe('createTokenizerHost', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not load the tokenizer until the first request', async () => {
    const { fn } = fakeTokenizer();
    const load = vi.fn(() => Promise.resolve(fn));
    const host = createTokenizerHost({ load });
    expect(load).not.toHaveBeenCalled();
    expect(host.stats().state).toBe('unloaded');
    await host.tokenize('氏名');
    expect(load).toHaveBeenCalledTimes(1);
    expect(host.stats()).toMatchObject({ state: 'loaded', loads: 1 });
  });

  it('shares one load between concurrent requests', async () => {
    const { fn } = fakeTokenizer();
    const { load, finish } = deferredLoader(fn);
    const host = createTokenizerHost({ load });
    const a = host.tokenize('住所');
    const b = host.tokenize('氏名');
    await Promise.resolve();
    expect(host.stats().state).toBe('loading');
    finish();
    expect((await a).map((t) => t.surface)).toEqual(['住', '所']);
    expect((await b).map((t) => t.surface)).toEqual(['氏', '名']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers repeated texts from the cache and counts hits and misses', async () => {
    const { fn, calls } = fakeTokenizer();
    const host = createTokenizerHost({ load: () => Promise.resolve(fn) });
    await host.tokenizeMany(['氏名', '住所', '氏名']);
    await host.tokenize('住所');
    expect(calls).toEqual(['氏名', '住所']);
    expect(host.stats()).toMatchObject({ requests: 4, cacheHits: 1, cacheMisses: 3, cacheSize: 2 });
  });

  it('evicts the least recently used texts beyond the cache size', async () => {
    const { fn, calls } = fakeTokenizer();
    const host = createTokenizerHost({ load: () => Promise.resolve(fn), cacheSize: 2 });
    await host.tokenizeMany(['a', 'b', 'c']);
    await host.tokenize('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('releases the tokenizer after the idle time and reloads on the next request', async () => {
    const { fn } = fakeTokenizer();
    const load = vi.fn(() => Promise.resolve(fn));
    const onRelease = vi.fn();
    const host = createTokenizerHost({ load, idleMs: 60_000, onRelease });
    await host.tokenize('a');
    vi.advanceTimersByTime(59_000);
    await host.tokenize('b'); // activity postpones the release
    vi.advanceTimersByTime(59_000);
    expect(host.stats().state).toBe('loaded');
    vi.advanceTimersByTime(1_000);
    expect(host.stats()).toMatchObject({ state: 'unloaded', releases: 1 });
    expect(onRelease).toHaveBeenCalledTimes(1);
    await host.tokenize('a'); // cached: no reload needed
    expect(load).toHaveBeenCalledTimes(1);
    await host.tokenize('c');
    expect(load).toHaveBeenCalledTimes(2);
    expect(host.stats().loads).toBe(2);
  });

  it('uses injected timers', async () => {
    const scheduled: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
    const timers: HostTimers = {
      setTimeout: (callback, ms) => scheduled.push({ callback, ms, cleared: false }) - 1,
      clearTimeout: (handle) => {
        scheduled[handle as number]!.cleared = true;
      },
    };
    const { fn } = fakeTokenizer();
    const host = createTokenizerHost({ load: () => Promise.resolve(fn), idleMs: 1234, timers });
    await host.tokenize('a');
    const live = scheduled.filter((t) => !t.cleared);
    expect(live).toHaveLength(1);
    expect(live[0]!.ms).toBe(1234);
    live[0]!.callback();
    expect(host.stats().state).toBe('unloaded');
  });

  it('measures the load time with the injected clock', async () => {
    let clock = 100;
    const { fn } = fakeTokenizer();
    const host = createTokenizerHost({
      load: () => {
        clock += 640;
        return Promise.resolve(fn);
      },
      now: () => clock,
    });
    await host.tokenize('a');
    expect(host.stats().lastLoadMs).toBe(640);
  });

  it('retries after a failed load and reports the error', async () => {
    const { fn } = fakeTokenizer();
    const load = vi.fn<() => Promise<TokenizeFn>>().mockRejectedValueOnce(new Error('404 base.dat.gz'));
    load.mockResolvedValueOnce(fn);
    const host = createTokenizerHost({ load });
    await expect(host.tokenize('a')).rejects.toThrow('404 base.dat.gz');
    expect(host.stats()).toMatchObject({ state: 'unloaded', lastError: '404 base.dat.gz' });
    await expect(host.tokenize('a')).resolves.toHaveLength(1);
    expect(host.stats().lastError).toBeUndefined();
  });

  it('serves callers waiting on a load that a release overtook, without keeping it', async () => {
    const { fn } = fakeTokenizer();
    const { load, finish } = deferredLoader(fn);
    const host = createTokenizerHost({ load });
    const pending = host.tokenize('a');
    await Promise.resolve();
    host.release();
    finish();
    await expect(pending).resolves.toHaveLength(1);
    expect(host.stats()).toMatchObject({ state: 'unloaded', releases: 1, loads: 0 });
  });

  it('does nothing on release() when nothing is loaded', () => {
    const host = createTokenizerHost({ load: () => Promise.resolve(fakeTokenizer().fn) });
    host.release();
    expect(host.stats().releases).toBe(0);
  });
});
