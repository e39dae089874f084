/**
 * Checks one replica page against its expectations in a browser: focuses each expected control and reads its
 * tooltip, tries each conversion case, hovers each expected text. Everything is read through the overlay helpers
 * (overlay.ts), so the overlay's implementation can change. The result lists every miss, and counts for the scores
 * that tests/e2e/real-markup.test.ts asserts and scripts/eval-screens.ts prints.
 */
import type { Driver, TestPage } from './driver';
import {
  satisfies,
  violation,
  type ControlExpectation,
  type ConversionCase,
  type PageExpectations,
  type TextExpectation,
} from './expectations';
import {
  dismissTooltip,
  pressTooltipButton,
  readTooltip,
  waitForOverlay,
  waitForSteadyTooltip,
  type TooltipReading,
} from './overlay';
import type { ReplicaPage } from './pages';

/** English that means something: not empty, not only the "no explanation yet" line or source addresses. */
export function hasMeaning(english: string): boolean {
  const rest = english
    .replace(/No explanation yet[^.]*\./gi, ' ')
    .replace(/Sources?:.*$/i, ' ')
    .replace(/\[G\]|\[3P\]|\b[\w-]+(\.[\w-]+)+(\/\S*)?/g, ' ');
  return /[A-Za-z]{2,}/.test(rest);
}

export interface ControlResult {
  selector: string;
  name: string;
  /** The tooltip's English as shown (null: no tooltip at all). */
  english: string | null;
  /** Right about what to enter: English shown, it says what the field is, and nothing it must not say. */
  right: boolean;
  means: { what: string; ok: boolean }[];
  states: { what: string; ok: boolean }[];
  /** Forbidden things the tooltip said, with the words that matched. */
  said: { what: string; words: string }[];
  conversions: ConversionResult[];
}

export interface ConversionResult {
  typed: string;
  ok: boolean;
  /** Values the buttons left in the field (button label → value) that the field does not accept. */
  refused: { button: string; value: string }[];
  /** Whether a button produced the wanted result (true when none was asked for). */
  resultOffered: boolean;
}

export interface TextResult {
  selector: string;
  kind: string;
  english: string | null;
  ok: boolean;
  means: { what: string; ok: boolean }[];
}

export interface PageResult {
  file: string;
  group: string;
  unfamiliar: boolean;
  controls: ControlResult[];
  texts: TextResult[];
  /** Expected elements the page does not have (a broken expectation, not a Tebiki miss). */
  missingElements: string[];
}

/** Sets a field's value the way typing does (the prototype's setter, then input and change). */
function setValue(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ({ sel, val }) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      // The prototype's setter, as frameworks (React) track values through it.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with `field` as `this` just below
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
      if (setter) setter.call(field, val);
      else field.value = val;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, val: value },
  );
}

function valuesOf(page: TestPage, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => sels.map((s) => document.querySelector<HTMLInputElement>(s)?.value ?? ''), selectors);
}

function exists(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.querySelector(sel) !== null, selector);
}

async function focusAndRead(page: TestPage, selector: string): Promise<TooltipReading | null> {
  await dismissTooltip(page);
  await page.focus(selector);
  return waitForSteadyTooltip(page);
}

/** Tries one conversion case: every button that changes the field must leave a value the page accepts. */
async function tryConversion(page: TestPage, selector: string, c: ConversionCase): Promise<ConversionResult> {
  const accepts = new RegExp(c.accepts, 'u');
  const also = Object.entries(c.also ?? {});
  const initial = await valuesOf(
    page,
    also.map(([s]) => s),
  );
  const reset = async () => {
    await page.evaluate(
      ({ sels, vals }) =>
        sels.forEach((s, i) => {
          const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(s);
          if (el) el.value = vals[i]!;
        }),
      { sels: also.map(([s]) => s), vals: initial },
    );
    await setValue(page, selector, c.type);
  };
  await reset();
  const reading = await focusAndRead(page, selector);
  const buttons = reading?.buttons ?? [];
  const refused: ConversionResult['refused'] = [];
  let resultOffered = c.result === undefined;
  for (let i = 0; i < buttons.length; i++) {
    await reset();
    await focusAndRead(page, selector);
    if (!(await pressTooltipButton(page, i))) continue;
    await new Promise((r) => setTimeout(r, 50));
    const [value, ...others] = await valuesOf(page, [selector, ...also.map(([s]) => s)]);
    if (value === c.type) continue; // not a conversion of this value (or "More")
    if (!accepts.test(value!)) refused.push({ button: buttons[i]!.label, value: value! });
    if (
      c.result !== undefined &&
      new RegExp(c.result, 'u').test(value!) &&
      also.every(([, re], j) => new RegExp(re, 'u').test(others[j] ?? ''))
    )
      resultOffered = true;
  }
  await reset();
  await setValue(page, selector, '');
  return { typed: c.type, ok: refused.length === 0 && resultOffered, refused, resultOffered };
}

