/**
 * Issue 13.8: the view's geometry on every replica page, in both browsers, at 1280×800 and 800×600. The tooltip lies
 * inside the viewport, is at most half the viewport tall by default, and covers neither the focused control nor
 * (where there is room) its sibling options; no two chips overlap and no chip covers page text or a control; resting
 * the pointer on label text, headings and buttons shows a meaning. Numbers are printed for the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/driver';
import { suiteBrowser } from './harness/suite';
import { inOverlay, waitForOverlay } from './harness/overlay';
import { TOP_PAGES } from './harness/pages';
import { patchSettings } from './harness/settings';
import { probeChips, probeFocus, probeHover, type ProbeBox } from './harness/view-probes';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
/** Controls focused per page (spread over it), and labels hovered. */
const FOCUS_PER_PAGE = 10;
const HOVER_PER_PAGE = 6;
const HOVER_DELAY_MS = 350;

const overlaps = (a: ProbeBox, b: ProbeBox) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

interface PageNumbers {
  page: string;
  viewport: string;
  tallest: number;
  chips: number;
  markers: number;
}

describe.each(BROWSERS)('in %s, the view', (browserName) => {
  const driver = suiteBrowser(browserName);
  const numbers: PageNumbers[] = [];
  beforeAll(async () => {
    const portals = [...new Set(TOP_PAGES().map((p) => p.portal))];
    await patchSettings(driver, { inlineChips: portals, hoverDelayMs: HOVER_DELAY_MS, focusOnly: false });
  });
  afterAll(async () => {
    await patchSettings(driver, { inlineChips: [] }).catch(() => undefined);
    console.log(`${browserName} view geometry`, JSON.stringify(numbers));
  });

  describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
    it.each(TOP_PAGES().map((p) => [p.file, p] as const))('%s', async (file, replicaPage) => {
      const page = await driver.open(replicaPage.url);
      await page.setViewport(viewport.width, viewport.height);
      expect(await waitForOverlay(page)).toBe(true);

      const chips = await inOverlay(page, probeChips, undefined);
      expect(chips, 'chips probe').not.toBeNull();
      expect(chips!.overlapping, 'chips overlapping each other').toEqual([]);
      expect(chips!.covering, 'chips covering page text or controls').toEqual([]);

      const focus = (await inOverlay(page, probeFocus, { max: FOCUS_PER_PAGE })) ?? [];
      const problems: string[] = [];
      for (const f of focus) {
        if (!f.tooltip) continue;
        const t = f.tooltip;
        const { width, height } = f.viewport;
        if (t.left < 0 || t.top < 0 || t.right > width || t.bottom > height)
          problems.push(`${f.field}: tooltip outside the viewport ${JSON.stringify(t)}`);
        if (t.bottom - t.top > height / 2 + 1) problems.push(`${f.field}: tooltip ${t.bottom - t.top} px tall`);
        if (overlaps(t, f.control)) problems.push(`${f.field}: tooltip covers the field (${f.side})`);
        for (const chip of f.chipsOver) problems.push(`${f.field}: the chip "${chip}" is drawn over the tooltip`);
        if (viewport.width >= 1280 && f.siblings.some((s) => overlaps(t, s)))
          problems.push(`${f.field}: tooltip covers a sibling option (${f.side})`);
      }
      expect(problems).toEqual([]);
      expect(focus.filter((f) => f.tooltip).length, 'tooltips shown').toBeGreaterThan(0);

      const hover = await inOverlay(page, probeHover, { max: HOVER_PER_PAGE, waitMs: HOVER_DELAY_MS });
      expect(hover!.silent, 'hovered label text, headings and buttons without a meaning').toEqual([]);

      numbers.push({
        page: file,
        viewport: `${viewport.width}x${viewport.height}`,
        tallest: Math.max(0, ...focus.map((f) => (f.tooltip ? f.tooltip.bottom - f.tooltip.top : 0))),
        chips: chips!.chips,
        markers: chips!.markers,
      });
      await page.close();
    });
  });
});
