/**
 * In-page functions (self-contained) and an init script for the test that the page is left intact: filling the
 * forms the same way in every run, snapshotting what the page's own elements look like and where they are, and
 * submitting a form.
 */

/**
 * Runs before the page's own scripts (driver.openWith): records layout shifts where the browser reports them
 * (Chromium's Layout Instability API; Firefox has none), and marks whether it is supported.
 */
export const LAYOUT_SHIFT_INIT = `(() => {
  const w = window;
  w.__layoutShifts = [];
  w.__layoutShiftSupported = typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes || []).includes('layout-shift');
  if (!w.__layoutShiftSupported) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__layoutShifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        at: Math.round(e.startTime),
        // A node in a shadow tree (Tebiki's overlay) is not exposed: it is named by its box.
        sources: (e.sources || []).map((s) => {
          const r = (b) => Math.round(b.x) + ',' + Math.round(b.y) + ' ' + Math.round(b.width) + 'x' + Math.round(b.height);
          const name = s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') : '(node not exposed: shadow tree)';
          return name + ' ' + r(s.previousRect) + ' -> ' + r(s.currentRect);
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** Fills every control of every form (and open shadow roots) with a value that depends only on its position. */
export function fillForms(): number {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot && el.localName !== 'tebiki-overlay') roots.push(el.shadowRoot);
    }
  }
  let n = 0;
  const seenGroups = new Set<string>();
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('input, select, textarea'))) {
      n++;
      const type = el.type;
      if (['hidden', 'submit', 'button', 'reset', 'image', 'file'].includes(type)) continue;
      if (type === 'checkbox') el.checked = n % 2 === 0;
      else if (type === 'radio') {
        if (seenGroups.has(el.name)) continue;
        seenGroups.add(el.name);
        el.checked = true;
      } else if (el.localName === 'select') {
        const select = el as unknown as HTMLSelectElement;
        select.selectedIndex = select.options.length - 1;
      } else if (type === 'number' || el.inputMode === 'numeric' || type === 'tel') {
        el.value = String(1000 + n).slice(0, el.maxLength > 0 ? el.maxLength : 8);
      } else if (type === 'email') el.value = `user${n}@example.jp`;
      else if (type === 'date') el.value = '2026-01-15';
      else el.value = `値${n}abc`.slice(0, el.maxLength > 0 ? el.maxLength : 20);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  return n;
}

export interface PageSnapshot {
  /** Each form's markup (attributes and children), in document order, open shadow roots included. */
  forms: string[];
  /** Elements inside a form that are Tebiki's (tebiki-* elements, or the overlay's parts). */
  tebikiInForms: string[];
  /** Where the overlay host is (its parent's tag). */
  overlayParents: string[];
  /** Every page element's box in document coordinates (the overlay excluded), rounded to 1/100 px. */
  boxes: string[];
  layoutShiftSupported: boolean;
  layoutShifts: { value: number; hadRecentInput: boolean; at: number; sources: string[] }[];
  tooltipShown: boolean;
  chips: number;
}

/** Snapshots the page (runs in the page). */
export function snapshotPage(): PageSnapshot {
  const serialise = (node: Element): string => {
    let out = node.outerHTML;
    // Open shadow roots (form-associated custom elements) are part of what the user sees in the form.
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) out += `\n#shadow(${el.localName}):${el.shadowRoot.innerHTML}`;
    }
    return out;
  };
  const forms = Array.from(document.querySelectorAll('form'));
  const tebikiInForms: string[] = [];
  for (const form of forms) {
    const all = [form, ...Array.from(form.querySelectorAll('*'))];
    for (const el of all) {
      if (el.localName.startsWith('tebiki') || el.id.startsWith('tebiki') || /\btebiki/.test(el.className.toString()))
        tebikiInForms.push(`${form.id}: ${el.localName}`);
      if (el.shadowRoot?.querySelector('[class*="tebiki"], tebiki-overlay'))
        tebikiInForms.push(`${form.id}: in ${el.localName}'s shadow root`);
    }
  }
  const boxes: string[] = [];
  const r2 = (v: number) => Math.round(v * 100) / 100;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('tebiki-overlay')) continue;
    // A closed select's options have no layout box; Firefox reports them as 0x0 at a viewport position, which reads
    // as a move whenever the two runs end at different scroll positions (keisan/kihon-joho.html).
    if (el.localName === 'option' || el.localName === 'optgroup') continue;
    const rect = el.getBoundingClientRect();
    boxes.push(
      `${el.localName}${el.id ? '#' + el.id : ''} ${r2(rect.left + scrollX)},${r2(rect.top + scrollY)} ${r2(rect.width)}x${r2(rect.height)}`,
    );
  }
  const w = window as unknown as {
    __layoutShiftSupported?: boolean;
    __layoutShifts?: PageSnapshot['layoutShifts'];
  };
  const host = document.querySelector('tebiki-overlay');
  const tip = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
  return {
    forms: forms.map(serialise),
    tebikiInForms,
    overlayParents: Array.from(document.querySelectorAll('tebiki-overlay')).map(
      (h) => h.parentElement?.localName ?? '',
    ),
    boxes,
    layoutShiftSupported: !!w.__layoutShiftSupported,
    layoutShifts: w.__layoutShifts ?? [],
    tooltipShown: !!tip && !tip.hidden,
    chips: host?.shadowRoot?.querySelectorAll('.chip').length ?? 0,
  };
}

/** Shows a tooltip: focuses the first visible field, a text-like one if there is any (left focused). */
export function focusFirstField(): boolean {
  const visible = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea')).filter(
    (el) =>
      !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type) &&
      el.getClientRects().length > 0,
  );
  const field =
    visible.find((el) => !['radio', 'checkbox'].includes((el as HTMLInputElement).type)) ?? visible[0] ?? null;
  field?.focus();
  return !!field;
}

/**
 * Submits the n-th form: as the submit button would (requestSubmit, the page's own checks run), or, when `force`,
 * without the page's checks (HTMLFormElement.prototype.submit: a page script that stops a submit with invalid
 * data must not stop the comparison). Returns the form's action URL.
 */
export function submitForm({ index, force }: { index: number; force: boolean }): string {
  const form = document.querySelectorAll('form')[index]!;
  setTimeout(() => {
    if (force) HTMLFormElement.prototype.submit.call(form);
    else form.requestSubmit();
  }, 0);
  return form.action;
}
