/**
 * Which frames Tebiki works in. The content script is injected into every frame of a portal (old portals draw their
 * forms in frames), but most subframes of a page hold no form at all: a banner, a video, a counter. Such a frame
 * loads no dictionary index and scans nothing until a form control appears in it; the top frame always starts.
 */

/** What makes a subframe worth explaining: something a user fills in or picks. */
export const FRAME_CONTROLS =
  'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]';

/** What the gate reads of a frame's window (the content script passes its own `window`). */
export interface FrameView {
  top: unknown;
  document: Document;
  MutationObserver: typeof MutationObserver;
}

/**
 * Resolves when this frame should start: at once in the top frame or in a frame that already holds a control;
 * otherwise when one is added (watched with one MutationObserver, dropped on abort). Controls only inside a shadow
 * root of a subframe are not seen (no portal draws its subframe's forms that way).
 */
export function frameReady(view: FrameView, signal: AbortSignal): Promise<boolean> {
  const doc = view.document;
  const isTop = view.top === view;
  if (isTop || doc.querySelector(FRAME_CONTROLS)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new view.MutationObserver(() => {
      if (!doc.querySelector(FRAME_CONTROLS)) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['type', 'contenteditable', 'role'],
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        resolve(false);
      },
      { once: true },
    );
  });
}
