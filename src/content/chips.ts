/**
 * Inline mode: short meanings beside labels, headings and buttons (never beside the options of a select or a radio
 * group: the group's own label gets the chip). They live in the overlay's shadow root and are positioned over the
 * page (never inserted into it), so the page's own elements never move. Each chip goes where it covers no page text,
 * no control and no other chip (chip-placement.ts); one that does not fit becomes a small marker that opens the
 * tooltip on hover.
 *
 * Chips are placed for the labels near the viewport (a screen above to two below), again when the document has
 * scrolled further: a page of 5,000 labels never places 5,000 chips at once.
 */
import { CHIP_HEIGHT, MARKER_SIZE, placeChip } from './chip-placement';
import type { Rect } from './placement';

export interface Chip {
  anchor: Element;
  text: string;
  /** The item's kind: only fields (beside their label), labels, headings and buttons get chips. */
  kind?: string;
}

/** Kinds of items that get a chip: links, notes and messages are explained by their tooltip alone. */
const CHIP_KINDS = new Set(['field', 'label', 'heading', 'button']);
/** Anchors whose chip goes after the whole element (a button's text is inside its box). */
const BOXED = 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"], summary';

export interface ChipLayer {
  /** Replaces the chips. */
  set(chips: Chip[]): void;
  /** Places every chip again (after layout changes: a resize, a box inside the page scrolled). */
  reposition(): void;
  /** The document scrolled: chips near the new viewport are placed if they were not yet. */
  scrolled(): void;
  clear(): void;
  /** What a marker does on hover: open the tooltip of its label, and close it when the pointer leaves. */
  setHandlers(handlers: { open(anchor: Element): void; close(anchor: Element): void }): void;
  readonly count: number;
  /** Chips shown, markers shown and labels with neither (for tests and the popup). */
  readonly stats: { chips: number; markers: number; dropped: number };
}

/** Blocks a chip stays inside: the label's own cell, heading, item or paragraph. */
const BLOCK = 'th, td, dt, dd, li, p, div, h1, h2, h3, h4, h5, h6, legend, caption, summary, fieldset, section, form';
const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, img, svg, iframe, video, canvas';
/** Most text nodes and controls read around one label (a huge block is read only near the label's line). */
const MAX_TEXT_NODES = 300;
/** A text node longer than this is measured at its ends (textNodeRects). */
const LONG_TEXT = 1000;
const MAX_CONTROLS = 80;
/** The chip's font (overlay-styles.ts `.chip`) and its horizontal padding, for measuring. */
const CHIP_FONT = '600 12px system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const CHIP_PADDING = 10;

const toRect = (r: DOMRect | DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const visible = (r: DOMRect | DOMRectReadOnly) => r.width > 0 && r.height > 0;

/** Whether an anchor is an option: of a select, or the label of one radio button or checkbox. */
export function isOptionAnchor(anchor: Element): boolean {
  if (anchor.localName === 'option' || anchor.localName === 'optgroup') return true;
  const control =
    anchor.localName === 'label'
      ? (anchor as HTMLLabelElement).control
      : anchor.localName === 'input'
        ? (anchor as HTMLInputElement)
        : null;
  const type = (control as HTMLInputElement | null)?.type;
  return type === 'radio' || type === 'checkbox';
}

/**
 * The line rects of one text node. A long one (a 100 KB label, a page-long paragraph) is measured at its head and
 * its tail only, with one rect standing for the lines between (as an obstacle it covers them all): asking a browser
 * for every line box of 100 KB of text blocks the page for hundreds of milliseconds.
 */
export function textNodeRects(node: Text, range: Range): Rect[] {
  const length = node.length;
  if (length <= LONG_TEXT) {
    range.selectNodeContents(node);
    return Array.from(range.getClientRects()).filter(visible).map(toRect);
  }
  const part = (start: number, end: number) => {
    range.setStart(node, start);
    range.setEnd(node, end);
    return Array.from(range.getClientRects()).filter(visible).map(toRect);
  };
  const head = part(0, LONG_TEXT / 2);
  const tail = part(length - LONG_TEXT / 2, length);
  const ends = [...head, ...tail];
  if (!head.length || !tail.length) return ends;
  const between: Rect = {
    left: Math.min(...ends.map((r) => r.left)),
    right: Math.max(...ends.map((r) => r.right)),
    top: head[head.length - 1]!.bottom,
    bottom: tail[0]!.top,
  };
  return between.bottom > between.top ? [...head, between, ...tail] : ends;
}

/** The rects of the anchor's own text (not of controls inside it), line by line. */
function textLines(anchor: Element, range: Range): Rect[] {
  const lines: Rect[] = [];
  const walker = anchor.ownerDocument.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The text of a select's options or a textarea is not the label's.
    if (!node.textContent?.trim() || node.parentElement?.closest('select, textarea, option')) continue;
    lines.push(...textNodeRects(node as Text, range));
  }
  return lines;
}

/** Page text and controls inside `block` that come near `band` (the chip's possible places). */
function obstaclesIn(block: Element, band: Rect, range: Range): Rect[] {
  const near = (r: Rect) => r.bottom > band.top && r.top < band.bottom && r.right > band.left && r.left < band.right;
  const out: Rect[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node && count < MAX_TEXT_NODES; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    count += 1;
    for (const r of textNodeRects(node as Text, range)) if (near(r)) out.push(r);
  }
  for (const control of Array.from(block.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS)) {
    const r = control.getBoundingClientRect();
    if (visible(r) && near(toRect(r))) out.push(toRect(r));
  }
  return out;
}

