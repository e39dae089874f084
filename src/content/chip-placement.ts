/**
 * Where an inline chip goes, as pure geometry: after the label's text on its line, else under or over it inside the
 * label's own block, never over any page text or control, never over another chip, never cut mid-word. A chip that
 * fits nowhere becomes a small marker (which opens the tooltip), and a marker that fits nowhere is dropped.
 */
import { overlap, type Rect } from './placement';

/** A chip's height and a marker's size, in CSS pixels (overlay-styles.ts). */
export const CHIP_HEIGHT = 16;
export const MARKER_SIZE = 14;
/** Space between the text and a chip. */
const GAP = 4;
/** Narrowest chip worth showing: below that, a marker says more. */
export const MIN_CHIP_WIDTH = 44;
/** Widest chip: chips are a glance, the tooltip has the rest. */
export const MAX_CHIP_WIDTH = 260;

export interface ChipInput {
  /** The rects of the anchor's text lines (first and last matter), in viewport coordinates. */
  lines: Rect[];
  /** The block the chip must stay inside (the label's cell, heading, or the band around the label's line). */
  box: Rect;
  /** Page text and controls near the anchor, and chips placed before: none may be covered. */
  obstacles: Rect[];
  /** The chip's text. */
  text: string;
  /** Width of a text in the chip's font, padding included. */
  measure: (text: string) => number;
  /** The viewport's width (a chip never widens the page). */
  viewportWidth: number;
}

export type ChipPlacement =
  { kind: 'chip'; rect: Rect; text: string } | { kind: 'marker'; rect: Rect } | { kind: 'none' };

/**
 * The chip's text cut to `width` at a word boundary (the first meaning before ";" first), with "…" when cut; null
 * when not even one word fits.
 * @example fitText('there is; yes', 60, measure) // 'there is' (never 'there is; ye')
 */
export function fitText(text: string, width: number, measure: (t: string) => number): string | null {
  const first = text.split(/\s*;\s*/)[0] ?? text;
  const candidates = [text, first];
  const words = first.split(/\s+/).filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) candidates.push(`${words.slice(0, n).join(' ').replace(/[,(]$/, '')}…`);
  for (const candidate of candidates) if (measure(candidate) <= width) return candidate;
  return null;
}

const inside = (r: Rect, box: Rect) =>
  r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
const free = (r: Rect, obstacles: Rect[]) => obstacles.every((o) => overlap(r, o) === 0);

/** Where the chip (or its marker) goes, or nowhere. */
export function placeChip(input: ChipInput): ChipPlacement {
  const first = input.lines[0];
  const last = input.lines[input.lines.length - 1];
  if (!first || !last) return { kind: 'none' };
  const box = { ...input.box, right: Math.min(input.box.right, input.viewportWidth - 2), left: input.box.left };
  const middle = (line: Rect) => (line.top + line.bottom) / 2;

  // After the text on its last line, then under the text, then over it, inside the label's block.
  const spots: { left: number; top: number }[] = [
    { left: last.right + GAP, top: middle(last) - CHIP_HEIGHT / 2 },
    { left: first.left, top: last.bottom + 1 },
    { left: first.left, top: first.top - CHIP_HEIGHT - 1 },
  ];
  for (const spot of spots) {
    const room = Math.min(box.right - spot.left, MAX_CHIP_WIDTH);
    if (room < MIN_CHIP_WIDTH) continue;
    const text = fitText(input.text, room, input.measure);
    if (!text) continue;
    const rect = {
      left: spot.left,
      top: spot.top,
      right: spot.left + input.measure(text),
      bottom: spot.top + CHIP_HEIGHT,
    };
    if (inside(rect, box) && free(rect, input.obstacles)) return { kind: 'chip', rect, text };
  }

  // A marker: after the text, before it, or at the text's top right corner (raised), wherever nothing is covered.
  const markers = [
    { left: last.right + 2, top: middle(last) - MARKER_SIZE / 2 },
    { left: first.left - MARKER_SIZE - 2, top: middle(first) - MARKER_SIZE / 2 },
    { left: last.right - MARKER_SIZE / 2, top: first.top - MARKER_SIZE - 1 },
  ];
  for (const spot of markers) {
    const rect = { left: spot.left, top: spot.top, right: spot.left + MARKER_SIZE, bottom: spot.top + MARKER_SIZE };
    if (inside(rect, box) && free(rect, input.obstacles)) return { kind: 'marker', rect };
  }
  return { kind: 'none' };
}
