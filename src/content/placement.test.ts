import { describe, expect, it } from 'vitest';
import { EDGE, overlap, placeTooltip, type PlaceInput, type Rect } from './placement';

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const wide = { width: 1280, height: 800 };
const narrow = { width: 800, height: 600 };

/** The tooltip's box for a placement of `input`. */
function placed(input: PlaceInput) {
  const p = placeTooltip(input);
  const width = Math.min(input.size.width, p.maxWidth, input.viewport.width - 2 * EDGE);
  const height = Math.min(input.size.height, p.maxHeight);
  return { ...p, box: box(p.left, p.top, width, height) };
}

/** A table row as on the tax return corner at y = 390: a header cell, the field's cell to 976 px, the next row below. */
const row = {
  anchor: box(360, 390, 110, 24),
  group: box(286, 382, 690, 40),
  next: box(16, 422, 960, 40),
  other: box(508, 390, 110, 24),
};

/** The tooltip's box for the field of that row, avoiding the row's cells and the next row. */
const placedInRow = (viewport: PlaceInput['viewport'], size: PlaceInput['size']) =>
  placed({ viewport, anchor: row.anchor, group: row.group, avoid: [row.group, row.next, row.other], size });

describe('placing the tooltip', () => {
  it('puts it beside the field’s cell when there is room, covering neither the field nor the next row', () => {
    const p = placedInRow(wide, { width: 280, height: 160 });
    expect(p.side).toBe('right');
    expect(overlap(p.box, row.anchor)).toBe(0);
    expect(overlap(p.box, row.next)).toBe(0);
    expect(overlap(p.box, row.other)).toBe(0);
  });

  it('goes above at 800 px when beside would cover the next box and below the next row', () => {
    const p = placedInRow(narrow, { width: 300, height: 150 });
    expect(p.side).toBe('above');
    expect(overlap(p.box, row.anchor)).toBe(0);
    expect(overlap(p.box, row.next)).toBe(0);
  });

  it('goes below when there is no room above, and caps its height at the room below', () => {
    const anchor = box(20, 30, 700, 24);
    const p = placed({ viewport: narrow, anchor, avoid: [], size: { width: 780, height: 900 } });
    expect(p.side).toBe('below');
    expect(p.box.top).toBeGreaterThanOrEqual(anchor.bottom);
    expect(p.box.bottom).toBeLessThanOrEqual(narrow.height - EDGE);
  });

  it.each([
    ['wide', wide],
    ['narrow', narrow],
  ] as const)('is at most half the %s viewport tall by default, whole when "More" opens it', (_name, viewport) => {
    const anchor = box(20, viewport.height / 2, 200, 24);
    const tall = { width: 300, height: 2000 };
    expect(placed({ viewport, anchor, avoid: [], size: tall }).maxHeight).toBeLessThanOrEqual(viewport.height / 2);
    expect(placed({ viewport, anchor, avoid: [], size: tall, maxShare: 1 }).maxHeight).toBeGreaterThan(
      viewport.height / 2,
    );
  });

  it.each([
    ['top left', box(0, 0, 100, 20)],
    ['bottom right', box(1180, 780, 100, 20)],
    ['a field wider than the viewport', box(-50, 300, 1400, 30)],
    ['a field scrolled half out of view', box(100, -10, 200, 24)],
  ])('keeps it inside the viewport for a field at %s', (_name, anchor) => {
    for (const size of [
      { width: 200, height: 80 },
      { width: 600, height: 700 },
    ]) {
      const p = placed({ viewport: wide, anchor, avoid: [], size });
      expect(p.box.left).toBeGreaterThanOrEqual(EDGE);
      expect(p.box.top).toBeGreaterThanOrEqual(EDGE);
      expect(p.box.right).toBeLessThanOrEqual(wide.width - EDGE);
      expect(p.box.bottom).toBeLessThanOrEqual(wide.height - EDGE);
    }
  });

  it('never covers the field being typed in when any side has room', () => {
    for (let y = 0; y < 800; y += 37) {
      for (const x of [0, 300, 900, 1100]) {
        const anchor = box(x, y, 160, 26);
        const p = placed({ viewport: wide, anchor, avoid: [], size: { width: 360, height: 220 } });
        expect(overlap(p.box, anchor), `field at ${x},${y}`).toBe(0);
      }
    }
  });

  it('leaves the other options of a radio group visible when it can', () => {
    const anchor = box(300, 200, 16, 16);
    const options = [box(320, 200, 60, 16), box(400, 200, 60, 16), box(300, 224, 80, 16)];
    const group = box(290, 196, 200, 50);
    const p = placed({
      viewport: wide,
      anchor,
      group,
      keep: options,
      avoid: [group],
      size: { width: 300, height: 120 },
    });
    for (const option of options) expect(overlap(p.box, option)).toBe(0);
    // Even when beside the option itself would cover only a sliver of the next one.
    const single = box(300, 200, 16, 16);
    const next = box(318, 200, 40, 16);
    const q = placed({
      viewport: wide,
      anchor: single,
      keep: [next],
      avoid: [box(0, 230, 1280, 40)],
      size: { width: 300, height: 120 },
    });
    expect(overlap(q.box, next)).toBe(0);
  });

  it('narrows the tooltip to the room beside the field instead of covering it', () => {
    const anchor = box(700, 300, 200, 24);
    const p = placeTooltip({ viewport: wide, anchor, avoid: [], size: { width: 420, height: 100 } });
    expect(p.side).toBe('right');
    expect(p.maxWidth).toBeLessThan(420);
    expect(p.left + p.maxWidth).toBeLessThanOrEqual(wide.width - EDGE);
  });
});
