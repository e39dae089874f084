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
