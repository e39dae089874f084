/**
 * `npm run demo`: serves the replica portal pages at their real hostnames and opens Chromium with the extension
 * (built first when .output has no build). With a display, a window opens on one page of each portal (close the
 * browser to end). Without one, it runs headless and saves screenshots of what a user meets — a tooltip, its
 * details, the dark theme, a conversion before and after, the popup, chips on a dense form, the welcome page, and a
 * tooltip on one page of each portal — and prints each file with what it shows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium.ts';
import type { Driver, TestPage } from '../tests/e2e/harness/driver.ts';
import { inOverlay, readTooltip, waitForOverlay, waitForTooltip } from '../tests/e2e/harness/overlay.ts';
import { REPLICA_PAGES, replica, TOP_PAGES, type ReplicaPage } from '../tests/e2e/harness/pages.ts';
import { patchSettings } from '../tests/e2e/harness/settings.ts';
import { BUILDS } from '../tests/e2e/harness/paths.ts';

const OUT_DIR = resolve(process.env.DEMO_OUT ?? 'demo-screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The demo loads the e2e build (the release build plus the popup's `?tab=ID`, which lets it open the popup for a
// page): build it when it is missing, so `npm ci && npm run demo` works on a fresh clone.
if (!existsSync(resolve(BUILDS.chromium, 'manifest.json'))) {
  console.log('No Chrome build in .output yet: building it (npx wxt build --mode e2e, about a minute)…');
  const built = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('The build failed: see its output above.');
    process.exit(1);
  }
}

/** One page of each portal, in the order pages.json lists them. */
function onePerPortal(): ReplicaPage[] {
  const seen = new Set<string>();
  return TOP_PAGES().filter((page) => !seen.has(page.portal) && seen.add(page.portal));
}

const driver = await launchChromium({ headless: !hasDisplay });
if (hasDisplay) {
  const pages = onePerPortal();
  for (const page of pages) await driver.open(page.url);
  console.log(`Opened ${pages.length} replica pages. Hover or tab into a field; close the browser to end.`);
  await driver.closed();
} else {
  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`Screenshots in ${OUT_DIR}:`);
  await viewShots(driver);
  await conversionShots(driver);
  await popupShot(driver);
  await chipsAndWelcome(driver);
  await portalShots(driver);
  await driver.close();
}

/** Saves a viewport screenshot and prints its file name with what it shows. */
async function shot(page: TestPage, name: string, what: string): Promise<void> {
  const path = resolve(OUT_DIR, `${name}.png`);
  await (page.screenshotViewport ?? page.screenshot)(path);
  console.log(`  ${name}.png — ${what}`);
}

/** The English the tooltip shows (cut to one line), for the printed description. */
async function tooltipLine(page: TestPage): Promise<string> {
  const english = (await readTooltip(page))?.english;
  if (!english) return '(no tooltip)';
  return english.length > 90 ? `${english.slice(0, 89)}…` : english;
}

/** Presses the tooltip's action button whose text contains `label` (as a click does). */
function clickAction(page: TestPage, label: string): Promise<boolean | null> {
  return inOverlay(
    page,
    (root, text) => {
      const tip = root.querySelector('[role="tooltip"]');
      const button = Array.from(tip?.querySelectorAll<HTMLElement>('button[data-action]') ?? []).find((b) =>
        b.textContent?.includes(text),
      );
      button?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
      return button !== undefined;
    },
    label,
  );
}

/** The compact tooltip, the same with "More" open, and the dark theme (issue 13's view). */
async function viewShots(driver: Driver): Promise<void> {
  const form = await driver.open(replica('keisan/address-name.html').url);
  await form.setViewport(1280, 800);
  await waitForOverlay(form);
  await form.focus('#kanaSei');
  await waitForTooltip(form, (text) => text !== null);
  await pause(500);
  await shot(form, 'view-compact-1280', `tooltip on the フリガナ field of 作成コーナー: "${await tooltipLine(form)}"`);
  await inOverlay(
    form,
    (root) => {
      const more = root.querySelector<HTMLElement>('button.more');
      more?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      return more !== null;
    },
    undefined,
  );
  await pause(300);
  await shot(form, 'view-more-1280', 'the same tooltip with "More" open: readings, word by word, sources');
  await form.setColorScheme?.('dark');
  await form.focus('#kanjiSei');
  await pause(500);
  await shot(form, 'view-dark-1280', `the dark theme, on the 氏名 field: "${await tooltipLine(form)}"`);
  await form.close();
}

