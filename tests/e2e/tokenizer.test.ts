import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Driver } from './harness/driver';
import { waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';

const ADDRESS = replica('keisan/address-name.html');

interface Stats {
  state: string;
  loads: number;
  requests: number;
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

describe.each(BROWSERS)('in %s, the shared tokenizer', (browserName) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(browserName);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('is not loaded before any field is explained', async () => {
    const stats = await tokenizerStats(driver);
    expect(stats?.loads ?? 0).toBe(0);
  });

  it('loads once for two tabs and adds readings to the tooltip', async () => {
    const first = await driver.open(ADDRESS.url);
    const second = await driver.open(ADDRESS.url);
    await waitForOverlay(first);
    await waitForOverlay(second);
    await first.focus('#shokugyo');
    await second.focus('#setainushi');
    const stats = await waitForStats(driver, (s) => s !== null && s.state === 'loaded' && s.requests >= 2);
    expect(stats).toMatchObject({ state: 'loaded', loads: 1 });
    // 世帯主の氏名（漢字）: the tooltip shows the reading of 世帯主 as ruby once tokens are merged.
    const text = await waitForTooltip(second, (t) => t !== null && t.includes('せたいぬし'));
    expect(text).toContain('せたいぬし');
    await first.close();
    await second.close();
  });
});
