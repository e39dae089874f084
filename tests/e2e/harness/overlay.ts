/**
 * The one place tests read Tebiki's overlay. The overlay lives in a closed shadow root (a page script cannot read or
 * rewrite it), so tests reach it through the automation protocol (TestPage.inOverlays: the devtools protocol in
 * Chromium, WebDriver BiDi in Firefox), never through the page's world.
 */
import type { TestPage } from './driver';

/**
 * Runs `fn(root, arg)` in the top frame with the overlay's shadow root; null when the top frame has no overlay.
 * `fn` runs in the page's world and must be self-contained (no named inner functions: see docs/browser-bugs.md).
 */
export async function inOverlay<R, A>(
  page: TestPage,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R | null> {
  const results = await page.inOverlays(fn, arg);
  const top = results.find((r) => r.top);
  return top ? top.result : null;
}

/** Runs `fn(root, arg)` in every frame that has an overlay (top frame first) and returns each result. */
export async function inEveryOverlay<R, A>(
  page: TestPage,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R[]> {
  return (await page.inOverlays(fn, arg)).map((r) => r.result);
}

/** The visible tooltip's text, or null when none shows. */
export async function tooltipText(page: TestPage): Promise<string | null> {
  return inOverlay(
    page,
    (root) => {
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]');
      return tip && !tip.hidden ? (tip.textContent ?? '') : null;
    },
    undefined,
  );
}

/** Waits until `check` passes on the tooltip text (content scripts start asynchronously). */
export async function waitForTooltip(
  page: TestPage,
  check: (text: string | null) => boolean,
  timeoutMs = 5_000,
): Promise<string | null> {
  const end = Date.now() + timeoutMs;
  let text = await tooltipText(page);
  while (!check(text) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    text = await tooltipText(page);
  }
  return text;
}

/** Waits for the content script's overlay host (with its shadow root) in the top frame. */
export async function waitForOverlay(page: TestPage, timeoutMs = 10_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((await inOverlay(page, () => true, undefined)) === true) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** A box in viewport coordinates, rounded to whole pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the overlay shows, as boxes: the tooltip (with its text) and every visible chip and chip marker. */
export interface OverlayGeometry {
  viewport: { width: number; height: number };
  tooltip: (Box & { text: string; scrollable: boolean }) | null;
  chips: (Box & { text: string; marker: boolean })[];
}

/** The overlay's boxes in the top frame (null when there is no overlay). */
export function overlayGeometry(page: TestPage): Promise<OverlayGeometry | null> {
  return inOverlay(
    page,
    (root) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return {
          left: Math.round(r.left),
          top: Math.round(r.top),
          right: Math.round(r.right),
          bottom: Math.round(r.bottom),
        };
      };
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]');
      const shown = tip && !tip.hidden && tip.getClientRects().length > 0;
      const body = tip?.querySelector<HTMLElement>('.body') ?? tip;
      return {
        viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
        tooltip:
          tip && shown
            ? {
                ...box(tip),
                text: tip.textContent ?? '',
                scrollable: !!body && body.scrollHeight > body.clientHeight + 1,
              }
            : null,
        chips: Array.from(root.querySelectorAll<HTMLElement>('.chip, .chip-marker'))
          .filter((c) => !c.hidden && c.getClientRects().length > 0)
          .map((c) => ({ ...box(c), text: c.textContent ?? '', marker: c.classList.contains('chip-marker') })),
      };
    },
    undefined,
  );
}
