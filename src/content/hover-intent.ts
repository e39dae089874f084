/**
 * Hover intent: a tooltip on hover waits until the pointer rests on something for a moment (the user's setting,
 * 350 ms by default), so moving the pointer across a dense table does not flash a tooltip for every cell it crosses.
 * Focus never waits (the interactions call `show` directly for it). Focus-only mode turns hover off.
 */

export interface HoverIntentOptions {
  /** The delay now, in ms (read on every hover, so a changed setting applies at once); 0 shows at once. */
  delay: () => number;
  /** Whether hovering shows tooltips at all (false in focus-only mode). */
  enabled: () => boolean;
  /** Shows the tooltip for what the pointer rests on. */
  show: (target: Element) => void;
  /** Removes the pending timer when the annotator stops. */
  signal: AbortSignal;
  /** Injectable timers (tests). */
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export interface HoverIntent {
  /** The pointer entered `target`: show it after the delay, unless the pointer leaves first. */
  over(target: Element): void;
  /** The pointer left `target`: a show still waiting for it is dropped. */
  out(target: Element): void;
  /** Drops a show still waiting (a key was pressed, focus moved, the page scrolled). */
  cancel(): void;
  /** What the pointer rests on and waits to be shown, if anything. */
  readonly pending: Element | null;
}

/** Creates the hover-intent timer of an annotator. */
export function createHoverIntent(options: HoverIntentOptions): HoverIntent {
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let pending: Element | null = null;
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) timers.clear(handle);
    handle = null;
    pending = null;
  };
  options.signal.addEventListener('abort', cancel, { once: true });
  return {
    over(target) {
      if (options.signal.aborted || !options.enabled()) return;
      if (pending === target) return;
      cancel();
      const delay = Math.max(0, options.delay());
      if (delay === 0) return options.show(target);
      pending = target;
      handle = timers.set(() => {
        handle = null;
        pending = null;
        if (!options.signal.aborted) options.show(target);
      }, delay);
    },
    out(target) {
      if (pending === target) cancel();
    },
    cancel,
    get pending() {
      return pending;
    },
  };
}
