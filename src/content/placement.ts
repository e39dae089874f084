/**
 * Where the tooltip goes. Beside the field when there is room, so that the next fields, the other options of a
 * radio group and the page's own note under the field stay visible; else below or above it. Never over the field
 * itself (the text being typed), never outside the viewport, and never taller than the room on its side (the
 * tooltip's body scrolls); by default at most half the viewport tall.
 *
 * `placeTooltip` is pure geometry (unit-tested); `neighbourRects` reads from the page what the tooltip should leave
 * visible.
 */

/** A box in viewport coordinates. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'right' | 'below' | 'above' | 'left';

export interface PlaceInput {
  viewport: { width: number; height: number };
  /** The field (or label, heading, button) explained: never covered. */
  anchor: Rect;
  /** The field's own block (its table cell, list item…), with the page's note: beside means beside this. */
  group?: Rect | null;
  /** What must stay visible whenever any place allows: the other options of a radio or checkbox group. */
  keep?: Rect[];
  /** What else should stay visible when there is room: the field's block with its note, the next fields. */
  avoid: Rect[];
  /** The tooltip's size as drawn without a height cap, at its widest. */
  size: { width: number; height: number };
  /** The share of the viewport's height the tooltip may take (0.5 by default; "More" opens it to the room). */
  maxShare?: number;
}

export interface Placement {
  side: Side;
  left: number;
  top: number;
  /** The tooltip's height cap: the room on the chosen side (the body scrolls beyond it). */
  maxHeight: number;
  /** A narrower width when the room beside is narrower than the tooltip (it wraps). */
  maxWidth: number;
}

/** Gap between the anchor and the tooltip, and the least distance to the viewport's edges (CSS pixels). */
export const GAP = 6;
export const EDGE = 8;
/** Narrowest tooltip worth placing beside a field (below that, below or above reads better). */
export const MIN_BESIDE_WIDTH = 240;
/** Lowest room worth using on a side: below that the tooltip would be a sliver. */
const MIN_HEIGHT = 72;

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/** The area two boxes share. */
export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

interface Candidate extends Placement {
  box: Rect;
  /** How much of the tooltip's content shows without scrolling (0–1). */
  shown: number;
  order: number;
}

/**
 * The best place for the tooltip: the first of right, below, above, left (right and left beside the field's block)
 * that covers neither the anchor nor anything to keep visible and shows the tooltip whole; else the one that covers
 * least and shows most.
 * @example placeTooltip({ viewport: { width: 1280, height: 800 }, anchor, avoid: [], size }).side // 'right'
 */
export function placeTooltip(input: PlaceInput): Placement {
  const { viewport, anchor, size } = input;
  const besideOf = input.group ?? anchor;
  const cap = Math.max(MIN_HEIGHT, viewport.height * (input.maxShare ?? 0.5));
  const widest = viewport.width - 2 * EDGE;
  const width = Math.min(size.width, widest);
  const candidates: Candidate[] = [];

  const add = (side: Side, order: number, left: number, top: number, room: number, maxWidth: number) => {
    const maxHeight = Math.max(0, Math.min(room, cap));
    const height = Math.min(size.height, maxHeight);
    const w = Math.min(width, maxWidth);
    const box = { left, top, right: left + w, bottom: top + height };
    candidates.push({ side, order, left, top, maxHeight, maxWidth, box, shown: height / Math.max(1, size.height) });
  };

  // Beside: the whole viewport's height is the room (the tooltip slides up to stay in it).
  const fullRoom = viewport.height - 2 * EDGE;
  const besideTop = (height: number) => clamp(anchor.top, EDGE, viewport.height - EDGE - height);
  const rightRoom = viewport.width - EDGE - (besideOf.right + GAP);
  if (rightRoom >= Math.min(width, MIN_BESIDE_WIDTH)) {
    add('right', 0, besideOf.right + GAP, besideTop(Math.min(size.height, cap)), fullRoom, rightRoom);
  }
  // Beside the field itself when its block is wide (a table cell to the page's edge), if that covers nothing.
  const nearRoom = viewport.width - EDGE - (anchor.right + GAP);
  if (besideOf !== anchor && nearRoom >= Math.min(width, MIN_BESIDE_WIDTH)) {
    add('right', 1, anchor.right + GAP, besideTop(Math.min(size.height, cap)), fullRoom, nearRoom);
  }
  const left = clamp(anchor.left, EDGE, viewport.width - EDGE - width);
  const belowTop = anchor.bottom + GAP;
  add('below', 2, left, belowTop, viewport.height - EDGE - belowTop, widest);
  const aboveRoom = anchor.top - GAP - EDGE;
  const aboveHeight = Math.min(size.height, Math.max(0, Math.min(aboveRoom, cap)));
  add('above', 3, left, anchor.top - GAP - aboveHeight, aboveRoom, widest);
  const leftRoom = besideOf.left - GAP - EDGE;
  if (leftRoom >= Math.min(width, MIN_BESIDE_WIDTH)) {
    const w = Math.min(width, leftRoom);
    add('left', 4, besideOf.left - GAP - w, besideTop(Math.min(size.height, cap)), fullRoom, leftRoom);
  }

  const usable = candidates.filter((c) => c.maxHeight >= Math.min(MIN_HEIGHT, size.height));
  const pool = usable.length > 0 ? usable : candidates;
  const score = (c: Candidate) => {
    const coversAnchor = overlap(c.box, anchor) > 0 ? 1e9 : 0;
    const coversKept = (input.keep ?? []).filter((r) => overlap(c.box, r) > 0).length * 1000;
    const covered = input.avoid.reduce((sum, r) => sum + overlap(c.box, r), 0) / Math.max(1, area(c.box));
    // The field, then the other options, then what should stay visible, then a tooltip cut short, then the order.
    return coversAnchor + coversKept + covered * 100 + (1 - c.shown) * 40 + c.order;
  };
  const best = pool.reduce((a, b) => (score(b) < score(a) ? b : a));
  return {
    side: best.side,
    left: Math.round(clamp(best.left, EDGE, viewport.width - EDGE - Math.min(width, best.maxWidth))),
    top: Math.round(clamp(best.top, EDGE, viewport.height - EDGE - Math.min(size.height, best.maxHeight))),
    maxHeight: Math.floor(best.maxHeight),
    maxWidth: Math.floor(best.maxWidth),
  };
}

