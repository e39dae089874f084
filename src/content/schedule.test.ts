// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWorkQueue, FRAME_WAIT_MS } from './schedule';

/** A walk of `n` items that advances a fake clock by `cost` ms per item. */
function* walk(n: number, clock: { now: number }, cost: number): Generator<number | null> {
  for (let i = 0; i < n; i++) {
    clock.now += cost;
    yield i;
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createWorkQueue', () => {
  it('prepares alone in the first slice, then works in slices of at most sliceMs', async () => {
    const clock = { now: 0 };
    const log: string[] = [];
    // A slice is one task: a new one starts when a microtask ran since the last item.
    let slice = 0;
    let inSlice = false;
    const mark = () => {
      if (inSlice) return;
      slice++;
      inSlice = true;
      queueMicrotask(() => (inSlice = false));
    };
    const queue = createWorkQueue<number>({
      doc: document,
      signal: new AbortController().signal,
      now: () => clock.now,
      sliceMs: 16,
      prepare: () => log.push('prepare'),
      take: (n) => {
        mark();
        log.push(`${slice}:${n}`);
      },
      idle: () => log.push('idle'),
    });
    queue.push(walk(10, clock, 5));
    queue.kick();
    for (let i = 0; i < 50 && !log.includes('idle'); i++) await wait(FRAME_WAIT_MS / 4);
    expect(log[0]).toBe('prepare');
    expect(log.at(-1)).toBe('idle');
    // 5 ms per item in 16 ms slices: at most four items (the fourth crosses the limit) per slice.
    const perSlice = new Map<string, number>();
    for (const entry of log.slice(1, -1))
      perSlice.set(entry.split(':')[0]!, (perSlice.get(entry.split(':')[0]!) ?? 0) + 1);
    expect(Math.max(...perSlice.values())).toBeLessThanOrEqual(4);
    expect(perSlice.size).toBeGreaterThanOrEqual(3);
    expect(log.filter((e) => e.includes(':'))).toHaveLength(10);
  });

  it('pauses at the nulls of a walk and skips them', async () => {
    const taken: number[] = [];
    const queue = createWorkQueue<number>({
      doc: document,
      signal: new AbortController().signal,
      take: (n) => taken.push(n),
      idle: () => {},
    });
    queue.push([1, null, 2, null, 3][Symbol.iterator]());
    queue.kick();
    await wait(FRAME_WAIT_MS * 2);
    expect(taken).toEqual([1, 2, 3]);
  });

  it('runs nothing once its signal aborts, and drops what was queued', async () => {
    const controller = new AbortController();
    const taken: number[] = [];
    const queue = createWorkQueue<number>({
      doc: document,
      signal: controller.signal,
      take: (n) => taken.push(n),
      idle: () => {},
    });
    queue.push([1, 2, 3][Symbol.iterator]());
    queue.kick();
    controller.abort();
    await wait(FRAME_WAIT_MS * 2);
    queue.runNow();
    expect(taken).toEqual([]);
    expect(queue.scheduled).toBe(false);
  });
});
