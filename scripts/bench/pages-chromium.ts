/**
 * The content script on replica pages in real Chromium: DOMContentLoaded → every field scanned and glossed (the
 * glossary layer, before any tokenizer), focus → tooltip latency, and the page's JS heap with and without Tebiki.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { inOverlaysOverCdp } from '../../tests/e2e/harness/overlay-cdp';
import { replica } from '../../tests/e2e/harness/pages';
import { BUILDS } from '../../tests/e2e/harness/paths';
import { launchBenchChromium, type BenchBrowser } from './chromium';
import { median, sleep } from './stats';

export interface PageBench {
  page: string;
  fields: number;
  annotateMs: number;
  /** From the content script's start to all fields glossed (our own work, without the browser's injection wait). */
  ownMs: number;
  hoverMs: number;
  hoverFrameMs: number;
  heapWithMiB: number;
  heapWithoutMiB: number;
}

function launch(withExtension: boolean): Promise<BenchBrowser> {
  return launchBenchChromium(withExtension ? BUILDS.chromium : null, ['--js-flags=--expose-gc'], {
    width: 1200,
    height: 900,
  });
}

async function heapMiB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

type Api = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
  };
};

/** readyAt (content script) − domContentLoadedEventEnd (page), both on the page's time origin. */
async function annotateMs(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<{ total: number; own: number }> {
  const dcl = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  // No host permission in Chrome: tabs show no address, so the page is found as the active tab.
  await page.bringToFront();
  const readyAt: readonly [number, number] = await ext.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true });
    for (let i = 0; i < 100; i++) {
      const info = (await api.tabs
        .sendMessage(tab!.id!, { type: 'tab:getPageInfo' }, { frameId: 0 })
        .catch(() => null)) as { readyAt: number | null; startedAt: number } | null;
      if (info?.readyAt) return [info.startedAt, info.readyAt] as const;
      await new Promise((r) => setTimeout(r, 50));
    }
    return [NaN, NaN] as const;
  }, undefined);
  await ext.close();
  return { total: readyAt[1] - dcl, own: readyAt[1] - readyAt[0] };
}

/**
 * Median time from a focus on a field to its tooltip in the DOM, and to the next frame. Focus, not hover: a hover
 * waits for the hover-intent delay on purpose, which is no cost. The overlay's shadow root is closed: the function
 * gets it through the devtools protocol (tests/e2e/harness/overlay-cdp.ts).
 */
async function hoverLatency(page: Page): Promise<{ dom: number; frame: number }> {
  const cdp = await page.context().newCDPSession(page);
  const [found] = await inOverlaysOverCdp(
    (method, params) => cdp.send(method as never, params as never),
    async (overlay) => {
      const fields = Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select')).slice(
        0,
        60,
      );
      // No named inner functions here: tsx would wrap them in a __name helper that the page doesn't have.
      const dom: number[] = [];
      const frame: number[] = [];
      for (const field of fields) {
        const start = performance.now();
        field.focus();
        dom.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        frame.push(performance.now() - start);
        const tip = overlay.querySelector<HTMLElement>('[role="tooltip"]');
        if (!tip || tip.hidden) throw new Error('no tooltip');
        field.blur();
      }
      dom.sort((a, b) => a - b);
      frame.sort((a, b) => a - b);
      return { dom: dom[Math.floor(dom.length / 2)]!, frame: frame[Math.floor(frame.length / 2)]! };
    },
    undefined,
  );
  await cdp.detach();
  if (!found) throw new Error('no overlay');
  return found.result;
}

/** Runs the page benchmarks on the replica files, `runs` page loads each, medians. */
export async function benchPagesChromium(files: string[], runs = 5): Promise<PageBench[]> {
  const withExt = await launch(true);
  const without = await launch(false);
  try {
    const worker = withExt.context.serviceWorkers()[0] ?? (await withExt.context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const results: PageBench[] = [];
    for (const file of files) {
      const { url } = replica(file);
      const annotate: number[] = [];
      const own: number[] = [];
      const hover: number[] = [];
      const hoverFrame: number[] = [];
      const heapWith: number[] = [];
      const heapWithout: number[] = [];
      let fields = 0;
      for (let i = 0; i < runs; i++) {
        const page = await withExt.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const timing = await annotateMs(withExt.context, extensionId, page);
        annotate.push(timing.total);
        own.push(timing.own);
        fields = await page.evaluate(() => document.querySelectorAll('input:not([type=hidden]), select').length);
        const h = await hoverLatency(page);
        hover.push(h.dom);
        hoverFrame.push(h.frame);
        await sleep(200);
        heapWith.push(await heapMiB(withExt.context, page));
        await page.close();
        const plain = await without.context.newPage();
        await plain.goto(url, { waitUntil: 'load' });
        await sleep(200);
        heapWithout.push(await heapMiB(without.context, plain));
        await plain.close();
      }
      results.push({
        page: file,
        fields,
        annotateMs: median(annotate),
        ownMs: median(own),
        hoverMs: median(hover),
        hoverFrameMs: median(hoverFrame),
        heapWithMiB: median(heapWith),
        heapWithoutMiB: median(heapWithout),
      });
    }
    return results;
  } finally {
    for (const { context, profile } of [withExt, without]) {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}
