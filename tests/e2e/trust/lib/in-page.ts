/**
 * Functions that run inside a page (passed to page.evaluate): each is self-contained.
 */

/** What `useEveryFeature` did on a page. */
export interface FeatureUse {
  documents: number;
  focused: number;
  hovered: number;
  /** Controls focused in the document whose overlay the function was given (the top one), and tooltips seen there. */
  checked: number;
  tooltips: number;
}

/**
 * Uses every feature the content script offers, in the document and its same-origin frames: focuses each visible
 * form control (tooltip), hovers each label, row header, button and heading (tooltip on hover), presses Escape,
 * then blurs. Hovering is a dispatched mouseover/mouseout pair (the annotator listens on the document).
 *
 * The same actions run with and without Tebiki (`overlay` null: `page.evaluate(useEveryFeature, null)`); with it,
 * pass the top frame's overlay (`inOverlay(page, useEveryFeature, null)`) and tooltips are counted in the top
 * document (a frame's overlay is its own, closed: pages.test.ts checks frames).
 */
export async function useEveryFeature(overlay: ShadowRoot | null): Promise<FeatureUse> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const docs: Document[] = [document];
  for (let i = 0; i < docs.length; i++) {
    for (const iframe of Array.from(docs[i]!.querySelectorAll('iframe'))) {
      try {
        if (iframe.contentDocument) docs.push(iframe.contentDocument);
      } catch {
        // cross-origin: not ours to drive
      }
    }
  }
  // Single-page apps fill in their forms after load: wait for the first control (up to 2 s).
  const end = performance.now() + 2000;
  while (performance.now() < end && !document.querySelector('input, select, textarea'))
    await new Promise((r) => setTimeout(r, 50));
  const use: FeatureUse = { documents: docs.length, focused: 0, hovered: 0, checked: 0, tooltips: 0 };
  for (const doc of docs) {
    const counted = doc === document && overlay !== null && typeof overlay === 'object';
    const tooltipShown = () => {
      const tip = counted ? overlay.querySelector<HTMLElement>('[role="tooltip"]') : null;
      return !!tip && !tip.hidden;
    };
    const controls = Array.from(doc.querySelectorAll<HTMLElement>('input, select, textarea')).filter(
      (el) => !['hidden'].includes((el as HTMLInputElement).type) && el.getClientRects().length > 0,
    );
    for (const control of controls) {
      control.focus();
      use.focused++;
      if (counted) use.checked++;
      await frame();
      if (tooltipShown()) use.tooltips++;
    }
    (doc.activeElement as HTMLElement | null)?.blur();
    const hoverables = Array.from(doc.querySelectorAll<HTMLElement>('label, th, button, h1, h2, h3, legend, a[href]'));
    for (const el of hoverables.slice(0, 200)) {
      const view = doc.defaultView!;
      el.dispatchEvent(new view.MouseEvent('mouseover', { bubbles: true, composed: true }));
      use.hovered++;
      if (use.hovered % 10 === 0) await frame();
      el.dispatchEvent(new view.MouseEvent('mouseout', { bubbles: true, composed: true }));
    }
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }
  await frame();
  return use;
}

/** Waits for the overlay host in the document (content scripts start at document_idle). */
export async function overlayPresent(timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    if (document.querySelector('tebiki-overlay')) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
