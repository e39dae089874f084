/**
 * "Annotate this page" on a site that is not a portal: the user clicks the toolbar button (granting activeTab for
 * that tab) and then the popup's button, which injects the content script with scripting.executeScript.
 *
 * Chromium only, through puppeteer-core over CDP: activeTab is granted only by a real toolbar click, and the one way
 * to make one in automation is CDP's Extensions.triggerAction, which Playwright does not expose
 * (microsoft/playwright#40554) and Firefox's WebDriver BiDi has no equivalent of. Firefox runs the same popup code;
 * its injection path is the same WebExtension call.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inOverlaysOverCdp } from './harness/overlay-cdp';
import { assertBuilt, BUILDS, chromiumPath } from './harness/paths';

const FORM = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>転入届</title></head><body>
<h1>転入届（オンライン申請）</h1><form action="/submit" method="post">
<label for="name">氏名</label><input id="name" name="name">
<label for="zip">郵便番号</label><input id="zip" name="zip"></form></body></html>`;

describe('in chromium, Annotate this page', () => {
  let browser: Browser;
  let extensionId: string;
  beforeAll(async () => {
    assertBuilt(BUILDS.chromium);
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: chromiumPath(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    extensionId = await browser.installExtension(BUILDS.chromium);
    await new Promise((r) => setTimeout(r, 500));
    // The welcome tab opened on install would be the active tab: close it.
    for (const page of await browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openSite(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().startsWith('http')) return void request.continue();
      void request.respond({ contentType: 'text/html; charset=utf-8', body: FORM });
    });
    await page.goto('https://www.city.example.lg.jp/tennyu/form');
    await page.bringToFront();
    return page;
  }

  it('injects nothing until asked, then explains the page after the toolbar button and the popup button', async () => {
    const page = await openSite();
    expect(await page.evaluate(() => document.querySelector('tebiki-overlay') === null)).toBe(true);

    const extension = (await browser.extensions()).get(extensionId)!;
    await page.triggerExtensionAction(extension);
    const popupTarget = await browser.waitForTarget((t) => t.url().includes(`${extensionId}/popup.html`));
    const popup = await popupTarget.asPage();
    await popup.waitForSelector('[data-testid="annotate"]', { timeout: 5000 });
    await popup.click('[data-testid="annotate"]');

    await page.waitForFunction(() => document.querySelector('tebiki-overlay') !== null, { timeout: 5000 });
    // The overlay's shadow root is closed: read it through the devtools protocol, as the harness does.
    const cdp = await page.createCDPSession();
    const [english] = await inOverlaysOverCdp(
      (method, params) => cdp.send(method as never, params as never),
      async (root) => {
        document.querySelector('#zip')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
        const end = Date.now() + 2000;
        const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
        while (tip.hidden && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
        return tip.hidden ? null : (tip.querySelector('.en')?.textContent ?? '');
      },
      undefined,
    );
    await cdp.detach();
    expect(english?.result).toMatch(/postal code/i);
  });
});
