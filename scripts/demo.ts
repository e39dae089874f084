/**
 * `npm run demo`: serves the replica portal pages at their real hostnames and opens Chromium with the built
 * extension. With a display, a window opens on each page (close the browser to end). Without one, it runs
 * headless, focuses a field on each page so the tooltip shows, saves screenshots and prints their paths.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium.ts';
import { waitForOverlay, waitForTooltip } from '../tests/e2e/harness/overlay.ts';
import { TOP_PAGES } from '../tests/e2e/harness/pages.ts';
import { BUILDS } from '../tests/e2e/harness/paths.ts';

const OUT_DIR = resolve(process.env.DEMO_OUT ?? 'demo-screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';

if (!existsSync(resolve(BUILDS.chromium, 'manifest.json'))) {
  console.error('No Chrome build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

const driver = await launchChromium({ headless: !hasDisplay });
if (hasDisplay) {
  for (const page of TOP_PAGES()) await driver.open(page.url);
  console.log(`Opened ${TOP_PAGES().length} replica pages. Hover or tab into a field; close the browser to end.`);
  await driver.closed();
} else {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const replica of TOP_PAGES()) {
    const page = await driver.open(replica.url);
    await waitForOverlay(page);
    // The first visible text field, so the screenshot shows a tooltip.
    const selector = await page.evaluate(() => {
      const field = Array.from(
        document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea'),
      ).find((el) => el.getClientRects().length > 0);
      if (!field) return null;
      field.setAttribute('data-tebiki-demo', '');
      return '[data-tebiki-demo]';
    }, undefined);
    if (selector) {
      await page.focus(selector);
      await waitForTooltip(page, (text) => text !== null);
    }
    const path = resolve(OUT_DIR, `${replica.file.replace(/[/\\]/g, '-').replace(/\.html$/, '')}.png`);
    await page.screenshot(path);
    console.log(path);
    await page.close();
  }
  await driver.close();
}
