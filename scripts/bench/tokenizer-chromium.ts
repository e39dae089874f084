/**
 * The shared tokenizer in real Chromium: cold start (offscreen document + kuromoji dictionary) as a content script
 * sees it, warm per-label latency, and the browser's memory before, warm and after release. Each cold start runs in
 * a fresh browser profile.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BUILDS } from '../../tests/e2e/harness/paths';
import { launchBenchChromium } from './chromium';
import { median, rssMiB, sleep } from './stats';

export interface TokenizerBench {
  /** First look-up in the general dictionary (offscreen document + dictionary load), as a content script sees it. */
  generalColdMs: number;
  /** Browser RSS once the general dictionary is loaded (before kuromoji). */
  rssGeneralMiB: number;
  coldStartMs: number;
  warmLabelMs: number;
  rssBeforeMiB: number;
  rssWarmMiB: number;
  rssReleasedMiB: number;
}

type Api = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  offscreen: { closeDocument(): Promise<void> };
};

/** How long the background takes to answer one message sent from an extension page, in ms. */
function timeMessage(page: Page, message: { type: string; texts: string[] }): Promise<number> {
  return page.evaluate(async (m) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const start = performance.now();
    await api.runtime.sendMessage(m);
    return performance.now() - start;
  }, message);
}

async function run(labels: string[]): Promise<TokenizerBench> {
  const { context, profile } = await launchBenchChromium(BUILDS.chromium);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await sleep(1000);
    const rssBeforeMiB = rssMiB(profile);
    const generalColdMs = await timeMessage(page, { type: 'bg:lookup', texts: ['件数'] });
    await sleep(500);
    const rssGeneralMiB = rssMiB(profile);
    const coldStartMs = await timeMessage(page, { type: 'bg:tokenize', texts: ['住所・氏名等の入力'] });
    const times = await page.evaluate(async (texts) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const out: number[] = [];
      for (const text of texts) {
        const start = performance.now();
        await api.runtime.sendMessage({ type: 'bg:tokenize', texts: [text] });
        out.push(performance.now() - start);
      }
      return out;
    }, labels);
    await sleep(500);
    const rssWarmMiB = rssMiB(profile);
    await page.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.offscreen.closeDocument());
    await sleep(1500);
    const rssReleasedMiB = rssMiB(profile);
    return {
      generalColdMs,
      rssGeneralMiB,
      coldStartMs,
      warmLabelMs: median(times),
      rssBeforeMiB,
      rssWarmMiB,
      rssReleasedMiB,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs `runs` fresh-profile measurements and returns the medians. */
export async function benchTokenizerChromium(labelFile: string, runs = 3): Promise<TokenizerBench> {
  const labels = [
    ...new Set(
      readFileSync(labelFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#')),
    ),
  ].slice(0, 200);
  const results: TokenizerBench[] = [];
  for (let i = 0; i < runs; i++) results.push(await run(labels));
  const pick = (key: keyof TokenizerBench) => median(results.map((r) => r[key]));
  return {
    generalColdMs: pick('generalColdMs'),
    rssGeneralMiB: pick('rssGeneralMiB'),
    coldStartMs: pick('coldStartMs'),
    warmLabelMs: pick('warmLabelMs'),
    rssBeforeMiB: pick('rssBeforeMiB'),
    rssWarmMiB: pick('rssWarmMiB'),
    rssReleasedMiB: pick('rssReleasedMiB'),
  };
}
