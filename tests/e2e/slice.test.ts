import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './harness/driver';
import { NOT_A_PORTAL, suiteBrowser } from './harness/suite';
import { inOverlay, tooltipText, waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';

const ADDRESS = replica('keisan/address-name.html');

describe.each(BROWSERS)('in %s, the first slice', (browserName) => {
  const driver = suiteBrowser(browserName);

  /** The address page with the tooltip of `field` shown. */
  async function withTooltipOf(field: string): Promise<TestPage> {
    const page = await driver.open(ADDRESS.url);
    await waitForOverlay(page);
    await page.focus(field);
    await waitForTooltip(page, (t) => t !== null);
    return page;
  }

  it('shows the English of 氏名 in a tooltip when the name field gets focus', async () => {
    const page = await driver.open(ADDRESS.url);
    expect(await waitForOverlay(page)).toBe(true);
    await page.focus('#kanjiSei');
    const text = await waitForTooltip(page, (t) => t !== null && /name/i.test(t));
    expect(text).toMatch(/name/i);
    expect(text).toContain('氏名');
    await page.close();
  });

  it('keeps the tooltip in a closed shadow root outside the page form, with role tooltip', async () => {
    const page = await withTooltipOf('#kanaSei');
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('tebiki-overlay')!;
      return {
        hostInForm: host.closest('form') !== null,
        hostParent: host.parentElement?.localName,
        shadowRootVisible: host.shadowRoot !== null,
        tooltipInLightDom: document.querySelector('[role="tooltip"]') !== null,
      };
    }, undefined);
    expect(seenByPage).toEqual({
      hostInForm: false,
      hostParent: 'html',
      shadowRootVisible: false,
      tooltipInLightDom: false,
    });
    const role = await inOverlay(
      page,
      (root) => root.querySelector('[role="tooltip"]')?.getAttribute('role'),
      undefined,
    );
    expect(role).toBe('tooltip');
    await page.close();
  });

  it('hides the tooltip on Escape', async () => {
    const page = await withTooltipOf('#kanjiSei');
    await page.press('Escape');
    expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
    await page.close();
  });

  it('says in the popup which portal and screen the tab is on', async () => {
    const page = await driver.open(ADDRESS.url);
    await waitForOverlay(page);
    const popup = await driver.openPopup(page);
    const shown = await popup.evaluate(async () => {
      const end = Date.now() + 5_000;
      while (Date.now() < end && !document.querySelector('[data-testid="portal-name"]'))
        await new Promise((r) => setTimeout(r, 50));
      return {
        portal: document.querySelector('[data-testid="portal-name"]')?.textContent ?? null,
        screen: document.querySelector('[data-testid="screen-title"]')?.textContent ?? null,
      };
    }, undefined);
    expect(shown.portal).toBe('NTA tax return creation corner');
    expect(shown.screen).toBe('住所・氏名等の入力');
    await popup.close();
    await page.close();
  });

  it('injects nothing into a page that is not a portal', async () => {
    const page = await driver.open(NOT_A_PORTAL);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => document.querySelector('tebiki-overlay') === null, undefined)).toBe(true);
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });
});
