/**
 * The keyboard inside the tooltip. Its buttons are not in the page's tab order (the user keeps typing in the field);
 * a keyboard command moves focus into the tooltip, where Tab and Shift+Tab go round its buttons, Enter or Space
 * presses one, and Esc returns to the field. Keys pressed inside the tooltip stop there: the page's own key handlers
 * (Enter submits, shortcuts) never see them.
 */

export interface TooltipKeys {
  /**
   * Moves focus into the tooltip: its first button, or the tooltip's body when it has none (to read and scroll it).
   * `returnTo` gets focus back on Esc. False when the tooltip is hidden.
   */
  enter(returnTo: HTMLElement | null): boolean;
  /** Gives focus back to where it came from (after Esc, or after a conversion pressed from the keyboard). */
  leave(): void;
  /** Whether focus is inside the tooltip now. */
  readonly active: boolean;
}

const FOCUSABLE = 'button:not([disabled])';

/** Adds the tooltip's key handling to `tooltip` (an element in the overlay's shadow root) until `signal` aborts. */
export function createTooltipKeys(tooltip: HTMLElement, signal: AbortSignal): TooltipKeys {
  let returnTo: HTMLElement | null = null;
  let active = false;
  const root = tooltip.getRootNode() as Document | ShadowRoot;
  const focusables = () => Array.from(tooltip.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hidden);
  const focused = () => (root as ShadowRoot).activeElement ?? null;

  const reset = () => {
    active = false;
    delete tooltip.dataset.keyboard;
    for (const el of Array.from(tooltip.querySelectorAll<HTMLElement>('button'))) el.tabIndex = -1;
  };

  const leave = () => {
    const target = returnTo;
    returnTo = null;
    reset();
    target?.focus({ preventScroll: true });
  };

  // Keys pressed inside stay inside (bubbling stops at the tooltip, before the host and the page).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    tooltip.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  tooltip.addEventListener(
    'keydown',
    (event) => {
      if (!active) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
        return;
      }
      if (event.key !== 'Tab') return;
      const list = focusables();
      if (list.length === 0) return;
      event.preventDefault();
      const at = list.indexOf(focused() as HTMLElement);
      const next = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at + 1) % list.length;
      list[next]!.focus();
    },
    { signal },
  );
  // Focus that leaves for the page (a click elsewhere) ends keyboard mode; the tooltip itself stays as it is.
  tooltip.addEventListener(
    'focusout',
    (event) => {
      const next = event.relatedTarget as Node | null;
      if (active && (!next || !tooltip.contains(next))) {
        returnTo = null;
        reset();
      }
    },
    { signal },
  );

  return {
    enter(target) {
      if (tooltip.hidden) return false;
      returnTo = target;
      active = true;
      tooltip.dataset.keyboard = 'true';
      for (const el of Array.from(tooltip.querySelectorAll<HTMLElement>('button'))) el.tabIndex = 0;
      const first = focusables()[0];
      const body = tooltip.querySelector<HTMLElement>('.body') ?? tooltip;
      if (first) first.focus({ preventScroll: true });
      else {
        body.tabIndex = -1;
        body.focus({ preventScroll: true });
      }
      return true;
    },
    leave,
    get active() {
      return active;
    },
  };
}
