import { describe, expect, it } from 'vitest';
import { CHIP_HEIGHT, fitText, placeChip, type ChipInput } from './chip-placement';
import { overlap, type Rect } from './placement';

/** 6 px per character plus 8 px of padding: close enough to 12 px text for geometry. */
const measure = (text: string) => text.length * 6 + 8;
const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function input(over: Partial<ChipInput>): ChipInput {
  return { lines: [], box: box(0, 0, 0, 0), obstacles: [], text: 'full name', measure, viewportWidth: 1280, ...over };
}

describe('an inline chip', () => {
  it('goes after the label’s text when its cell has room, on the same line', () => {
    const text = box(20, 100, 40, 20);
    const p = placeChip(input({ lines: [text], box: box(16, 92, 260, 36), obstacles: [text] }));
    expect(p.kind).toBe('chip');
    if (p.kind !== 'chip') return;
    expect(p.rect.left).toBeGreaterThanOrEqual(text.right);
    expect(p.rect.top).toBeLessThan(text.bottom);
    expect(p.rect.bottom).toBeGreaterThan(text.top);
    expect(p.text).toBe('full name');
  });

  it('goes under the text when the line is full but the block is tall (a header over two rows)', () => {
    const text = box(20, 100, 230, 20);
    const p = placeChip(input({ lines: [text], box: box(16, 80, 240, 80), obstacles: [text] }));
    expect(p.kind).toBe('chip');
    if (p.kind === 'chip') expect(p.rect.top).toBeGreaterThanOrEqual(text.bottom);
  });

  it('never covers page text or controls, nor another chip', () => {
    const text = box(20, 100, 40, 20);
    const field = box(66, 98, 120, 24);
    const otherChip = box(20, 121, 60, CHIP_HEIGHT);
    const p = placeChip(input({ lines: [text], box: box(16, 96, 300, 60), obstacles: [text, field, otherChip] }));
    if (p.kind !== 'none') for (const o of [text, field, otherChip]) expect(overlap(p.rect, o)).toBe(0);
  });

  it('becomes a marker when no chip fits, and nothing when not even a marker does', () => {
    const text = box(20, 100, 40, 20);
    const field = box(82, 98, 120, 24);
    const tight = placeChip(input({ lines: [text], box: box(18, 98, 200, 24), obstacles: [text, field] }));
    expect(tight.kind).toBe('marker');
    if (tight.kind === 'marker') expect(overlap(tight.rect, field)).toBe(0);
    const none = placeChip(input({ lines: [text], box: box(20, 100, 40, 20), obstacles: [text] }));
    expect(none.kind).toBe('none');
  });

  it('stays inside the viewport (a chip never widens the page)', () => {
    const text = box(760, 100, 30, 20);
    const p = placeChip(input({ lines: [text], box: box(700, 90, 400, 60), obstacles: [text], viewportWidth: 800 }));
    if (p.kind !== 'none') expect(p.rect.right).toBeLessThanOrEqual(800);
  });
});

describe('a chip’s text', () => {
  it('is cut at a word boundary, first meaning first, never mid-word', () => {
    expect(fitText('there is; yes', 200, measure)).toBe('there is; yes');
    expect(fitText('there is; yes', 60, measure)).toBe('there is');
    expect(fitText('date of birth (Japanese era)', 80, measure)).toBe('date of…');
    expect(fitText('Individual Number', 20, measure)).toBeNull();
  });
});
