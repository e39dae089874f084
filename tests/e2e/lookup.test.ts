/**
 * The lookup end to end, in both browsers: search the glossary from the popup with the keyboard alone, paste a
 * three-sentence notice and read it (refined by the shared tokenizer through `bg:tokenize`), recognise a known
 * document on the options page, and afterwards find nothing pasted or typed in any storage area or address.
 *
 * Set TEBIKI_SCREENSHOTS=<folder> to also save screenshots of the popup and the options page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICKUP_NOTICE, THREE_SENTENCES } from '../../src/lookup/test-letters';
import { BROWSERS, type Driver, type TestPage } from './harness/driver';
import { patchSettings } from './harness/settings';
import { suiteBrowser, suiteTab } from './harness/suite';

const SHOTS = process.env['TEBIKI_SCREENSHOTS'];

async function screenshot(page: TestPage, name: string, width?: number): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // The popup opens here as a tab: give it the popup's width (popup.html asks for 360 px).
  if (width) await page.evaluate((w: number) => (document.body.style.width = `${w}px`), width);
  await page.screenshot(join(SHOTS, `${name}.png`));
}

/** Waits in the page until `selector` matches, up to 15 s (the first explanation may wait for the tokenizer). */
function waitFor(page: TestPage, selector: string): Promise<void> {
  return page.evaluate(async (css: string) => {
    const end = Date.now() + 15_000;
    while (!document.querySelector(css)) {
      if (Date.now() > end) throw new Error(`no ${css}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, selector);
}

/** Pastes text into the explain box as a paste does: the value changes and an input event says so. */
function paste(page: TestPage, text: string): Promise<void> {
  return page.evaluate((value: string) => {
    const box = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-text"]')!;
    box.focus();
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** The terms the result list shows. */
function listedTerms(page: TestPage): Promise<string[]> {
  return page.evaluate(
    () => [...document.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.dataset['term'] ?? ''),
    undefined,
  );
}

/** Everything in every storage area of the extension, as one string. */
function allStorage(driver: Driver): Promise<string> {
  return driver.inExtension(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; sync: Area; session?: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const { local, sync, session } = (g.browser ?? g.chrome).storage;
    return JSON.stringify([await local.get(null), await sync.get(null), session ? await session.get(null) : null]);
  }, undefined);
}

/** Opens the popup's Look up tab once the popup has drawn its tabs. */
async function openLookupTab(popup: TestPage): Promise<void> {
  await waitFor(popup, '[data-testid="tab-lookup"]');
  await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="tab-lookup"]')!.click(), undefined);
}

describe.each(BROWSERS)('in %s, the lookup', (browserName) => {
  const driver = suiteBrowser(browserName);
  const tab = suiteTab(driver);

  it('finds 有効期限 and "expiry" from the popup, with the keyboard alone', async () => {
    const popup = await driver.openPopup(tab());
    await openLookupTab(popup);
    await waitFor(popup, '[data-testid="lookup-query"]');

    await popup.type!('[data-testid="lookup-query"]', 'expiry');
    await waitFor(popup, '[role="option"]');
    expect(await listedTerms(popup)).toContain('有効期限通知書');
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await waitFor(popup, '[data-testid="lookup-details"]');
    const details = await popup.evaluate(
      () => document.querySelector('[data-testid="lookup-details"]')?.textContent ?? '',
      undefined,
    );
    expect(details).toMatch(/expir/i);
    await screenshot(popup, `${browserName}-popup-search`, 360);
    await popup.press('Escape');
    await popup.press('Escape');
    const cleared = await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="lookup-query"]')!;
      return {
        value: input.value,
        focused: document.activeElement === input,
        details: !!document.querySelector('[data-testid="lookup-details"]'),
      };
    }, undefined);
    expect(cleared).toEqual({ value: '', focused: true, details: false });

    await popup.type!('[data-testid="lookup-query"]', '有効期限');
    await waitFor(popup, '[role="option"][data-term="有効期限"]');
    expect((await listedTerms(popup))[0]).toBe('有効期限');
    await popup.close();
  });

  it('reads a pasted three-sentence notice in the popup, refined by the shared tokenizer', async () => {
    const popup = await driver.openPopup(tab());
    await openLookupTab(popup);
    await waitFor(popup, '[data-testid="lookup-text"]');
    await paste(popup, THREE_SENTENCES);
    await waitFor(popup, '[data-testid="lookup-explanation"][data-refined="true"]');
    const read = await popup.evaluate(() => {
      const sentences = [...document.querySelectorAll('[data-testid="lookup-sentence"]')];
      const box = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-text"]')!;
      return {
        sentences: sentences.length,
        meanings: sentences.map((s) => s.querySelector('[data-testid="lookup-sentence-meaning"]')?.textContent ?? ''),
        readings: document.querySelectorAll('.lookup-ja rt').length,
        spellcheck: box.getAttribute('spellcheck'),
        address: location.href,
      };
    }, undefined);
    expect(read.sentences).toBe(3);
    for (const meaning of read.meanings) expect(meaning).not.toBe('');
    expect(read.readings).toBeGreaterThan(3);
    expect(read.spellcheck).toBe('false');
    expect(read.address).not.toContain(encodeURIComponent('有効'));
    await screenshot(popup, `${browserName}-popup-explain`, 360);
    await popup.close();
  });

  it('recognises a pickup notice on the options page, and says what to do next with its sources', async () => {
    const card = await driver.inExtension(async (text: string) => {
      location.hash = '#lookup';
      const until = async (find: () => Element | null) => {
        const end = Date.now() + 15_000;
        while (!find()) {
          if (Date.now() > end) throw new Error('timed out');
          await new Promise((r) => setTimeout(r, 50));
        }
        return find()!;
      };
      const box = (await until(() => document.querySelector('[data-testid="lookup-text"]'))) as HTMLTextAreaElement;
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      const found = await until(() => document.querySelector('[data-testid="lookup-document"]'));
      return {
        document: (found as HTMLElement).dataset['document'],
        next: found.querySelectorAll('.lookup-next > li').length,
        source: found.querySelector('details.lookup-sources a')?.getAttribute('target'),
      };
    }, PICKUP_NOTICE);
    expect(card).toEqual({ document: 'pickup-notice', next: 3, source: '_blank' });
  });

  it('searches and explains in Vietnamese with the Vietnamese language pack', async () => {
    await patchSettings(driver, { uiLanguage: 'vi' });
    const popup = await driver.openPopup(tab());
    await openLookupTab(popup);
    await waitFor(popup, '[data-testid="lookup-query"]');
    await popup.type!('[data-testid="lookup-query"]', 'het han');
    await waitFor(popup, '[role="option"]');
    await paste(popup, THREE_SENTENCES);
    await waitFor(popup, '[data-testid="lookup-explanation"][data-refined="true"]');
    const shown = await popup.evaluate(
      () => ({
        options: [...document.querySelectorAll('[role="option"] .meaning [lang="vi"]')].length,
        sentences: [...document.querySelectorAll('[data-testid="lookup-sentence-meaning"] [lang="vi"]')].length,
      }),
      undefined,
    );
    expect(shown.options).toBeGreaterThan(0);
    expect(shown.sentences).toBeGreaterThan(0);
    await screenshot(popup, `${browserName}-popup-vi`, 360);
    await popup.close();
    await patchSettings(driver, { uiLanguage: 'auto' });
  });

  it('stores nothing that was typed or pasted, in any storage area', async () => {
    if (SHOTS) {
      // The options page as a user sees it, at a desktop width.
      const page = await driver.openPopup(tab());
      await page.evaluate(() => {
        // After this evaluation returns: a navigation during it would end it with an error.
        setTimeout(() => location.assign(location.href.replace(/popup\.html.*$/, 'options.html#lookup')), 50);
      }, undefined);
      await new Promise((r) => setTimeout(r, 1_000));
      await waitFor(page, '[data-testid="lookup-text"]');
      await paste(page, PICKUP_NOTICE);
      await waitFor(page, '[data-testid="lookup-explanation"][data-refined="true"]');
      await screenshot(page, `${browserName}-options-explain`);
      await page.close();
    }
    const stored = await allStorage(driver);
    for (const piece of ['有効期限が近づいています', '交付通知書', 'みどり市', 'expiry', '有効期限', 'het han']) {
      expect(stored).not.toContain(piece);
    }
  });
});
