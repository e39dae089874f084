import { describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, type TestPage } from './harness/driver';
import { itOnEveryTopPage, suiteBrowser } from './harness/suite';
import { focusEveryControl } from './harness/in-page';
import { inOverlay, waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';
import { patchSettings } from './harness/settings';

const PORTAL_NAMES: Record<string, string> = {
  keisan: 'NTA tax return creation corner',
  etax: 'e-Tax',
  mynaportal: 'MyNa Portal',
  mynumbercard: 'My Number Card website',
  jpki: 'JPKI portal (electronic certificates)',
  immigration: 'Online residence application system',
};

async function popupFacts(driver: Driver, page: TestPage) {
  const popup = await driver.openPopup(page);
  const facts = await popup.evaluate(async () => {
    const end = Date.now() + 15_000;
    while (Date.now() < end && !document.querySelector('[data-testid="field-counts"]'))
      await new Promise((r) => setTimeout(r, 50));
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
    return { portal: text('portal-name'), screen: text('screen-title'), counts: text('field-counts') };
  }, undefined);
  await popup.close();
  return facts;
}

describe.each(BROWSERS)('in %s, on every replica page', (browserName) => {
  const driver = suiteBrowser(browserName);

  itOnEveryTopPage(
    driver,
    'every visible field explains itself in English, and the popup names portal, screen and counts',
    async (page, replicaPage) => {
      const sweep = await inOverlay(page, focusEveryControl, undefined);
      expect(sweep?.controls).toBeGreaterThan(0);
      expect(sweep?.missing).toEqual([]);
      const facts = await popupFacts(driver, page);
      expect(facts.portal).toBe(PORTAL_NAMES[replicaPage.portal]);
      expect(facts.screen).toBe(replicaPage.title);
      expect(facts.counts).toMatch(/^\d+ of \d+$/);
    },
  );

  it('explains fields inside a same-origin iframe with the frame’s own overlay, and leaves a frame without fields alone', async () => {
    const page = await driver.open(replica('etax/clientweb-kessansho.html').url);
    // The frame's own overlay: the harness finds it in the frame (top frame results come first).
    const frameOverlay = async () => (await page.inOverlays(() => true, undefined)).some((r) => !r.top);
    const end = Date.now() + 10_000;
    while (Date.now() < end && !(await frameOverlay())) await new Promise((r) => setTimeout(r, 50));
    const results = await page.inOverlays(async (root) => {
      if (window.top === window) return null;
      document.querySelector<HTMLInputElement>('input:not([type=hidden])')!.focus();
      await new Promise((r) => setTimeout(r, 50));
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]');
      return tip && !tip.hidden ? (tip.querySelector('.en')?.textContent ?? '') : null;
    }, undefined);
    expect(results.find((r) => !r.top)?.result).toBeTruthy();
    // The notice frame beside it holds no control: no overlay, no scan there.
    const frames = await page.inOverlays(() => location.pathname, undefined);
    expect(frames.map((r) => r.result)).toContain('/UF_WEB/WP040/FCSE00002/KOA210-1.html');
    expect(frames.map((r) => r.result)).not.toContain('/UF_WEB/WP040/FCSE00002/oshirase.html');
    await page.close();
  });

  it('shows the tooltip for each field reached with the Tab key', async () => {
    const page = await driver.open(replica('keisan/address-name.html').url);
    await waitForOverlay(page);
    await page.focus('#zipCode');
    for (let i = 0; i < 6; i++) {
      await page.press('Tab');
      const text = await waitForTooltip(page, (t) => t !== null && t.length > 0, 1000);
      expect(text).not.toBeNull();
    }
    await page.close();
  });

  it('annotates content inserted later, without a reload (inline chips)', async () => {
    await patchSettings(driver, { inlineChips: ['mynaportal'] });
    const page = await driver.open(replica('mynaportal/receiving-account.html').url);
    await waitForOverlay(page);
    await new Promise((r) => setTimeout(r, 800));
    const elapsed = await inOverlay(
      page,
      async (root) => {
        const chips = () => root.querySelectorAll('.chip').length;
        const before = chips();
        const block = document.createElement('div');
        block.innerHTML = '<label for="late-field">郵便番号</label><input id="late-field" name="late">';
        const start = performance.now();
        document.querySelector('main, body')!.append(block);
        while (chips() === before && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 5));
        return performance.now() - start;
      },
      undefined,
    );
    // The debounce is 50 ms; how fast it is on a quiet machine is a benchmark's business, not the gate's: here it
    // must simply happen (a loaded 2-core CI machine may take a second).
    expect(elapsed).toBeLessThan(5000);
    await patchSettings(driver, { inlineChips: [] });
    await page.close();
  });

  it('removes all of its UI when turned off for the portal, and comes back when turned on', async () => {
    const page = await driver.open(replica('keisan/address-name.html').url);
    await waitForOverlay(page);
    await patchSettings(driver, { disabledPortals: ['keisan'] });
    const gone = await page.evaluate(async () => {
      const end = Date.now() + 3000;
      while (Date.now() < end && document.querySelector('tebiki-overlay')) await new Promise((r) => setTimeout(r, 20));
      return document.querySelector('tebiki-overlay') === null;
    }, undefined);
    expect(gone).toBe(true);
    await page.focus('#kanjiSei');
    expect(await page.evaluate(() => document.querySelector('tebiki-overlay') === null, undefined)).toBe(true);
    await patchSettings(driver, { disabledPortals: [] });
    expect(await waitForOverlay(page)).toBe(true);
    await page.close();
  });

  // Issue 15 item 7 / 16.6: nothing derived from the user's storage goes into the page's DOM (the checklist step moved
  // to the popup and the toolbar badge). This replaces the test of the old checklist-step banner.
  it('puts nothing derived from the checklist into a card portal page, not even in its overlay', async () => {
    await driver.inExtension(async () => {
      type Local = { set(v: object): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      await local.set({
        checklist: {
          version: 1,
          answers: { status: 'mid-long' },
          documents: [],
          pinsDecided: { signature: false, userAuth: false, residentRegistry: false, cardInfo: false },
          dates: {},
          reminders: false,
        },
      });
    }, undefined);
    const page = await driver.open(replica('mynumbercard/application-id.html').url);
    await waitForOverlay(page);
    await new Promise((r) => setTimeout(r, 500));
    // The overlay's root is closed: read it as tests do (automation protocol), and the page's own DOM as a page does.
    const shown = (await inOverlay(
      page,
      (root) => ({ note: root.querySelector('[role="note"]') !== null, text: root.textContent ?? '' }),
      undefined,
    )) ?? { note: false, text: '' };
    const pageText = await page.evaluate(() => document.body.innerText, undefined);
    expect(pageText).not.toMatch(/checklist/i);
    expect(shown.note).toBe(false);
    expect(shown.text).not.toMatch(/step|documents|checklist/i);
    await driver.inExtension(async () => {
      await (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('checklist');
    }, undefined);
    await page.close();
  });
});
