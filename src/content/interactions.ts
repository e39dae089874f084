/**
 * The user's interactions Tebiki answers: focus and hover show an item's tooltip, leaving a field checks it, Esc
 * hides the tooltip, scrolling and resizing move the overlay. (Tebiki's other keys are the browser's commands:
 * src/content/keyboard.ts.) One
 * listener per event type on the document (or window), each added with the annotator's signal: aborting it removes
 * them all.
 */
export interface InteractionHandlers {
  /** An element got focus (the real target inside an open shadow root). */
  focus: (target: Element) => void;
  /** An element lost focus. */
  blur: (target: Element) => void;
  /** The pointer entered an element. */
  over: (target: Element) => void;
  /** The pointer left an element for `to` (null when it left the page). */
  out: (target: Element, to: Element | null) => void;
  /** Esc. */
  escape: () => void;
  /** The document or a box in it scrolled (documentScroll: the document itself), or the window was resized. */
  moved: (documentScroll: boolean) => void;
}

/** The real target of an event: composedPath()[0] inside an open shadow root (event.target is the host there). */
export function realTarget(event: Event): Element | null {
  const target = event.composedPath()[0];
  return target instanceof Element ? target : null;
}

/** The element that has focus, looking into open shadow roots. */
export function focusedElement(doc: Document): Element | null {
  const active = doc.activeElement;
  return active?.shadowRoot?.activeElement ?? active;
}

/** Adds the listeners; they go away when `signal` aborts. */
export function listenInteractions(doc: Document, signal: AbortSignal, on: InteractionHandlers): void {
  const withTarget = (handler: (target: Element) => void) => (event: Event) => {
    const target = realTarget(event);
    if (target && !signal.aborted) handler(target);
  };
  doc.addEventListener('focusin', withTarget(on.focus), { signal });
  doc.addEventListener('focusout', withTarget(on.blur), { signal });
  doc.addEventListener('mouseover', withTarget(on.over), { signal });
  doc.addEventListener(
    'mouseout',
    (event) => {
      const target = realTarget(event);
      const to = event.relatedTarget;
      if (target && !signal.aborted) on.out(target, to instanceof Element ? to : null);
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') on.escape();
    },
    { signal },
  );
  // Chips are placed in the document's coordinates: scrolling the document does not move them relative to their
  // labels; scrolling a box inside the page (or resizing) does.
  doc.addEventListener('scroll', (event) => on.moved(event.target === doc), { signal, capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', () => on.moved(false), { signal, passive: true });
}
