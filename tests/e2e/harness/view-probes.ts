/**
 * In-page functions for the view's geometry tests (tests/e2e/view-geometry.test.ts), run with the overlay's shadow
 * root (harness/overlay.ts `inOverlay`). Self-contained: no imports, no named inner functions.
 */

/** A box in viewport coordinates. */
export interface ProbeBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FocusProbe {
  field: string;
  viewport: { width: number; height: number };
  tooltip: ProbeBox | null;
  control: ProbeBox;
  /** The other options of the field's radio or checkbox group, with their labels. */
  siblings: ProbeBox[];
  side: string | null;
  /** Chips drawn over the tooltip where the two overlap (their texts): the tooltip must be on top. */
  chipsOver: string[];
}

/**
 * Focuses up to `max` visible controls (spread over the page), each scrolled into view, and reads where the tooltip
 * went: its box, the control's, and those of the control's sibling options.
 */
export async function probeFocus(overlay: ShadowRoot, { max }: { max: number }): Promise<FocusProbe[]> {
  const box = (r: DOMRect): ProbeBox => ({
    left: Math.round(r.left),
    top: Math.round(r.top),
    right: Math.round(r.right),
    bottom: Math.round(r.bottom),
  });
  const controls = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'))
    .filter((el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type ?? ''))
    .filter((el) => el.getClientRects().length > 0 && !(el as HTMLInputElement).disabled);
  const step = Math.max(1, Math.ceil(controls.length / max));
  const picked = controls.filter((_, i) => i % step === 0).slice(0, max);
  const tip = overlay.querySelector<HTMLElement>('[role="tooltip"]')!;
  const out: FocusProbe[] = [];
  for (const control of picked) {
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    control.focus();
    const end = performance.now() + 1500;
    while (performance.now() < end && (tip.hidden || !tip.textContent))
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    // Placement runs when the tooltip shows and again when readings arrive: read after two frames.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const input = control as HTMLInputElement;
    const siblings: ProbeBox[] = [];
    if ((input.type === 'radio' || input.type === 'checkbox') && input.name) {
      for (const other of Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="${input.type}"]`))) {
        if (other === input || other.name !== input.name || other.form !== input.form) continue;
        siblings.push(box(other.getBoundingClientRect()));
        for (const label of Array.from(other.labels ?? [])) siblings.push(box(label.getBoundingClientRect()));
      }
    }
    const chipsOver: string[] = [];
    if (!tip.hidden) {
      const t = tip.getBoundingClientRect();
      for (const chip of Array.from(overlay.querySelectorAll<HTMLElement>('.chip, .chip-marker'))) {
        const c = chip.getBoundingClientRect();
        const left = Math.max(t.left, c.left);
        const right = Math.min(t.right, c.right);
        const top = Math.max(t.top, c.top);
        const bottom = Math.min(t.bottom, c.bottom);
        if (chip.hidden || right - left < 2 || bottom - top < 2) continue;
        // Hit-testing follows paint order: while both take pointer events, the point hits whichever is on top.
        const was = [chip.style.cssText, tip.style.cssText];
        chip.style.setProperty('pointer-events', 'auto', 'important');
        tip.style.setProperty('pointer-events', 'auto', 'important');
        const hit = overlay.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        chip.style.cssText = was[0]!;
        tip.style.cssText = was[1]!;
        if (hit && !tip.contains(hit)) chipsOver.push(chip.textContent ?? '');
      }
    }
    out.push({
      chipsOver,
      field: control.id || control.getAttribute('name') || control.localName,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      tooltip: tip.hidden ? null : box(tip.getBoundingClientRect()),
      control: box(control.getBoundingClientRect()),
      siblings,
      side: tip.dataset.side ?? null,
    });
    control.blur();
  }
  return out;
}

export interface ChipProbe {
  chips: number;
  markers: number;
  /** Pairs of chips (or markers) that overlap, by their texts. */
  overlapping: string[];
  /** Chips that cover page text or a control: the chip's text and what it covers. */
  covering: string[];
  /** Chip texts cut mid-word by the page's width (an ellipsis inside a word). */
  narrowest: number;
}

/**
 * Waits for the chips to be placed, then checks every visible chip and marker against the others and against the
 * page's text and controls in the viewport.
 */
export async function probeChips(overlay: ShadowRoot): Promise<ChipProbe> {
  const visible = () =>
    Array.from(overlay.querySelectorAll<HTMLElement>('.chip, .chip-marker')).filter(
      (c) => !c.hidden && c.getClientRects().length > 0,
    );
  // Chips come after the scan's last slice: wait until their number stays the same for a moment.
  let last = -1;
  let stable = 0;
  const end = performance.now() + 8000;
  while (performance.now() < end && stable < 5) {
    const n = visible().length;
    stable = n === last && n > 0 ? stable + 1 : 0;
    last = n;
    await new Promise((r) => setTimeout(r, 100));
  }
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const inView = (r: DOMRect) =>
    r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
  // 1 px of anti-aliasing and rounding is not an overlap.
  const hit = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const chips = visible()
    .map((el) => ({ el, rect: el.getBoundingClientRect(), text: el.textContent || '•' }))
    .filter((c) => inView(c.rect));
  const page: { rect: DOMRect; what: string }[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && page.length < 20000; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (!text || node.parentElement?.closest('script, style, select, option, textarea')) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) if (inView(r)) page.push({ rect: r, what: text.slice(0, 12) });
  }
  for (const el of Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))) {
    const r = el.getBoundingClientRect();
    if (inView(r)) page.push({ rect: r, what: `<${el.localName}>` });
  }
  const overlapping: string[] = [];
  const covering: string[] = [];
  chips.forEach((a, i) => {
    for (const b of chips.slice(i + 1)) if (hit(a.rect, b.rect)) overlapping.push(`${a.text} × ${b.text}`);
    for (const p of page) if (hit(a.rect, p.rect)) covering.push(`${a.text} covers ${p.what}`);
  });
  return {
    chips: chips.filter((c) => c.el.classList.contains('chip')).length,
    markers: chips.filter((c) => c.el.classList.contains('chip-marker')).length,
    overlapping,
    covering: [...new Set(covering)],
    narrowest: Math.min(...chips.filter((c) => c.el.classList.contains('chip')).map((c) => Math.round(c.rect.width))),
  };
}

export interface HoverProbe {
  hovered: number;
  /** Label texts, headings and buttons whose hover showed no meaning. */
  silent: string[];
}

/**
 * Rests the pointer (mouseover, then a wait longer than the hover delay) on up to `max` label texts, headings and
 * buttons with Japanese text, and reads whether the tooltip shows a meaning.
 */
export async function probeHover(
  overlay: ShadowRoot,
  { max, waitMs }: { max: number; waitMs: number },
): Promise<HoverProbe> {
  const tip = overlay.querySelector<HTMLElement>('[role="tooltip"]')!;
  const targets = Array.from(
    document.querySelectorAll<HTMLElement>('label, th, h1, h2, h3, legend, button, input[type="submit"], dt'),
  )
    .filter(
      (el) =>
        el.getClientRects().length > 0 &&
        /[\u3040-\u30ff\u3400-\u9fff]/.test(el.textContent || (el as HTMLInputElement).value || ''),
    )
    .filter((el) => !el.querySelector('input[type="radio"], input[type="checkbox"]'));
  const step = Math.max(1, Math.ceil(targets.length / max));
  const picked = targets.filter((_, i) => i % step === 0).slice(0, max);
  (document.activeElement as HTMLElement | null)?.blur();
  const silent: string[] = [];
  for (const el of picked) {
    el.scrollIntoView({ block: 'center' });
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    const end = performance.now() + waitMs + 1500;
    while (performance.now() < end && (tip.hidden || !tip.querySelector('.en')?.textContent))
      await new Promise((r) => setTimeout(r, 25));
    const meaning = tip.hidden ? '' : (tip.querySelector('.en')?.textContent ?? '');
    if (!meaning.trim()) silent.push((el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 20));
    el.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    // The next hover must not read this one's tooltip: wait for it to go (Esc hides it too).
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const gone = performance.now() + 500;
    while (performance.now() < gone && !tip.hidden) await new Promise((r) => setTimeout(r, 10));
  }
  return { hovered: picked.length, silent };
}