/** A box of an element, or null when it has none (hidden). */
function rectOf(el: Element): Rect | null {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Blocks that hold one field with its label parts and note (the tooltip goes beside these). Not <label>: a label
 * wrapping one radio button is one option, not the group.
 */
const GROUP = 'td, th, dd, li, fieldset, p, div';
const CONTROLS = 'input:not([type=hidden]), select, textarea, button';
/** A block bigger than this is the page's layout, not the field's group. */
const MAX_GROUP_HEIGHT = 160;

/**
 * What the tooltip of `anchor` should leave visible, read from the page: the other options of its radio or checkbox
 * group with their labels (keep), the field's block (its cell, with the page's note under the field) and the next
 * row or block (the next fields). Reads only near the anchor: no walk of the whole page.
 */
export function neighbourRects(anchor: Element): { group: Rect | null; keep: Rect[]; avoid: Rect[] } {
  const avoid: Rect[] = [];
  const keep: Rect[] = [];
  const push = (el: Element | null | undefined) => {
    const r = el ? rectOf(el) : null;
    if (r) avoid.push(r);
  };
  const anchorRect = rectOf(anchor);
  const closest = anchor.parentElement?.closest(GROUP) ?? null;
  const closestRect = closest ? rectOf(closest) : null;
  // A group is the field's own block, not the whole form's layout.
  const fits =
    closestRect !== null &&
    anchorRect !== null &&
    closestRect.bottom - closestRect.top <= Math.max(MAX_GROUP_HEIGHT, 3 * (anchorRect.bottom - anchorRect.top));
  const groupEl = fits ? closest : null;
  let group = fits ? closestRect : null;
  if (group) avoid.push(group);
  const input = anchor as HTMLInputElement;
  if ((input.type === 'radio' || input.type === 'checkbox') && input.name && input.form !== undefined) {
    const scope = input.form ?? anchor.ownerDocument;
    let seen = 0;
    for (const other of Array.from(scope.querySelectorAll<HTMLInputElement>(`input[type="${input.type}"]`))) {
      if (other === input || other.name !== input.name) continue;
      const r = rectOf(other);
      if (r) keep.push(r);
      for (const label of Array.from(other.labels ?? [])) {
        const l = rectOf(label);
        if (l) keep.push(l);
      }
      if (++seen >= 12) break;
    }
    // The options together are the group: beside means beside all of them (their labels are often full-width
    // blocks, so "right of the radio button" would lie on its own label and the next options).
    const own = Array.from(input.labels ?? []).map(rectOf);
    const all = [anchorRect, group, ...own, ...keep].filter((r): r is Rect => r !== null);
    if (keep.length > 0 && all.length > 0) {
      group = {
        left: Math.min(...all.map((r) => r.left)),
        top: Math.min(...all.map((r) => r.top)),
        right: Math.max(...all.map((r) => r.right)),
        bottom: Math.max(...all.map((r) => r.bottom)),
      };
    }
  }
  // The next row of a table, or the block after the field's group: where the next fields are.
  const row = anchor.closest('tr');
  const next = row ? row.nextElementSibling : groupEl?.nextElementSibling;
  if (next) {
    const r = rectOf(next);
    if (r && r.bottom - r.top <= MAX_GROUP_HEIGHT * 2) avoid.push(r);
  }
  // The other controls in the same row or group (the 名 box beside 姓).
  const container = row ?? groupEl;
  if (container) {
    let seen = 0;
    for (const control of Array.from(container.querySelectorAll(CONTROLS))) {
      if (control === anchor) continue;
      push(control);
      if (++seen >= 8) break;
    }
  }
  return { group, keep, avoid };
}
