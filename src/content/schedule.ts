/**
 * Works through lazy scans in slices of at most a few milliseconds, each after the page's next frame, so that a
 * page with 10,000 fields keeps drawing while it is read. Timer tasks back to back can hold frames off for the whole
 * scan; a hidden page draws no frames, so there (and should a frame not come) a timer starts the slice. Everything it
 * schedules stops when its signal aborts.
 */

/**
 * Longest run of work in one task. Long tasks start at 50 ms; a slice well under it leaves room for the page's own
 * work in the same frame on a slow machine.
 */
export const SLICE_MS = 16;
/** How long a slice waits for the page's next frame before it starts anyway (hidden pages draw none). */
export const FRAME_WAIT_MS = 100;

export interface WorkQueue<T> {
  /** Queues a lazy walk (its `null`s are pauses); work starts after the next frame. */
  push(walk: Iterator<T | null>): void;
  /** Schedules a slice if there is work and none is scheduled. */
  kick(): void;
  /** Runs what is queued now, in this task (a rescan after DOM changes when no slice is waiting). */
  runNow(): void;
  /** True while a slice is scheduled. */
  readonly scheduled: boolean;
}

export interface WorkQueueOptions<T> {
  doc: Document;
  signal: AbortSignal;
  /** Takes one item of a walk. */
  take: (item: T) => void;
  /** Runs once, alone in the first slice (loading the glossary index), before any walk. */
  prepare?(): void;
  /** Runs when the queue is empty after a slice (drop items that left the page, draw chips). */
  idle(): void;
  /** The clock (performance.now); injectable for tests. */
  now?: () => number;
  sliceMs?: number;
}

/** Creates a queue of lazy walks worked through in frame-paced slices. */
export function createWorkQueue<T>(options: WorkQueueOptions<T>): WorkQueue<T> {
  const { doc, signal, take } = options;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const queue: Iterator<T | null>[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let frame: number | null = null;
  let scheduled = false;
  let prepared = !options.prepare;

  const view = doc.defaultView;
  const later = (fn: () => void, ms: number) => {
    const handle = setTimeout(() => {
      timers.delete(handle);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(handle);
  };
  signal.addEventListener(
    'abort',
    () => {
      for (const handle of timers) clearTimeout(handle);
      timers.clear();
      if (frame !== null) view?.cancelAnimationFrame(frame);
      queue.length = 0;
      scheduled = false;
    },
    { once: true },
  );

  /** Works for at most one slice; schedules the next when work is left. */
  const work = () => {
    scheduled = false;
    if (signal.aborted) return;
    // The first slice only prepares (parses the index and builds its key maps): a task of its own.
    if (!prepared) {
      prepared = true;
      options.prepare?.();
      return schedule();
    }
    const end = now() + sliceMs;
    while (queue.length > 0) {
      const next = queue[0]!.next();
      if (next.done) queue.shift();
      else if (next.value !== null) take(next.value);
      if (now() >= end && queue.length > 0) return schedule();
    }
    options.idle();
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      frame = null;
      later(work, 0);
    };
    if (view && doc.visibilityState === 'visible') frame = view.requestAnimationFrame(start);
    later(start, FRAME_WAIT_MS);
  };

  return {
    push: (walk) => void queue.push(walk),
    kick: schedule,
    runNow() {
      if (!scheduled && prepared) work();
      else schedule();
    },
    get scheduled() {
      return scheduled;
    },
  };
}
