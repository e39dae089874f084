import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from './hover-intent';

const cell = (name: string) => ({ name }) as unknown as Element;

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(delay = 350, enabled = true) {
    const shown: Element[] = [];
    const controller = new AbortController();
    const intent = createHoverIntent({
      delay: () => delay,
      enabled: () => enabled,
      show: (t) => shown.push(t),
      signal: controller.signal,
    });
    return { intent, shown, controller };
  }

  it('shows what the pointer rests on after the delay', () => {
    const { intent, shown } = setup();
    const a = cell('a');
    intent.over(a);
    vi.advanceTimersByTime(349);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([a]);
  });

  it('shows nothing for cells the pointer only crosses (a dense table does not flash)', () => {
    const { intent, shown } = setup();
    const cells = Array.from({ length: 20 }, (_, i) => cell(`c${i}`));
    for (const c of cells) {
      intent.over(c);
      vi.advanceTimersByTime(40);
      intent.out(c);
    }
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it.each([
    ['shows only the last of several cells crossed without leaving (nested elements)', false, 200, 350],
    ['does not restart the wait when the pointer moves within the same element', true, 300, 50],
  ])('%s', (_name, sameCell, firstMs, thenMs) => {
    const { intent, shown } = setup();
    const a = cell('a');
    const then = sameCell ? a : cell('b');
    intent.over(a);
    vi.advanceTimersByTime(firstMs);
    intent.over(then);
    vi.advanceTimersByTime(thenMs);
    expect(shown).toEqual([then]);
  });

  it('shows at once with no delay, and never in focus-only mode', () => {
    const now = setup(0);
    now.intent.over(cell('a'));
    expect(now.shown).toHaveLength(1);
    const focusOnly = setup(350, false);
    focusOnly.intent.over(cell('a'));
    vi.advanceTimersByTime(5000);
    expect(focusOnly.shown).toEqual([]);
  });

  it('drops a waiting show when cancelled or stopped, and leaves no timer behind', () => {
    const { intent, shown, controller } = setup();
    intent.over(cell('a'));
    intent.cancel();
    intent.over(cell('b'));
    controller.abort();
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(intent.pending).toBeNull();
  });
});
