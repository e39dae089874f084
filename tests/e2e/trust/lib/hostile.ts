/** In-page functions (self-contained) for the hostile-page tests. */

export interface TooltipProbe {
  /** The visible tooltip's text (whitespace collapsed), or null. */
  text: string | null;
  /** The same without the readings shown above the Japanese (furigana). */
  plain: string | null;
  /** Milliseconds from the focus or hover to the tooltip showing. */
  ms: number;
  /** Tags of every element in the overlay's shadow root, with counts. */
  tags: Record<string, number>;
  chips: string[];
}

/**
 * Focuses (or, for elements that aren't fields, hovers) the element with `id` in the page, waits for the tooltip,
 * and reads it. Runs in the page, with the overlay's shadow root (harness/overlay.ts `inOverlay`).
 */
export async function probeTooltip(
  overlay: ShadowRoot,
  { id, hover }: { id: string; hover: boolean },
): Promise<TooltipProbe> {
  const el = document.getElementById(id)!;
  const tip = () => overlay.querySelector<HTMLElement>('[role="tooltip"]');
  (document.activeElement as HTMLElement | null)?.blur();
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await new Promise((r) => setTimeout(r, 30));
  const start = performance.now();
  if (hover) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
  else el.focus();
  while (performance.now() - start < 3000 && (!tip() || tip()!.hidden)) await new Promise((r) => setTimeout(r, 5));
  const ms = performance.now() - start;
  // Readings arrive from the tokenizer a moment later and re-render the tooltip: read after them.
  await new Promise((r) => setTimeout(r, 300));
  const t = tip();
  const tags: Record<string, number> = {};
  for (const node of Array.from(overlay.querySelectorAll('*'))) {
    tags[node.localName] = (tags[node.localName] ?? 0) + 1;
  }
  const chips = Array.from(overlay.querySelectorAll('.chip')).map((c) => c.textContent ?? '');
  // The text as shown, and without the readings (furigana in .rt) between the characters.
  const text = t && !t.hidden ? (t.textContent ?? '').replace(/\s+/g, ' ') : null;
  let plain: string | null = null;
  if (t && !t.hidden) {
    const copy = t.cloneNode(true) as HTMLElement;
    for (const rt of Array.from(copy.querySelectorAll('rt, rp, .rt'))) rt.remove();
    plain = (copy.textContent ?? '').replace(/\s+/g, ' ');
  }
  if (hover) el.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
  return { text, plain, ms, tags, chips };
}

/** The page's side-effect counters: flags a parsed label would set, and its own one-time effects. */
export function sideEffects(): Record<string, unknown> {
  const w = window as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (let i = 1; i <= 9; i++) out[`__xss${i}`] = w[`__xss${i}`];
  out.__pageScriptRan = w.__pageScriptRan;
  out.__imgErrors = w.__imgErrors;
  return out;
}

/** Focuses a field and returns how long the tooltip took to show (ms), or -1 (runs in the page, with the overlay). */
export async function tooltipLatency(overlay: ShadowRoot, id: string): Promise<number> {
  const tip = () => overlay.querySelector<HTMLElement>('[role="tooltip"]');
  const el = document.getElementById(id)!;
  el.scrollIntoView();
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const start = performance.now();
  el.focus();
  while (performance.now() - start < 5000 && (!tip() || tip()!.hidden)) await new Promise((r) => setTimeout(r, 2));
  const t = tip();
  return t && !t.hidden ? performance.now() - start : -1;
}
