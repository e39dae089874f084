/**
 * Issue 7, point 4: hostile pages (tests/pages/hostile/).
 *  - markup-labels: labels, aria-labels, placeholders, options, buttons, headings and notes that contain markup
 *    and script as text are shown as that text; nothing of it becomes an element; none of it runs.
 *  - fields-10000: 10,000 labelled fields are annotated without freezing the page. Chromium measures long tasks
 *    (PerformanceObserver 'longtask'); both browsers measure the longest gap between animation frames. The task
 *    that started Tebiki is the one around the moment its overlay host appeared.
 *  - mutating: a page that changes its DOM every 10 ms keeps its frame rate and timers, and the tooltip still works.
 *  - huge-labels: labels, aria-label, placeholder, title, heading, button and options of 100 KB are cut.
 * Measured numbers are printed (console) for the report.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, type TestPage } from '../harness/driver';
import { suiteBrowser } from '../harness/suite';
import { inOverlay, waitForOverlay } from '../harness/overlay';
import { replica } from '../harness/pages';
import { patchSettings } from '../harness/settings';
import { probeTooltip, sideEffects, tooltipLatency, type TooltipProbe } from './lib/hostile';
import { overlayPresent } from './lib/in-page';

import { measureWindow, readPerf, RESPONSIVENESS_INIT, summarise } from './lib/perf';
import { sleep, step } from './lib/steps';

/** Probes the tooltip through the harness (the overlay's shadow root is closed to the page). */
const probeOn = (page: TestPage, arg: { id: string; hover: boolean }): Promise<TooltipProbe> =>
  inOverlay(page, probeTooltip, arg).then((found) => {
    if (!found) throw new Error('no overlay on the page');
    return found;
  });

const MARKUP = replica('hostile/markup-labels.html');
const HUGE = replica('hostile/huge-labels.html');
const FIELDS_10000 = replica('hostile/fields-10000.html');
const MUTATING = replica('hostile/mutating.html');

/**
 * What this gate asserts is the outcome "the page never freezes and the tooltip always comes", with a margin that a
 * loaded 2-core CI machine cannot reach by jitter: a task or frame gap of a second is a freeze anywhere, and so is a
 * tooltip that takes two. The budgets themselves (tasks under 200 ms, tooltips under 300 ms) are measured as
 * medians by `npm run bench` (scripts/bench/hostile.ts), where a slow run shows as a number, not as a red gate.
 * Before slicing, these pages froze for 0.5–8 s; sliced, they measure 50–190 ms here.
 */
const FREEZE_MS = 1000;
/** A page that mutates every 10 ms must keep at least this share of its frames and timer ticks with Tebiki on. */
const MIN_SHARE = 0.5;
/** A tooltip that takes longer than this to show on a hostile page is broken, not slow. */
const SLOW_TOOLTIP_MS = 2000;
/** The most text a tooltip may hold for a 100 KB label: labels are cut at 200 characters, plus glosses and hints. */
const MAX_TOOLTIP_CHARS = 3000;

const FORBIDDEN_TAGS = ['img', 'script', 'iframe', 'svg', 'a', 'b', 'i', 'object', 'embed', 'link', 'meta', 'template'];

function log(label: string, value: unknown): void {
  console.log(`[trust:hostile] ${label}: ${JSON.stringify(value)}`);
}

