import { describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from './harness/driver';
import { itOnEveryTopPage, suiteBrowser } from './harness/suite';
import { inOverlay, waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';

/** Focuses every field that declares a data-kind (document and open shadow roots) and reads the tooltip's kind. */
async function kindMismatches(page: TestPage) {
  return inOverlay(
    page,
    async (overlay) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++)
        for (const el of Array.from(roots[i]!.querySelectorAll('*')))
          if (el.shadowRoot && el.localName !== 'tebiki-overlay') roots.push(el.shadowRoot);
      const fields = roots
        .flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>('[data-kind]')))
        .filter((el) => el.getClientRects().length > 0)
        .slice(0, 80);
      const wrong: { field: string; expected: string; shown: string | null }[] = [];
      for (const field of fields) {
        field.focus();
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const tip = overlay.querySelector<HTMLElement>('[role="tooltip"]');
        const shown = tip && !tip.hidden ? (tip.querySelector<HTMLElement>('.field')?.dataset.kind ?? null) : null;
        if (shown !== field.dataset.kind)
          wrong.push({ field: field.getAttribute('name') ?? field.id, expected: field.dataset.kind!, shown });
        field.blur();
      }
      return { count: fields.length, wrong };
    },
    undefined,
  );
}

/** Records the values the page's own change handler sees on a field. */
function watchChanges(page: TestPage, selector: string) {
  return page.evaluate((sel) => {
    const field = document.querySelector<HTMLInputElement>(sel)!;
    const seen: string[] = [];
    (window as unknown as { __changes: string[] }).__changes = seen;
    field.addEventListener('change', () => seen.push(field.value));
  }, selector);
}

function clickAction(page: TestPage, label: string) {
  return inOverlay(
    page,
    (overlay, text) => {
      const tip = overlay.querySelector('[role="tooltip"]')!;
      const button = Array.from(tip.querySelectorAll<HTMLElement>('button[data-action]')).find((b) =>
        b.textContent?.includes(text),
      );
      if (!button) return false;
      button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
      return true;
    },
    label,
  );
}

const statusText = (page: TestPage) =>
  inOverlay(
    page,
    (overlay) => {
      const status = overlay.querySelector<HTMLElement>('[role="status"]');
      return status && !status.hidden ? status.textContent : null;
    },
    undefined,
  );

describe.each(BROWSERS)('in %s, field hints and input help', (browserName) => {
  const driver = suiteBrowser(browserName);

  itOnEveryTopPage(driver, 'every field with a known kind is recognised as that kind', async (page) => {
    const found = await kindMismatches(page);
    expect(found?.wrong).toEqual([]);
  });

  it('tells what a katakana field wants, flags hiragana on leaving it, and converts it on a click', async () => {
    const page = await driver.open(replica('etax/kaishi-shimei.html').url);
    await waitForOverlay(page);
    await watchChanges(page, '#kanaSei');
    await page.focus('#kanaSei');
    expect(await waitForTooltip(page, (t) => t !== null && t.includes('katakana'))).toContain('katakana');
    await page.type!('#kanaSei', 'やまだ');
    await page.focus('#kanaMei');
    await new Promise((r) => setTimeout(r, 100));
    expect(await statusText(page)).toMatch(/katakana/i);
    await page.focus('#kanaSei');
    await waitForTooltip(page, (t) => t !== null && t.includes('Convert to katakana'));
    expect(await clickAction(page, 'Convert to katakana')).toBe(true);
    const result = await page.evaluate(
      () => ({
        value: document.querySelector<HTMLInputElement>('#kanaSei')!.value,
        changes: (window as unknown as { __changes: string[] }).__changes,
        focused: document.activeElement?.id,
      }),
      undefined,
    );
    // The page saw its own change event when the user left the field (やまだ), then ours with the converted value.
    expect(result).toEqual({ value: 'ヤマダ', changes: ['やまだ', 'ヤマダ'], focused: 'kanaSei' });
    await page.close();
  });

  it('flags a My Number whose check digit fails, across its three boxes', async () => {
    const page = await driver.open(replica('keisan/mynumber.html').url);
    await waitForOverlay(page);
    await page.type!('#honninMyno1', '1234');
    await page.type!('#honninMyno2', '5678');
    await page.type!('#honninMyno3', '9012');
    await page.focus('#honninMyno1');
    await page.focus('#honninMyno2');
    await page.focus('#honninMyno3');
    await page.focus('#honninMyno1');
    await new Promise((r) => setTimeout(r, 100));
    expect(await statusText(page)).toMatch(/check digit/i);
    await page.close();
  });

  it('explains which PIN a password field is, and never flags or converts it', async () => {
    const page = await driver.open(replica('etax/login.html').url);
    await waitForOverlay(page);
    const selector = await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('input[type=password][data-kind="pin-user-auth"]')!;
      field.id ||= 'pin-under-test';
      return `#${field.id}`;
    }, undefined);
    await page.focus(selector);
    const text = await waitForTooltip(page, (t) => t !== null && /wrong tries/.test(t));
    expect(text).toMatch(/3 wrong tries/);
    expect(text).toMatch(/never reads/);
    await page.type!(selector, 'ab');
    await page.press('Tab');
    await new Promise((r) => setTimeout(r, 100));
    expect(await statusText(page)).toBeNull();
    await page.close();
  });
});
