import { describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, type TestPage } from './harness/driver';
import { suiteBrowser } from './harness/suite';
import { waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';

const ADDRESS = replica('keisan/address-name.html');

interface Stats {
  state: string;
  loads: number;
  requests: number;
  general?: { loads: number; requests: number };
}

/** The shared tokenizer host's stats, asked of the background from an extension page. */
function tokenizerStats(driver: Driver): Promise<Stats | null> {
  return driver.inExtension(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    return (await api.runtime.sendMessage({ type: 'bg:tokenizerStats' })) as Stats | null;
  }, undefined);
}

async function waitForStats(driver: Driver, check: (s: Stats | null) => boolean): Promise<Stats | null> {
  const end = Date.now() + 15_000;
  let stats = await tokenizerStats(driver);
  while (!check(stats) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    stats = await tokenizerStats(driver);
  }
  return stats;
}

/** Adds a labelled field whose label no dictionary fully answers (a name: 鈴木太郎), for the tokenizer to read. */
function addNameField(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const label = document.createElement('label');
    label.htmlFor = 'tebiki-name-test';
    label.textContent = '鈴木太郎の住所';
    const input = document.createElement('input');
    input.id = 'tebiki-name-test';
    document.body.append(label, input);
  }, undefined);
}

describe.each(BROWSERS)('in %s, the shared tokenizer', (browserName) => {
  const driver = suiteBrowser(browserName);

  it('is not loaded before any field is explained', async () => {
    const stats = await tokenizerStats(driver);
    expect(stats?.loads ?? 0).toBe(0);
  });

  it('does not load for labels the dictionaries answer: their readings come from the index', async () => {
    const page = await driver.open(ADDRESS.url);
    await waitForOverlay(page);
    await page.focus('#setainushi');
    // 世帯主の氏名（漢字）: the reading of 世帯主 is the glossary's.
    const text = await waitForTooltip(page, (t) => t !== null && t.includes('せたいぬし'));
    expect(text).toContain('せたいぬし');
    await new Promise((r) => setTimeout(r, 500));
    expect((await tokenizerStats(driver))?.loads ?? 0).toBe(0);
    await page.close();
  });

  it('loads once for two tabs, only for a label the dictionaries cannot answer, and adds its reading', async () => {
    const first = await driver.open(ADDRESS.url);
    const second = await driver.open(ADDRESS.url);
    await waitForOverlay(first);
    await waitForOverlay(second);
    await addNameField(first);
    await addNameField(second);
    await new Promise((r) => setTimeout(r, 300)); // the rescan after the DOM change
    await first.focus('#tebiki-name-test');
    await second.focus('#tebiki-name-test');
    const stats = await waitForStats(driver, (s) => s !== null && s.state === 'loaded' && s.requests >= 2);
    expect(stats).toMatchObject({ state: 'loaded', loads: 1 });
    // The tokenizer knows the name: すずき is shown as its reading.
    const text = await waitForTooltip(second, (t) => t !== null && t.includes('すずき'));
    expect(text).toContain('すずき');
    await first.close();
    await second.close();
  });
});
