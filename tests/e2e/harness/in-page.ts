/**
 * Functions that run inside a replica page (passed to page.evaluate, or to inOverlay with the overlay's shadow root):
 * they must be self-contained.
 */

/** Result of focusing every visible form control, in the document and its open shadow roots. */
export interface FocusSweep {
  controls: number;
  /** Controls whose tooltip showed no English, with their name/id and the tooltip text. */
  missing: { field: string; tooltip: string | null }[];
}

/**
 * Focuses each visible control in turn and reads the English in the tooltip. Runs in the page, with the overlay's
 * shadow root (harness/overlay.ts `inOverlay`).
 */
export async function focusEveryControl(overlay: ShadowRoot): Promise<FocusSweep> {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot && el.localName !== 'tebiki-overlay') roots.push(el.shadowRoot);
    }
  }
  // Single-page apps fill in their forms after load: wait for the first control (up to 2 s).
  const end = performance.now() + 2000;
  while (performance.now() < end && !document.querySelector('input, select, textarea'))
    await new Promise((r) => setTimeout(r, 50));
  const controls = roots
    .flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>('input, select, textarea')))
    .filter((el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type ?? ''))
    .filter((el) => el.getClientRects().length > 0);
  const tooltip = () => overlay.querySelector<HTMLElement>('[role="tooltip"]');
  const missing: FocusSweep['missing'] = [];
  for (const control of controls) {
    control.focus();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const tip = tooltip();
    const english = tip && !tip.hidden ? Array.from(tip.querySelectorAll('.en')).map((e) => e.textContent ?? '') : [];
    if (!english.some((t) => t.trim().length > 0)) {
      missing.push({
        field: control.getAttribute('name') ?? control.id,
        tooltip: tip && !tip.hidden ? tip.textContent : null,
      });
    }
    // Leave the field, so the next field's tooltip can't be mistaken for this one's.
    control.blur();
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { controls: controls.length, missing };
}
