/**
 * `npm run demo`: serves the replica portal pages at their real hostnames and opens Chromium with the built
 * extension. With a display, a window opens on each page (close the browser to end). Without one, it runs
 * headless, focuses a field on each page so the tooltip shows, saves screenshots and prints their paths.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium.ts';
import type { Driver, TestPage } from '../tests/e2e/harness/driver.ts';
import { inOverlay, waitForOverlay, waitForTooltip } from '../tests/e2e/harness/overlay.ts';
import { REPLICA_PAGES, replica, TOP_PAGES } from '../tests/e2e/harness/pages.ts';
import { patchSettings } from '../tests/e2e/harness/settings.ts';
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
  await viewShots(driver);
  await driver.close();
}

/** Saves a viewport screenshot and prints its path. */
async function shot(page: TestPage, name: string): Promise<void> {
  const path = resolve(OUT_DIR, `${name}.png`);
  await (page.screenshotViewport ?? page.screenshot)(path);
  console.log(path);
}

/**
 * The view as a user meets it (issue 13): a compact tooltip, the same with "More" open, chips on a dense form at
 * 800 px, the dark theme, and the welcome page with its sample form.
 */
async function viewShots(driver: Driver): Promise<void> {
  const form = await driver.open(replica('keisan/address-name.html').url);
  await form.setViewport(1280, 800);
  await waitForOverlay(form);
  await form.focus('#kanaSei');
  await waitForTooltip(form, (text) => text !== null);
  await new Promise((r) => setTimeout(r, 500));
  await shot(form, 'view-compact-1280');
  await inOverlay(
    form,
    (root) => {
      const more = root.querySelector<HTMLElement>('button.more');
      more?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      return more !== null;
    },
    undefined,
  );
  await new Promise((r) => setTimeout(r, 300));
  await shot(form, 'view-more-1280');
  await form.setColorScheme?.('dark');
  await form.focus('#kanjiSei');
  await new Promise((r) => setTimeout(r, 500));
  await shot(form, 'view-dark-1280');
  await form.close();

  const dense = REPLICA_PAGES.find((p) => (p as { dense?: boolean }).dense) ?? replica('keisan/kyuyo-gensen.html');
  await patchSettings(driver, { inlineChips: [dense.portal] });
  const chips = await driver.open(dense.url);
  await chips.setViewport(800, 600);
  await waitForOverlay(chips);
  await new Promise((r) => setTimeout(r, 1500));
  await shot(chips, 'view-chips-800');
  await chips.close();
  await patchSettings(driver, { inlineChips: [] });

  const welcome = await driver.openExtensionPage('/welcome.html');
  await welcome.setViewport(1280, 800);
  await new Promise((r) => setTimeout(r, 1500));
  await welcome.screenshot(resolve(OUT_DIR, 'view-welcome.png'));
  console.log(resolve(OUT_DIR, 'view-welcome.png'));
  await welcome.close();
}
