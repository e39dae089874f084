/**
 * The one overlay host: a custom element on <html> (outside every form) with a closed shadow root that holds the
 * tooltip and a screen-reader live region. Nothing of Tebiki's is ever inserted inside the page's own elements.
 *
 * Closed, so that a page script can neither read what Tebiki shows (the user's language, the explanations) nor
 * rewrite it: `host.shadowRoot` is null in the page's world, the host's look is fixed by `:host` rules marked
 * !important inside the root (they win over the page's, even its !important ones), and the theme's variables are set
 * on the root's own elements, not inherited from the host. (Tests reach the root through the automation protocol:
 * tests/e2e/harness/overlay.ts.)
 */
import { OVERLAY_CSS } from './overlay-styles';
import { createChipLayer, type ChipLayer } from './chips';
import { neighbourRects, placeTooltip } from './placement';
import { createTooltipKeys } from './tooltip-keys';
import type { TooltipModel } from './tooltip-model';
import { renderTooltip, toggleDetails, type TooltipUi } from './tooltip-view';

export const OVERLAY_TAG = 'tebiki-overlay';
/** Gap between the field and the status note, in CSS pixels. */
const GAP = 6;
/** Width kept for the status note at the viewport's right edge (its max-width is in overlay-styles.ts). */
const STATUS_ROOM = 200;

export interface Overlay {
  /**
   * Shows the tooltip for `anchor`, placed below it (or above when there is no room), never over it. `onAction` is
   * called with the id of a conversion button the user clicks.
   */
  show(anchor: Element, model: TooltipModel, onAction?: (id: string) => void, ui?: TooltipUi): void;
  /** Opens or closes the visible tooltip's details ("More"); false when there are none. */
  toggleDetails(): boolean;
  /** Shows problems found in a field the user left, beside it, until `clearStatus` (role="status": announced). */
  showStatus(anchor: Element, messages: string[]): void;
  clearStatus(anchor?: Element): void;
  /**
   * Moves the visible tooltip and status to follow their anchors (after scrolling or layout changes), and the chips
   * too unless `chipsToo` is false (the document scrolled: chips, in document coordinates, stay where they are).
   */
  reposition(chipsToo?: boolean): void;
  hide(): void;
  readonly visibleFor: Element | null;
  /** Inline mode's chips beside labels, headings and buttons. */
  readonly chips: ChipLayer;
  /**
   * Moves focus into the visible tooltip (its buttons; Esc returns to the field): the keyboard command's way in.
   * False when no tooltip shows.
   */
  focusTooltip(): boolean;
  /** Whether focus is inside the tooltip (the field's focusout must then keep it). */
  readonly hasFocus: boolean;
  /** Whether `node` is the overlay's host: events from inside the overlay reach the page retargeted to it. */
  owns(node: EventTarget | null): boolean;
  /** The tooltip's text size (the user's setting). */
  setTextSize(size: 'small' | 'medium' | 'large'): void;
  /** Removes the host and everything in it. */
  destroy(): void;
}

/**
 * The host element and its closed shadow root. A page that defined its own `tebiki-overlay` element (whose
 * constructor could take the shadow root first) gets a plain <div> host instead, which no page can define.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(OVERLAY_TAG);
  try {
    return { host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const div = doc.createElement('div');
    div.dataset.tebikiOverlay = '';
    return { host: div, shadow: div.attachShadow({ mode: 'closed' }) };
  }
}

export interface OverlayOptions {
  /**
   * Styles as a constructed stylesheet instead of a <style> element: on Tebiki's own pages (the welcome page's sample
   * form), whose CSP (`default-src 'self'`) refuses inline <style> elements but not constructed sheets.
   */
  constructedStyles?: boolean;
}

/** The overlay's stylesheet in its shadow root. */
function addStyles(doc: Document, shadow: ShadowRoot, constructed: boolean): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (constructed && Sheet) {
    const sheet = new Sheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  shadow.append(style);
}

