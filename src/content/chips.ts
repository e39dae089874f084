/**
 * Inline mode: small English chips beside labels, headings and buttons. They live in the overlay's shadow root and
 * are positioned over the page (never inserted into it), so the page's own elements never move.
 */

export interface Chip {
  anchor: Element;
  text: string;
}

/** Longest chip text: chips are a glance, the tooltip has the rest. */
const MAX_CHIP_LENGTH = 48;
/** A chip's height and widest width in CSS pixels (overlay-styles.ts: line-height 14px). */
const CHIP_HEIGHT = 14;
const MAX_CHIP_WIDTH = 260;

export interface ChipLayer {
  /** Replaces the chips. */
  set(chips: Chip[]): void;
  /** Moves every chip to its anchor (after layout changes). */
  reposition(): void;
  clear(): void;
  readonly count: number;
}

/** Creates the chip layer inside `container` (an element of the overlay's shadow root). */
export function createChipLayer(container: HTMLElement): ChipLayer {
  const doc = container.ownerDocument;
  let placed: { chip: Chip; element: HTMLElement }[] = [];

  const reposition = () => {
    const view = doc.defaultView;
    if (!view) return;
    // Read every rectangle first, then write: one layout for all chips, not one per chip.
    const width = doc.documentElement.clientWidth;
    const rects = placed.map(({ chip }) => (chip.anchor.isConnected ? chip.anchor.getBoundingClientRect() : null));
    placed.forEach(({ element }, i) => {
      const rect = rects[i];
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        element.hidden = true;
        return;
      }
      element.hidden = false;
      // Transform, not top/left: moving a chip is then no layout shift. The max-width ends the chip at the viewport's
      // right edge, so a chip never widens the page's scrollable area.
      const left = rect.left + view.scrollX;
      element.style.transform = `translate(${Math.round(left)}px, ${Math.round(rect.top + view.scrollY - CHIP_HEIGHT)}px)`;
      element.style.maxWidth = `${Math.max(0, Math.min(MAX_CHIP_WIDTH, width - rect.left))}px`;
    });
  };

  return {
    set(chips) {
      container.replaceChildren();
      placed = chips.map((chip) => {
        const element = doc.createElement('span');
        element.className = 'chip';
        element.lang = 'en';
        element.textContent =
          chip.text.length > MAX_CHIP_LENGTH ? `${chip.text.slice(0, MAX_CHIP_LENGTH - 1)}…` : chip.text;
        return { chip, element };
      });
      container.append(...placed.map((p) => p.element));
      reposition();
    },
    reposition,
    clear() {
      placed = [];
      container.replaceChildren();
    },
    get count() {
      return placed.length;
    },
  };
}
