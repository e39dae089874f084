/**
 * Memory per extra portal tab in real Chromium: the proportional set size (PSS, Linux smaps_rollup) of the renderer
 * process each extra tab of the same replica page brings, with and without Tebiki (median over the tabs). The
 * extension's own processes (offscreen document, extension pages) are not counted: they are one per browser.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { replica } from '../../tests/e2e/harness/pages';
import { RELEASE_BUILDS } from '../../tests/e2e/harness/paths';
import { launchBenchChromium, type BenchBrowser } from './chromium';
import { median, sleep } from './stats';

export interface TabsBench {
  page: string;
  tabs: number;
  /** PSS per extra tab, MiB, with and without Tebiki. */
  perTabWithMiB: number;
  perTabWithoutMiB: number;
  /** The tab's JS heap after a garbage collection (page and content script), with and without Tebiki. */
  heapWithMiB: number;
  heapWithoutMiB: number;
}

/** Pids of the renderer processes of a profile that are not the extension's. */
function rendererPids(profile: string): Set<string> {
  const pids = new Set<string>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (
        cmdline.includes(profile) &&
        cmdline.includes('--type=renderer') &&
        !cmdline.includes('--extension-process')
      ) {
        pids.add(pid);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** PSS (MiB) of processes. */
function pssMiB(pids: Iterable<string>): number {
  let kib = 0;
  for (const pid of pids) {
    try {
      kib += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kib / 1024;
}

function launch(withExtension: boolean, extension: string): Promise<BenchBrowser> {
  // One renderer per tab, as on a desktop with memory to spare.
  return launchBenchChromium(withExtension ? extension : null, ['--renderer-process-limit=100']);
}

/**
 * PSS per extra tab of `file`, opening 1 then 1 + `extra` tabs, with and without Tebiki (the build in `extension`:
 * another checkout's build compares versions).
 */
export async function benchTabsChromium(
  file: string,
  extra = 4,
  extension = RELEASE_BUILDS.chromium,
): Promise<TabsBench> {
  const heaps: number[] = [];
  const perTab = async (withExtension: boolean): Promise<number> => {
    heaps.length = 0;
    const { context, profile } = await launch(withExtension, extension);
    try {
      const { url } = replica(file);
      const open = async () => {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        // Let the content script start, scan and gloss, and the page settle; then collect garbage, as a page left
        // open for a while would.
        await sleep(2500);
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        heaps.push(usedSize / 1048576);
        await cdp.detach();
        await sleep(500);
      };
      await open(); // the first tab starts the browser's shared processes
      // Each extra tab: the PSS of the renderer process it brought (the median of the tabs, the machine is busy).
      const perTab: number[] = [];
      for (let i = 0; i < extra; i++) {
        const before = rendererPids(profile);
        await open();
        const added = [...rendererPids(profile)].filter((pid) => !before.has(pid));
        if (added.length > 0) perTab.push(pssMiB(added));
      }
      (withExtension ? heapWith : heapWithout).push(median(heaps));
      return median(perTab);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
  const heapWith: number[] = [];
  const heapWithout: number[] = [];
  const perTabWithMiB = await perTab(true);
  const perTabWithoutMiB = await perTab(false);
  return {
    page: file,
    tabs: 1 + extra,
    perTabWithMiB,
    perTabWithoutMiB,
    heapWithMiB: heapWith[0]!,
    heapWithoutMiB: heapWithout[0]!,
  };
}