/** A katakana field holding hiragana: the tooltip offers the conversion; after the click the field holds katakana. */
async function conversionShots(driver: Driver): Promise<void> {
  const page = await driver.open(replica('etax/kaishi-shimei.html').url);
  await page.setViewport(1280, 800);
  await waitForOverlay(page);
  await page.focus('#kanaSei');
  await page.type!('#kanaSei', 'やまだ');
  await page.focus('#kanaMei');
  await page.focus('#kanaSei');
  await waitForTooltip(page, (t) => t !== null && t.includes('Convert to katakana'));
  await pause(300);
  await shot(
    page,
    'conversion-before',
    'e-Tax, フリガナ typed in hiragana (やまだ): the tooltip offers "Convert to katakana"',
  );
  await clickAction(page, 'Convert to katakana');
  await pause(300);
  const value = await page.evaluate(() => document.querySelector<HTMLInputElement>('#kanaSei')!.value, undefined);
  await shot(page, 'conversion-after', `after a click on "Convert to katakana" the field holds ${value}`);
  await page.close();
}

/** The popup for a portal page: which portal and screen this is, and what Tebiki explained on it. */
async function popupShot(driver: Driver): Promise<void> {
  const page = await driver.open(replica('keisan/address-name.html').url);
  await waitForOverlay(page);
  await pause(500);
  const popup = await driver.openPopup(page);
  await popup.setViewport(380, 600);
  await pause(1500);
  await shot(popup, 'popup-this-page', 'the popup on a 作成コーナー page: portal, screen and the fields explained');
  await popup.close();
  await page.close();
}

/** Chips on a dense form at 800 px, and the welcome page with its sample form. */
async function chipsAndWelcome(driver: Driver): Promise<void> {
  const dense = REPLICA_PAGES.find((p) => p.dense && !p.frame) ?? replica('keisan/kyuyo-gensen.html');
  await patchSettings(driver, { inlineChips: [dense.portal] });
  const chips = await driver.open(dense.url);
  await chips.setViewport(800, 600);
  await waitForOverlay(chips);
  await pause(1500);
  await shot(chips, 'view-chips-800', `inline chips (English beside each label) on a dense form: ${dense.title}`);
  await chips.close();
  await patchSettings(driver, { inlineChips: [] });

  const welcome = await driver.openExtensionPage('/welcome.html');
  await welcome.setViewport(1280, 800);
  await pause(1500);
  await shot(welcome, 'view-welcome', 'the welcome page: what Tebiki does, where, and the keyboard shortcuts');
  await welcome.close();
}

/** A tooltip on the first text field of one page of each portal (the first of its pages that has one). */
async function portalShots(driver: Driver): Promise<void> {
  const done = new Set<string>();
  for (const replicaPage of TOP_PAGES()) {
    if (done.has(replicaPage.portal)) continue;
    const page = await driver.open(replicaPage.url);
    await waitForOverlay(page);
    const found = await page.evaluate(() => {
      const field = Array.from(
        document.querySelectorAll<HTMLElement>('input[type=text], input:not([type]), textarea'),
      ).find((el) => el.getClientRects().length > 0);
      field?.setAttribute('data-tebiki-demo', '');
      return field !== undefined;
    }, undefined);
    if (found) {
      done.add(replicaPage.portal);
      await page.focus('[data-tebiki-demo]');
      await waitForTooltip(page, (text) => text !== null);
      const name = `portal-${replicaPage.file.replace(/[/\\]/g, '-').replace(/\.html$/, '')}`;
      await shot(page, name, `${replicaPage.title} (${replicaPage.portal}): "${await tooltipLine(page)}"`);
    }
    await page.close();
  }
}