describe.each(BROWSERS)('in %s, hostile pages', (browserName) => {
  const driver = suiteBrowser(browserName);
  const without = suiteBrowser(browserName, { extension: false });

  it('shows labels that contain markup or script as text: no element injected, no script run', async () => {
    await patchSettings(driver, { inlineChips: ['keisan'] });
    const page = await driver.openWith!(MARKUP.url, {});
    expect(await waitForOverlay(page)).toBe(true);
    const cases: [id: string, hover: boolean, literal: string][] = [
      ['f1', false, '<img src=x onerror="window.__xss1=1">'],
      ['f2', false, '<script>window.__xss2=1</script>'],
      ['f3', false, '<b>太字</b> &lt;i&gt;'],
      ['f4', false, '<svg onload="window.__xss3=1"></svg>'],
      ['f5', false, '<iframe src="javascript:window.__xss4=1"></iframe>'],
      ['f6', false, '<style>body{display:none}</style>'],
      ['f6', false, '昭和 <img src=x onerror="window.__xss7=1">'],
      ['f9', false, '${window.__xss8=1}'],
      ['send', true, '送信 <img src=x onerror="window.__xss5=1">'],
    ];
    const problems: string[] = [];
    for (const [id, hover, literal] of cases) {
      const probe = await step(`markup ${id}`, probeOn(page, { id, hover }));
      if (!probe.plain?.includes(literal)) problems.push(`#${id}: tooltip lacks ${literal}: ${probe.plain}`);
      const bad = FORBIDDEN_TAGS.filter((tag) => probe.tags[tag]);
      if (bad.length > 0 || (probe.tags.style ?? 0) > 1)
        problems.push(`#${id}: elements in the overlay: ${JSON.stringify(probe.tags)}`);
    }
    // Headings and notes are explained on hover too.
    const heading = await page.evaluate(() => {
      const h2 = document.querySelector('h2')!;
      h2.id = h2.id || 'trust-h2';
      return h2.id;
    }, undefined);
    const headingProbe = await probeOn(page, { id: heading, hover: true });
    if (!headingProbe.plain?.includes('<a href="javascript:window.__xss6=1">ここ</a>'))
      problems.push(`heading: ${headingProbe.plain}`);
    await sleep(300);
    expect(problems).toEqual([]);
    expect(await page.evaluate(sideEffects, undefined)).toEqual({
      __xss1: undefined,
      __xss2: undefined,
      __xss3: undefined,
      __xss4: undefined,
      __xss5: undefined,
      __xss6: undefined,
      __xss7: undefined,
      __xss8: undefined,
      __xss9: undefined,
      __pageScriptRan: 1,
      __imgErrors: 1,
    });
    await patchSettings(driver, { inlineChips: [] });
    await page.close();
  });

  it(`annotates a 10,000-field page without freezing it (longest task under ${FREEZE_MS} ms)`, async () => {
    const measure = async (d: Driver, tebiki: boolean) => {
      const page = await step(
        'open 10,000 fields',
        d.openWith!(FIELDS_10000.url, { initScript: RESPONSIVENESS_INIT }),
        60_000,
      );
      if (tebiki) expect(await page.evaluate(overlayPresent, 30_000)).toBe(true);
      await sleep(2500);
      const perf = summarise(await page.evaluate(readPerf, undefined));
      // The first tooltip after load, then the last field's: it is beyond the scan's item budget (explained on the
      // spot when focused).
      const firstField = tebiki ? await inOverlay(page, tooltipLatency, 'f00001') : null;
      const lastField = tebiki ? await inOverlay(page, tooltipLatency, 'f10000') : null;
      await page.close();
      return { ...perf, firstField, lastField };
    };
    const base = await measure(without, false);
    const withTebiki = await measure(driver, true);
    log(`${browserName} 10,000 fields, without Tebiki`, base);
    log(`${browserName} 10,000 fields, with Tebiki`, withTebiki);
    expect(withTebiki.firstField).toBeGreaterThanOrEqual(0);
    expect(withTebiki.lastField).toBeGreaterThanOrEqual(0);
    expect(withTebiki.firstField!).toBeLessThan(SLOW_TOOLTIP_MS);
    expect(withTebiki.lastField!).toBeLessThan(SLOW_TOOLTIP_MS);
    if (browserName === 'chromium') expect(withTebiki.startupTask!).toBeLessThan(FREEZE_MS);
    // Frame gaps: the page's own parsing and layout happen before Tebiki starts, so the gaps from the start-up on
    // are Tebiki's (plus the browser's own), in both browsers.
    expect(withTebiki.longestGapFromStartup).toBeLessThan(FREEZE_MS);
  }, 240_000);

  it('keeps a page that mutates its DOM every 10 ms responsive, and still explains its fields', async () => {
    await patchSettings(driver, { inlineChips: ['mynaportal'] });
    const run = async (d: Driver, tebiki: boolean) => {
      const page = await d.openWith!(MUTATING.url, { initScript: RESPONSIVENESS_INIT });
      if (tebiki) expect(await page.evaluate(overlayPresent, 10_000)).toBe(true);
      await sleep(500);
      const probe = await page.evaluate(measureWindow, 3000);
      const tooltips = tebiki
        ? {
            focus: await probeOn(page, { id: 'shimei', hover: false }),
            hover: await page
              .evaluate(() => {
                const label = document.querySelector('label[for="yubin"]')!;
                label.id = 'trust-yubin-label';
                return label.id;
              }, undefined)
              .then((id) => probeOn(page, { id, hover: true })),
          }
        : null;
      const mutations = await page.evaluate(
        () => (window as unknown as { __mutations: number }).__mutations,
        undefined,
      );
      await page.close();
      return { ...probe, mutations, tooltips };
    };
    const base = await run(without, false);
    const withTebiki = await run(driver, true);
    log(`${browserName} mutating page, without Tebiki`, { ...base, tooltips: undefined });
    log(`${browserName} mutating page, with Tebiki`, {
      ...withTebiki,
      tooltips: {
        focusMs: withTebiki.tooltips?.focus.ms,
        hoverMs: withTebiki.tooltips?.hover.ms,
        chips: withTebiki.tooltips?.focus.chips.length,
      },
    });
    expect(withTebiki.frames).toBeGreaterThanOrEqual(base.frames * MIN_SHARE);
    expect(withTebiki.timerTicks).toBeGreaterThanOrEqual(base.timerTicks * MIN_SHARE);
    expect(withTebiki.maxGap).toBeLessThan(FREEZE_MS);
    expect(withTebiki.tooltips!.focus.text).toMatch(/name/i);
    expect(withTebiki.tooltips!.focus.ms).toBeLessThan(SLOW_TOOLTIP_MS);
    expect(withTebiki.tooltips!.hover.text).toMatch(/postal/i);
    expect(withTebiki.tooltips!.hover.ms).toBeLessThan(SLOW_TOOLTIP_MS);
    await patchSettings(driver, { inlineChips: [] });
  }, 120_000);

  it('cuts labels, aria-labels, placeholders, titles, headings, buttons and options of 100 KB', async () => {
    await patchSettings(driver, { inlineChips: ['keisan'] });
    const page = await driver.openWith!(HUGE.url, { initScript: RESPONSIVENESS_INIT });
    expect(await page.evaluate(overlayPresent, 10_000)).toBe(true);
    await sleep(1000);
    const heading = await page.evaluate(() => {
      document.querySelector('h2')!.id ||= 'trust-h2';
      return 'hugeHeading';
    }, undefined);
    // The select with 100 KB options goes last: if it freezes the page, the others have been measured.
    const cases: [id: string, hover: boolean, start: string][] = [
      ['f1', false, '氏名（漢字）'],
      ['f2', false, '住所'],
      ['f3', false, '氏名（フリガナ）'],
      ['f4', false, '住所（番地）'],
      ['f6', false, '生年月日'],
      [heading, true, '注意事項'],
      ['send', true, '送信する'],
      ['f5', false, '昭和'],
    ];
    const sizes: Record<string, { chars: number; ms: number }> = {};
    const problems: string[] = [];
    for (const [id, hover, start] of cases) {
      const probe = await step(`huge ${id}`, probeOn(page, { id, hover }), 20_000).catch(() => null);
      if (!probe) {
        problems.push(`#${id}: no answer from the page within 20 s (frozen)`);
        sizes[id] = { chars: -1, ms: -1 };
        break;
      }
      sizes[id] = { chars: probe.text?.length ?? -1, ms: Math.round(probe.ms) };
      if (!probe.plain?.includes(start)) problems.push(`#${id}: no tooltip with ${start}`);
      else if ((probe.text ?? '').length > MAX_TOOLTIP_CHARS)
        problems.push(`#${id}: tooltip of ${probe.text?.length} characters`);
      if (probe.ms > SLOW_TOOLTIP_MS) problems.push(`#${id}: tooltip took ${Math.round(probe.ms)} ms`);
      const longChip = probe.chips.find((c) => c.length > 48);
      if (longChip) problems.push(`#${id}: chip of ${longChip.length} characters`);
    }
    log(`${browserName} huge labels: tooltip sizes`, sizes);
    if (problems.some((p) => p.includes('frozen'))) {
      // The page is still busy: don't wait for it.
      void page.close().catch(() => undefined);
      expect(problems).toEqual([]);
    }
    const perf = summarise(await page.evaluate(readPerf, undefined));
    log(`${browserName} huge labels: responsiveness`, perf);
    expect(problems).toEqual([]);
    // The page's main thread (where Tebiki runs) never blocks: Chromium reports its long tasks. Frame gaps are not
    // asserted there: on this page, after the overlay appeared, 200–360 ms gaps on this 2-core machine come with no
    // main-thread task over 65 ms (traced); they are the raster of 100 KB of the page's own text competing for the
    // CPU. Firefox has no long-task API: its frame gaps are the check.
    if (browserName === 'chromium') expect(perf.longestTaskAfterOverlay).toBeLessThan(FREEZE_MS);
    else expect(perf.longestGapFromStartup).toBeLessThan(FREEZE_MS);
    await patchSettings(driver, { inlineChips: [] });
    await page.close();
  }, 120_000);
});