/** Creates the chip layer inside `container` (an element of the overlay's shadow root). */
export function createChipLayer(container: HTMLElement): ChipLayer {
  const doc = container.ownerDocument;
  let chips: Chip[] = [];
  let elements: HTMLElement[] = [];
  let stats = { chips: 0, markers: 0, dropped: 0 };
  let handlers: { open(anchor: Element): void; close(anchor: Element): void } | null = null;
  /** The document's scroll position when chips were last placed. */
  let placedAt = { x: Number.NaN, y: Number.NaN };

  const canvas = doc.createElement('canvas').getContext('2d');
  if (canvas) canvas.font = CHIP_FONT;
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = Math.ceil((canvas?.measureText(text).width ?? text.length * 7) + CHIP_PADDING);
      widths.set(text, width);
    }
    return width;
  };

  const place = () => {
    const view = doc.defaultView;
    if (!view) return;
    placedAt = { x: view.scrollX, y: view.scrollY };
    const vw = doc.documentElement.clientWidth || view.innerWidth;
    const vh = view.innerHeight;
    const range = doc.createRange();
    const taken: Rect[] = [];
    const next = { chips: 0, markers: 0, dropped: 0 };
    // Read every rectangle first, then write: one layout for all chips, not one per chip.
    const writes: { element: HTMLElement; rect: Rect | null; text?: string; marker?: boolean }[] = [];
    chips.forEach((chip, i) => {
      const element = elements[i]!;
      const anchorRect = chip.anchor.isConnected ? chip.anchor.getBoundingClientRect() : null;
      // Hidden, or far from the viewport: not placed now (a later scroll places it).
      if (!anchorRect || !visible(anchorRect) || anchorRect.bottom < -vh || anchorRect.top > 2 * vh) {
        writes.push({ element, rect: null });
        return;
      }
      const lines = chip.anchor.matches(BOXED) ? [toRect(anchorRect)] : textLines(chip.anchor, range);
      const block = chip.anchor.matches(BLOCK) ? chip.anchor : (chip.anchor.parentElement?.closest(BLOCK) ?? null);
      const blockRect = block ? toRect(block.getBoundingClientRect()) : toRect(anchorRect);
      const first = lines[0] ?? toRect(anchorRect);
      const last = lines[lines.length - 1] ?? toRect(anchorRect);
      // Only the band around the label's lines counts: a huge block is not read whole.
      const band = {
        left: blockRect.left,
        right: blockRect.right,
        top: Math.max(blockRect.top, first.top - CHIP_HEIGHT - 2),
        bottom: Math.min(blockRect.bottom, last.bottom + CHIP_HEIGHT + 2),
      };
      const obstacles = [...lines, ...(block ? obstaclesIn(block, band, range) : []), ...taken];
      const placed = placeChip({ lines, box: band, obstacles, text: chip.text, measure, viewportWidth: vw });
      if (placed.kind === 'none') {
        next.dropped += 1;
        writes.push({ element, rect: null });
        return;
      }
      taken.push(placed.rect);
      if (placed.kind === 'chip') next.chips += 1;
      else next.markers += 1;
      writes.push({
        element,
        rect: placed.rect,
        marker: placed.kind === 'marker',
        ...(placed.kind === 'chip' ? { text: placed.text } : {}),
      });
    });
    range.detach();
    for (const { element, rect, text, marker } of writes) {
      if (!rect) {
        element.hidden = true;
        continue;
      }
      element.hidden = false;
      element.className = marker ? 'chip-marker' : 'chip';
      element.textContent = marker ? '…' : (text ?? '');
      // Transform, not top/left: moving a chip is then no layout shift. Document coordinates: the document's own
      // scrolling moves chips with their labels.
      element.style.transform = `translate(${Math.round(rect.left + view.scrollX)}px, ${Math.round(rect.top + view.scrollY)}px)`;
      element.style.width = marker ? `${MARKER_SIZE}px` : `${Math.round(rect.right - rect.left)}px`;
    }
    stats = next;
  };

  return {
    set(next) {
      chips = next.filter(
        (chip) => !isOptionAnchor(chip.anchor) && (chip.kind === undefined || CHIP_KINDS.has(chip.kind)),
      );
      container.replaceChildren();
      elements = chips.map((chip) => {
        const element = doc.createElement('span');
        element.className = 'chip';
        element.lang = 'en';
        element.hidden = true;
        // A marker opens its label's tooltip on hover (chips themselves let the pointer through to the page).
        element.addEventListener('mouseenter', () => {
          if (element.classList.contains('chip-marker')) handlers?.open(chip.anchor);
        });
        element.addEventListener('mouseleave', () => {
          if (element.classList.contains('chip-marker')) handlers?.close(chip.anchor);
        });
        return element;
      });
      container.append(...elements);
      place();
    },
    reposition: place,
    scrolled() {
      const view = doc.defaultView;
      if (!view || chips.length === 0) return;
      if (Math.abs(view.scrollY - placedAt.y) > view.innerHeight / 2 || Math.abs(view.scrollX - placedAt.x) > 200) {
        place();
      }
    },
    clear() {
      chips = [];
      elements = [];
      stats = { chips: 0, markers: 0, dropped: 0 };
      container.replaceChildren();
    },
    setHandlers(next) {
      handlers = next;
    },
    get count() {
      return chips.length;
    },
    get stats() {
      return stats;
    },
  };
}
