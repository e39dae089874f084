/**
 * The trust suite's time budgets, measured as medians (the gate in tests/e2e/trust asserts only freezes, with a
 * margin): on the 10,000-field page, the longest task around Tebiki's start-up and the longest frame gap from it
 * on (budget 200 ms), and focus → tooltip for the first field and for one beyond the scan's item cap (budget
 * 300 ms); on the 100 KB-label page, the longest task after start-up and the slowest tooltip.
 */
import { launch, type BrowserName } from '../../tests/e2e/harness/driver';
import { inOverlay } from '../../tests/e2e/harness/overlay';
import { replica } from '../../tests/e2e/harness/pages';
import { patchSettings } from '../../tests/e2e/harness/settings';
import { probeTooltip, tooltipLatency } from '../../tests/e2e/trust/lib/hostile';
import { overlayPresent } from '../../tests/e2e/trust/lib/in-page';
import { readPerf, RESPONSIVENESS_INIT, summarise } from '../../tests/e2e/trust/lib/perf';
import { median, sleep } from './stats';

export interface HostileBench {
  browser: BrowserName;
  startupTaskMs: number | null;
  gapFromStartupMs: number;
  firstTooltipMs: number;
  lastTooltipMs: number;
  hugeLongestTaskMs: number;
  hugeSlowestTooltipMs: number;
}

/**
 * tsx (esbuild's keepNames) wraps the named functions inside the in-page helpers in `__name(…)`, which pages lack:
 * the bench's pages get a no-op one first (vitest's transform does not add it, so the tests need none).
 */
const INIT = `globalThis.__name ??= (f) => f;\n${RESPONSIVENESS_INIT}`;

const HUGE_CASES: [id: string, hover: boolean][] = [
  ['f1', false],
  ['f2', false],
  ['f3', false],
  ['f6', false],
  ['send', true],
  ['f5', false],
];

/** Medians over `runs` page loads in `browser`. */
export async function benchHostile(browser: BrowserName, runs: number): Promise<HostileBench> {
  const driver = await launch(browser);
  // The hover intent's wait (the user's setting, 350 ms by default) is a choice, not a cost: measure without it.
  await patchSettings(driver, { hoverDelayMs: 0 });
  const samples: Omit<HostileBench, 'browser'>[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await driver.openWith!(replica('hostile/fields-10000.html').url, {
        initScript: INIT,
      });
      await page.evaluate(overlayPresent, 30_000);
      await sleep(2500);
      const perf = summarise(await page.evaluate(readPerf, undefined));
      // The overlay's shadow root is closed: the harness hands it to the in-page functions.
      const firstTooltipMs = (await inOverlay(page, tooltipLatency, 'f00001')) ?? -1;
      const lastTooltipMs = (await inOverlay(page, tooltipLatency, 'f10000')) ?? -1;
      await page.close();

      const huge = await driver.openWith!(replica('hostile/huge-labels.html').url, { initScript: INIT });
      await huge.evaluate(overlayPresent, 10_000);
      await sleep(1000);
      let slowest = 0;
      for (const [id, hover] of HUGE_CASES)
        slowest = Math.max(slowest, (await inOverlay(huge, probeTooltip, { id, hover }))?.ms ?? Infinity);
      const hugePerf = summarise(await huge.evaluate(readPerf, undefined));
      await huge.close();
      samples.push({
        startupTaskMs: perf.startupTask,
        gapFromStartupMs: perf.longestGapFromStartup,
        firstTooltipMs,
        lastTooltipMs,
        hugeLongestTaskMs: browser === 'chromium' ? hugePerf.longestTaskAfterOverlay : hugePerf.longestGapFromStartup,
        hugeSlowestTooltipMs: slowest,
      });
    }
  } finally {
    await driver.close();
  }
  const med = (pick: (s: Omit<HostileBench, 'browser'>) => number | null) =>
    median(samples.map(pick).filter((v): v is number => v !== null));
  return {
    browser,
    startupTaskMs: browser === 'chromium' ? med((s) => s.startupTaskMs) : null,
    gapFromStartupMs: med((s) => s.gapFromStartupMs),
    firstTooltipMs: med((s) => s.firstTooltipMs),
    lastTooltipMs: med((s) => s.lastTooltipMs),
    hugeLongestTaskMs: med((s) => s.hugeLongestTaskMs),
    hugeSlowestTooltipMs: med((s) => s.hugeSlowestTooltipMs),
  };
}
