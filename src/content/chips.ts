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
    const rects = placed.map(({ chip }) => (chip.anchor.isConnected ? chip.anchor.getBoundingClientRect() : null));
    placed.forEach(({ element }, i) => {
      const rect = rects[i];
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        element.hidden = true;
        return;
      }
      element.hidden = false;
      element.style.top = `${rect.top + view.scrollY - 14}px`;
      element.style.left = `${rect.left + view.scrollX}px`;
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
