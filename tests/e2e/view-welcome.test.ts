/**
 * Issue 13.6, the first run: the welcome page (opened on install: the Firefox harness finds it there) says what
 * Tebiki does and where, picks the language, shows how to pin the button and the keyboard shortcuts the browser has
 * registered, and has a sample form that Tebiki's own content pipeline explains.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './harness/driver';
import { suiteBrowser } from './harness/suite';
import { inOverlay, waitForOverlay, waitForTooltip } from './harness/overlay';
import { patchSettings } from './harness/settings';

/** Waits in the page until `selector` matches (extension pages render after reading storage). */
async function rendered(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate(async (sel) => {
    const end = Date.now() + 10_000;
    while (Date.now() < end && !document.querySelector(sel)) await new Promise((r) => setTimeout(r, 50));
    return document.querySelector(sel) !== null;
  }, selector);
}

describe.each(BROWSERS)('in %s, the welcome page', (browserName) => {
  const driver = suiteBrowser(browserName);

  it('says what Tebiki does and where, how to pin it, and lists the keyboard shortcuts the browser registered', async () => {
    const page = await driver.openExtensionPage('/welcome.html');
    expect(await rendered(page, '[data-testid="shortcuts"] dd')).toBe(true);
    const shown = await page.evaluate(() => {
      const texts = (sel: string) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent ?? '');
      return {
        title: document.querySelector('h1')?.textContent,
        portals: texts('.portal-list li').length,
        languages: document.querySelectorAll('#welcome-language option').length,
        pin: texts('.pin-steps li').join(' '),
        keys: texts('[data-testid="shortcuts"] dt kbd'),
        frame: document.querySelector('iframe')?.getAttribute('src'),
      };
    }, undefined);
    expect(shown.title).toBe('Welcome to Tebiki');
    expect(shown.portals).toBe(6);
    // "Same as the browser" and every UI language, named in itself.
    expect(shown.languages).toBeGreaterThanOrEqual(7);
    expect(shown.pin).toMatch(/Chrome/);
    expect(shown.pin).toMatch(/Firefox/);
    // The manifest's commands, as the browser registered them: none on Alt+Shift.
    expect(shown.keys).toContain('Alt+K');
    expect(shown.keys.some((k) => /Shift\+1/.test(k))).toBe(true);
    expect(shown.keys.every((k) => !/Alt\+Shift|Shift\+Alt/.test(k))).toBe(true);
    expect(shown.frame).toBe('/sample.html');
    await page.close();
  });

  it('speaks the language picked on it, at once', async () => {
    const page = await driver.openExtensionPage('/welcome.html');
    expect(await rendered(page, '#welcome-language:not([disabled])')).toBe(true);
    const title = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('#welcome-language')!;
      select.value = 'ja';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const end = Date.now() + 5000;
      while (Date.now() < end && !document.querySelector('h1')?.textContent?.includes('ようこそ'))
        await new Promise((r) => setTimeout(r, 50));
      return document.querySelector('h1')?.textContent;
    }, undefined);
    expect(title).toBe('Tebiki へようこそ');
    await patchSettings(driver, { uiLanguage: 'auto' });
    await page.close();
  });

  it('has a sample form that Tebiki explains on focus and hover, with chips when asked', async () => {
    const page = await driver.openExtensionPage('/sample.html?chips=1');
    expect(await waitForOverlay(page)).toBe(true);
    await page.focus('#kanaSei');
    const text = await waitForTooltip(page, (t) => t !== null && /name/i.test(t));
    expect(text).toMatch(/name/i);
    const hovered = await inOverlay(
      page,
      async (root) => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.querySelector('label[for="zipCode"]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
        const end = Date.now() + 3000;
        while (Date.now() < end && !(!tip.hidden && /postal/i.test(tip.textContent ?? '')))
          await new Promise((r) => setTimeout(r, 50));
        return { text: tip.hidden ? null : tip.textContent, chips: root.querySelectorAll('.chip').length };
      },
      undefined,
    );
    expect(hovered?.text).toMatch(/postal/i);
    expect(hovered?.chips).toBeGreaterThan(3);
    // Nothing the user types leaves the page: the form cannot be submitted.
    const action = await page.evaluate(() => document.querySelector('form')?.getAttribute('action'), undefined);
    expect(action).toBe('#');
    await page.close();
  });
});