async function checkControl(page: TestPage, control: ControlExpectation): Promise<ControlResult> {
  const reading = await focusAndRead(page, control.selector);
  const english = reading ? reading.english : null;
  const all = reading ? reading.englishAll : '';
  const means = (control.means ?? []).map((r) => ({ what: r.what, ok: satisfies(english ?? '', r) }));
  const states = (control.states ?? []).map((r) => ({ what: r.what, ok: satisfies(english ?? '', r) }));
  const said = (control.not ?? [])
    .map((r) => ({ what: r.what, words: violation(all, r) }))
    .filter((v): v is { what: string; words: string } => v.words !== null);
  const conversions: ConversionResult[] = [];
  for (const c of control.convert ?? []) conversions.push(await tryConversion(page, control.selector, c));
  const right = english !== null && hasMeaning(english) && means.every((m) => m.ok) && said.length === 0;
  return { selector: control.selector, name: control.name, english, right, means, states, said, conversions };
}

async function checkText(page: TestPage, text: TextExpectation): Promise<TextResult> {
  await dismissTooltip(page);
  // From a corner first: a pointer already resting where the element scrolls to would send no mouseover.
  await page.mouseMove?.(1, 1);
  await page.hover(text.selector);
  const reading = await waitForSteadyTooltip(page);
  const english = reading ? reading.english : null;
  const means = (text.means ?? []).map((r) => ({ what: r.what, ok: satisfies(english ?? '', r) }));
  const ok = english !== null && hasMeaning(english) && means.every((m) => m.ok);
  return { selector: text.selector, kind: text.kind, english, ok, means };
}

/** Opens the page and checks every expectation on it. */
export async function checkScreen(driver: Driver, page: ReplicaPage, expect: PageExpectations): Promise<PageResult> {
  const tab = await driver.open(page.url);
  try {
    await waitForOverlay(tab);
    // The first scan and gloss run in slices after the first frames.
    await new Promise((r) => setTimeout(r, 500));
    const result: PageResult = {
      file: page.file,
      group: expect.group,
      unfamiliar: expect.unfamiliar,
      controls: [],
      texts: [],
      missingElements: [],
    };
    for (const control of expect.controls) {
      if (!(await exists(tab, control.selector))) result.missingElements.push(control.selector);
      else result.controls.push(await checkControl(tab, control));
    }
    for (const text of expect.texts) {
      if (!(await exists(tab, text.selector))) result.missingElements.push(text.selector);
      else result.texts.push(await checkText(tab, text));
    }
    await readTooltip(tab); // keeps the page's world alive until the last read has finished
    return result;
  } finally {
    await tab.close();
  }
}

/** A page's misses, one line each: what a tooltip got wrong or left out. */
export function misses(result: PageResult): string[] {
  const out: string[] = result.missingElements.map((s) => `${s}: element not on the page (fix the expectation)`);
  for (const c of result.controls) {
    const where = `${c.selector} (${c.name})`;
    if (c.english === null) out.push(`${where}: no tooltip`);
    else if (!hasMeaning(c.english)) out.push(`${where}: no English meaning`);
    for (const m of c.means) if (!m.ok) out.push(`${where}: does not say what it is: ${m.what}`);
    for (const s of c.states) if (!s.ok) out.push(`${where}: does not state the page's rule: ${s.what}`);
    for (const s of c.said) out.push(`${where}: says what it must not (${s.what}): "${s.words}"`);
    for (const v of c.conversions) {
      for (const r of v.refused)
        out.push(`${where}: "${r.button}" on "${v.typed}" writes "${r.value}", which the field refuses`);
      if (!v.resultOffered) out.push(`${where}: no button turns "${v.typed}" into what the field accepts`);
    }
  }
  for (const t of result.texts) {
    const where = `${t.selector} [${t.kind}]`;
    if (t.english === null) out.push(`${where}: no tooltip on hover`);
    else if (!hasMeaning(t.english)) out.push(`${where}: no English meaning on hover`);
    for (const m of t.means) if (!m.ok) out.push(`${where}: meaning lost: ${m.what}`);
  }
  return out;
}

export interface Score {
  controls: number;
  right: number;
  stated: number;
  statedOf: number;
  conversions: number;
  conversionsOk: number;
  texts: number;
  textsOk: number;
}

/** Sums the counts of several page results. */
export function score(results: PageResult[]): Score {
  const s: Score = {
    controls: 0,
    right: 0,
    stated: 0,
    statedOf: 0,
    conversions: 0,
    conversionsOk: 0,
    texts: 0,
    textsOk: 0,
  };
  for (const r of results) {
    for (const c of r.controls) {
      s.controls += 1;
      if (c.right) s.right += 1;
      s.statedOf += c.states.length;
      s.stated += c.states.filter((x) => x.ok).length;
      s.conversions += c.conversions.length;
      s.conversionsOk += c.conversions.filter((x) => x.ok).length;
    }
    s.texts += r.texts.length;
    s.textsOk += r.texts.filter((t) => t.ok).length;
  }
  return s;
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '  –  ' : `${((100 * part) / whole).toFixed(0).padStart(3)}%`;
