/** Reading Tebiki's overlay from a test page (open shadow root on the <tebiki-overlay> host). */
import type { TestPage } from './driver';

/** The visible tooltip's text, or null when none shows. */
export function tooltipText(page: TestPage): Promise<string | null> {
  return page.evaluate(() => {
    const tip = document.querySelector('tebiki-overlay')?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip && !(tip as HTMLElement).hidden ? (tip.textContent ?? '') : null;
  }, undefined);
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

/** Waits for the content script's overlay host to exist. */
export async function waitForOverlay(page: TestPage, timeoutMs = 10_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(() => document.querySelector('tebiki-overlay') !== null, undefined)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** What the visible tooltip tells a reader of English, read through the overlay's open shadow root. */
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
  return page.evaluate(() => {
    const tip = document.querySelector('tebiki-overlay')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
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
  }, undefined);
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
export function pressTooltipButton(page: TestPage, index: number): Promise<boolean> {
  return page.evaluate((i) => {
    const tip = document.querySelector('tebiki-overlay')?.shadowRoot?.querySelector('[role="tooltip"]');
    const button = tip?.querySelectorAll<HTMLButtonElement>('button')[i];
    if (!button) return false;
    const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
    button.dispatchEvent(new PointerEvent('pointerdown', init));
    button.dispatchEvent(new MouseEvent('mousedown', init));
    button.dispatchEvent(new PointerEvent('pointerup', init));
    button.dispatchEvent(new MouseEvent('mouseup', init));
    button.dispatchEvent(new MouseEvent('click', init));
    return true;
  }, index);
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
