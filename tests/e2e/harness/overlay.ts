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

/** What the visible tooltip tells a reader of English, read through the overlay's shadow root. */
export interface TooltipReading {
  /** All its text (Japanese included). */
  text: string;
  /** The English a reader sees now: visible text outside lang="ja" and outside buttons. */
  english: string;
  /** The same with what is folded away ("More", closed details) included. */
  englishAll: string;
  /** Its buttons, in order, with their text and data-action (conversions, "More"…). */
  buttons: { label: string; action: string | null }[];
}

/** Reads the visible tooltip, or null when none shows. */
export function readTooltip(page: TestPage): Promise<TooltipReading | null> {
  return inOverlay(
    page,
    (root) => {
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]');
      if (!tip || tip.hidden || tip.getClientRects().length === 0) return null;
      // No functions declared in here: tsx (scripts/) wraps them in a helper the page does not have.
      const visible: string[] = [];
      const folded: string[] = [];
      const walker = document.createTreeWalker(tip, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('button')) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
        if (lang.startsWith('ja')) continue;
        folded.push(node.textContent ?? '');
        if (parent.checkVisibility?.() ?? parent.getClientRects().length > 0) visible.push(node.textContent ?? '');
      }
      return {
        text: tip.textContent ?? '',
        english: visible.join(' ').replace(/\s+/g, ' ').trim(),
        englishAll: folded.join(' ').replace(/\s+/g, ' ').trim(),
        buttons: Array.from(tip.querySelectorAll<HTMLButtonElement>('button')).map((b) => ({
          label: (b.textContent ?? '').trim(),
          action: b.dataset.action ?? null,
        })),
      };
    },
    undefined,
  );
}

/**
 * Waits until a tooltip shows and its text stays the same for two reads in a row (the tokenizer's readings arrive a
 * moment later), up to `timeoutMs`; returns the last reading (null when none showed).
 */
export async function waitForSteadyTooltip(page: TestPage, timeoutMs = 1_500): Promise<TooltipReading | null> {
  const end = Date.now() + timeoutMs;
  let last = await readTooltip(page);
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 60));
    const next = await readTooltip(page);
    if (last && next && next.text === last.text) return next;
    last = next;
  }
  return last;
}

/**
 * Presses the tooltip's `index`-th button the way a pointer does (pointer and mouse down, up, click), so it works
 * whether the overlay acts on mousedown (keeping the caret in the field) or on click. False when there is none.
 */
export async function pressTooltipButton(page: TestPage, index: number): Promise<boolean> {
  const pressed = await inOverlay(
    page,
    (root, i) => {
      const tip = root.querySelector('[role="tooltip"]');
      const button = tip?.querySelectorAll<HTMLButtonElement>('button')[i];
      if (!button) return false;
      const init = { bubbles: true, cancelable: true, composed: true, button: 0, detail: 1 };
      button.dispatchEvent(new PointerEvent('pointerdown', init));
      button.dispatchEvent(new MouseEvent('mousedown', init));
      button.dispatchEvent(new PointerEvent('pointerup', init));
      button.dispatchEvent(new MouseEvent('mouseup', init));
      button.dispatchEvent(new MouseEvent('click', init));
      return true;
    },
    index,
  );
  return pressed === true;
}

/** Hides whatever tooltip shows: leaves the focused field, presses Escape, waits (briefly) for it to go. */
export async function dismissTooltip(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body) active.blur();
  }, undefined);
  await page.press('Escape');
  const end = Date.now() + 500;
  while ((await tooltipText(page)) !== null && Date.now() < end) await new Promise((r) => setTimeout(r, 30));
}
