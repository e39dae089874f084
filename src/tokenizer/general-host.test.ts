import { describe, expect, it, vi } from 'vitest';
import { formatGeneralLine, loadGeneral } from '../dictionary/general.ts';
import { createGeneralHost } from './general-host.ts';

const dictionary = loadGeneral(formatGeneralLine({ term: '件数', reading: 'けんすう', conj: 'n', gloss: 'count' }));

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      setTimeout: (callback: () => void) => {
        pending.set(next, callback);
        return next++;
      },
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    },
    fire: () => [...pending.values()].forEach((f) => f()),
  };
}

describe('the general dictionary host', () => {
  it('loads once, on the first look-up, and caches answers', async () => {
    const load = vi.fn(() => Promise.resolve({ dictionary }));
    const host = createGeneralHost({ load, timers: fakeTimers().timers });
    expect(host.stats()).toMatchObject({ state: 'unloaded', loads: 0 });
    const [pieces] = await host.lookup(['件数']);
    expect(pieces).toEqual([{ text: '件数', entry: { term: '件数', reading: 'けんすう', conj: 'n', gloss: 'count' } }]);
    await host.lookup(['件数', '件数']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(host.stats()).toMatchObject({ state: 'loaded', loads: 1, requests: 3, words: 1 });
  });

  it('releases the dictionary after idle minutes and loads it again when asked', async () => {
    const load = vi.fn(() => Promise.resolve({ dictionary }));
    const clock = fakeTimers();
    const host = createGeneralHost({ load, timers: clock.timers, cacheSize: 1 });
    await host.lookup(['件数']);
    clock.fire();
    expect(host.stats().state).toBe('unloaded');
    await host.lookup(['件']);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed load, so the next look-up tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('no file')).mockResolvedValue({ dictionary });
    const host = createGeneralHost({ load, timers: fakeTimers().timers });
    await expect(host.lookup(['件数'])).rejects.toThrow('no file');
    expect(host.stats()).toMatchObject({ state: 'unloaded', lastError: 'no file' });
    await expect(host.lookup(['件数'])).resolves.toHaveLength(1);
  });
});
