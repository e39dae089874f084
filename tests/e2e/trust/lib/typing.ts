/**
 * Typing into every field of a page with real key events, each field a marker string of its own, for the test that
 * nothing typed is kept. Fields are found in the page, in open shadow roots too, and typed through the driver.
 */
import type { BrowserName, TestPage } from '../../harness/driver';

export interface FieldInfo {
  id: string;
  tag: string;
  type: string;
  /** In an open shadow root (selectors must pierce it). */
  inShadow: boolean;
  /** Only digits are accepted (type=number) or expected (inputmode=numeric). */
  numeric: boolean;
  maxLength: number;
}

/** The visible fields a person types into or picks from, with ids (every replica field has one). Runs in the page. */
export function listFields(): FieldInfo[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot && el.localName !== 'tebiki-overlay') roots.push(el.shadowRoot);
    }
  }
  const typeable = new Set(['text', 'password', 'tel', 'email', 'number', 'search', 'url', 'textarea', 'select-one']);
  return roots.flatMap((root) =>
    Array.from(root.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((el) => el.id && typeable.has(el.type) && el.getClientRects().length > 0 && !el.disabled)
      .map((el) => ({
        id: el.id,
        tag: el.localName,
        type: el.type,
        inShadow: root !== document,
        numeric: el.type === 'number' || el.inputMode === 'numeric' || el.type === 'tel',
        maxLength: el.maxLength > 0 ? el.maxLength : 1000,
      })),
  );
}

/** A selector for a field's id that reaches into open shadow roots with either automation stack. */
export function fieldSelector(browser: BrowserName, field: FieldInfo): string {
  const id = `#${field.id.replace(/([^\w-])/g, '\\$1')}`;
  return field.inShadow && browser === 'firefox' ? `pierce/${id}` : id;
}

/**
 * A marker unique to a page and field: letters and digits, or digits only for numeric fields, so that it survives
 * the field's own filtering. Long enough (8+) to be unique; a short maxlength cuts it (the typed value is read back).
 */
export function marker(pageIndex: number, fieldIndex: number, numeric: boolean): string {
  const digits = `9${String(pageIndex).padStart(2, '0')}${String(fieldIndex).padStart(3, '0')}7`;
  return numeric ? digits : `Tq${String(pageIndex).padStart(2, '0')}z${String(fieldIndex).padStart(3, '0')}Xw`;
}

/** Reads what a field holds now (main world: the test's own read), and the chosen option of a select. */
export function fieldValue(id: string): string {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const root of roots) {
    const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[id="${id}"]`);
    if (el) return el.value;
  }
  return '';
}

/** Picks the last option of a select (a real choice, as a person would) and tells the page. Runs in the page. */
export function chooseLastOption(id: string): string {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const root of roots) {
    const select = root.querySelector<HTMLSelectElement>(`select[id="${id}"]`);
    if (!select) continue;
    select.focus();
    select.selectedIndex = select.options.length - 1;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return select.value;
  }
  return '';
}

/** Opens the register view of a single-page portal (MyNa Portal's 公金受取口座) when the page has one. */
export async function openFormView(): Promise<void> {
  const start = document.querySelector<HTMLElement>('#startRegister');
  if (!start) return;
  start.click();
  await new Promise((r) => setTimeout(r, 300));
}

/** Types a marker into each field of `page` (focus, keys, Tab out); returns the values the fields then held. */
export async function typeIntoEveryField(
  browser: BrowserName,
  page: TestPage,
  pageIndex: number,
): Promise<{ field: FieldInfo; typed: string }[]> {
  await page.evaluate(openFormView, undefined);
  const fields = await page.evaluate(listFields, undefined);
  const typed: { field: FieldInfo; typed: string }[] = [];
  for (const [i, field] of fields.entries()) {
    const selector = fieldSelector(browser, field);
    if (field.tag === 'select') {
      typed.push({ field, typed: await page.evaluate(chooseLastOption, field.id) });
      continue;
    }
    await page.focus(selector);
    await page.type!(selector, marker(pageIndex, i, field.numeric).slice(0, field.maxLength));
    await page.press('Tab');
    typed.push({ field, typed: await page.evaluate(fieldValue, field.id) });
  }
  return typed;
}