/** Creates the overlay host in `doc`. */
export function createOverlay(doc: Document, options: OverlayOptions = {}): Overlay {
  const { host, shadow } = createHost(doc);
  addStyles(doc, shadow, options.constructedStyles ?? false);
  const tooltip = doc.createElement('div');
  tooltip.className = 'tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = 'tebiki-tooltip';
  tooltip.hidden = true;
  // Screen readers: the tooltip's text is announced politely when it changes (aria-describedby cannot cross into a
  // shadow root, and we don't add attributes to the page's fields).
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('aria-live', 'polite');
  const chipContainer = doc.createElement('div');
  chipContainer.className = 'chips tb-theme';
  chipContainer.setAttribute('aria-hidden', 'true');
  const chips = createChipLayer(chipContainer);
  const status = doc.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.hidden = true;
  let statusAnchor: Element | null = null;
  let onAction: ((id: string) => void) | undefined;
  const controller = new AbortController();
  const signal = controller.signal;
  const keys = createTooltipKeys(tooltip, signal);
  // A press in the tooltip: on "More", `toggled` says whether its details are open now, and the tooltip may then
  // take all the room on its side; on an action button, `beforeAction` runs, then the action.
  const press = (target: Element | null, toggled: () => boolean, beforeAction: () => void) => {
    if (target?.closest('button.more')) {
      expanded = toggled();
      live.textContent = tooltip.textContent;
      return place();
    }
    const button = target?.closest('button[data-action]');
    if (!button) return;
    beforeAction();
    onAction?.((button as HTMLElement).dataset.action ?? '');
  };
  // mousedown, not click: preventDefault keeps the focus (and the caret) in the page's field. "More" has toggled its
  // details already (tooltip-view).
  tooltip.addEventListener(
    'mousedown',
    (event) =>
      press(
        event.target as Element | null,
        () => !(tooltip.querySelector<HTMLElement>('.details')?.hidden ?? true),
        () => event.preventDefault(),
      ),
    { signal },
  );
  // A button pressed from the keyboard (Enter or Space: a click without a pointer): "More" opens its details where
  // focus is; a conversion sends focus back to the field first, then runs there.
  tooltip.addEventListener(
    'click',
    (event) => {
      if ((event as MouseEvent).detail !== 0) return;
      press(
        event.target as Element | null,
        () => toggleDetails(tooltip),
        () => keys.leave(),
      );
    },
    { signal },
  );
  // Tooltip, status and live region sit in a fixed layer as big as the viewport that contains its layout,
  // size and paint: showing or moving a tooltip lays out only the layer, never the page (a full layout of a
  // 10,000-field table took 0.7 s per tooltip), and nothing in it can reach beyond the viewport.
  const layer = doc.createElement('div');
  layer.className = 'layer tb-theme';
  layer.append(tooltip, status, live);
  shadow.append(chipContainer, layer);
  doc.documentElement.append(host);

  let anchor: Element | null = null;
  /**
   * Whether the details are open ("More"): kept while the same anchor's tooltip is drawn again (readings arrived),
   * and the tooltip may then take all the room on its side.
   */
  let expanded = false;

  // Tooltip and status are fixed and moved with transform only: they never add to the page's scrollable area, and
  // moving them is not a layout shift of anything (the page's elements never move because of us). Where the tooltip
  // goes is placement.ts's choice: beside the field's block when there is room, else below or above.
  function place(): void {
    if (!anchor || tooltip.hidden) return;
    const view = doc.defaultView;
    if (!view) return;
    const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    const rect = anchor.getBoundingClientRect();
    const anchorRect = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    const { group, keep, avoid } = neighbourRects(anchor);
    // Measured whole (no height cap) at its natural width, then at the width the chosen side leaves.
    tooltip.style.maxHeight = 'none';
    tooltip.style.maxWidth = '';
    const natural = tooltip.getBoundingClientRect();
    const input = {
      viewport,
      anchor: anchorRect,
      group,
      keep,
      avoid,
      size: { width: natural.width, height: natural.height },
      maxShare: expanded ? 1 : 0.5,
    };
    let placement = placeTooltip(input);
    if (placement.maxWidth < natural.width) {
      tooltip.style.maxWidth = `${placement.maxWidth}px`;
      const narrowed = tooltip.getBoundingClientRect();
      placement = placeTooltip({ ...input, size: { width: narrowed.width, height: narrowed.height } });
      tooltip.style.maxWidth = `${Math.min(placement.maxWidth, narrowed.width)}px`;
    }
    tooltip.style.maxHeight = `${placement.maxHeight}px`;
    tooltip.dataset.side = placement.side;
    tooltip.style.transform = `translate(${placement.left}px, ${placement.top}px)`;
  }

  function placeStatus(): void {
    const view = doc.defaultView;
    if (!statusAnchor || status.hidden || !view) return;
    const rect = statusAnchor.getBoundingClientRect();
    // Beside the field (to its right), so it never covers what the user typed.
    const left = Math.max(0, Math.min(rect.right + GAP, view.innerWidth - STATUS_ROOM));
    status.style.transform = `translate(${Math.round(left)}px, ${Math.round(rect.top)}px)`;
  }

  return {
    show(target, model, action, ui) {
      if (target !== anchor || tooltip.hidden) expanded = false;
      anchor = target;
      onAction = action;
      renderTooltip(tooltip, model, ui, expanded);
      tooltip.hidden = false;
      live.textContent = tooltip.textContent;
      place();
    },
    toggleDetails() {
      if (tooltip.hidden) return false;
      expanded = toggleDetails(tooltip);
      live.textContent = tooltip.textContent;
      place();
      return true;
    },
    showStatus(target, messages) {
      statusAnchor = target;
      status.textContent = messages.join(' ');
      status.hidden = false;
      placeStatus();
    },
    clearStatus(target) {
      if (target && target !== statusAnchor) return;
      statusAnchor = null;
      status.hidden = true;
      status.textContent = '';
    },
    reposition(chipsToo = true) {
      place();
      placeStatus();
      if (chipsToo) chips.reposition();
      else chips.scrolled();
    },
    chips,
    hide() {
      anchor = null;
      tooltip.hidden = true;
      live.textContent = '';
    },
    get visibleFor() {
      return tooltip.hidden ? null : anchor;
    },
    focusTooltip() {
      if (!anchor || tooltip.hidden) return false;
      const active = doc.activeElement;
      // Back to the field explained, or to what had focus when the tooltip came from a hover.
      const back = (anchor === active ? anchor : active) as HTMLElement | null;
      return keys.enter(back && back !== host ? back : null);
    },
    get hasFocus() {
      return keys.active;
    },
    owns(node) {
      return node === host;
    },
    setTextSize(size) {
      tooltip.dataset.size = size;
      place();
    },
    destroy() {
      controller.abort();
      host.remove();
    },
  };
}
