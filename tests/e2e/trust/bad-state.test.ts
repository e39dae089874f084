/**
 * Issue 7, point 5 (state): stored settings of the wrong shape, or of an older or newer version, never break
 * Tebiki. Each bad value is written to storage.local from an extension page, then the popup (for a portal tab) and
 * the options page are opened: both render, show the repaired values (defaults where the stored ones were bad), and
 * a change made in the options page stores settings of the right shape again. The content script still explains
 * the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from '../harness/driver';
import { suiteBrowser } from '../harness/suite';
import { waitForOverlay, waitForTooltip } from '../harness/overlay';
import { replica } from '../harness/pages';
import { usePopup } from './lib/extension-ui';
import { sleep } from './lib/steps';

const PORTAL_PAGE = replica('keisan/address-name.html');

/** Bad stored states: [name, what storage.local holds]. `settings$` is WXT's version record of the item. */
const BAD_STATES: [string, Record<string, unknown>][] = [
  ['a string', { settings: 'garbage' }],
  ['a number', { settings: 42 }],
  ['null', { settings: null }],
  ['an array', { settings: ['keisan'] }],
  [
    'fields of the wrong types',
    { settings: { uiLanguage: 42, disabledPortals: 'keisan', furigana: 'yes', inlineChips: { keisan: true } } },
  ],
  [
    'unknown values in the right types',
    {
      settings: { uiLanguage: 'xx-YY', disabledPortals: [1, null, 'nowhere'], furigana: null, inlineChips: [null, 7] },
    },
  ],
  ['a prototype-polluting language', { settings: { uiLanguage: '__proto__', disabledPortals: ['constructor'] } }],
  [
    'an older version (v0, other field names)',
    { settings: { language: 'ja', portalsOff: { keisan: true }, showReadings: 0 }, settings$: { v: 0 } },
  ],
  [
    'a newer version than this build knows (v99)',
    { settings: { uiLanguage: 'auto', furigana: true }, settings$: { v: 99 } },
  ],
  ['a version record of the wrong shape', { settings: { uiLanguage: 'en' }, settings$: 'v2' }],
];

type Area = {
  clear(): Promise<void>;
  set(v: object): Promise<void>;
  get(k: null | string): Promise<Record<string, unknown>>;
};

interface Rendered {
  popup: { rendered: boolean; portal: string | null; text: string };
  options: { title: string | null; language: string; checkboxes: number; checked: number; text: string };
  stored: unknown;
}

describe.each(BROWSERS)('in %s, bad stored state', (browserName) => {
  const driver = suiteBrowser(browserName);
  let page: TestPage;
  beforeAll(async () => {
    page = await driver.open(PORTAL_PAGE.url);
    await waitForOverlay(page);
  });

  /** Writes the bad state, reloads the options page, opens the popup, and makes one change in the options page. */
  async function withState(state: Record<string, unknown>): Promise<Rendered> {
    await driver.inExtension(async (state) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      await local.clear();
      await local.set(state);
    }, state);
    const popup = await usePopup(driver, page);
    await driver.inExtension(() => {
      setTimeout(() => location.reload(), 0);
    }, undefined);
    await sleep(1000);
    const options = await driver.inExtension(async () => {
      // The settings view (options.html#settings); the page opens on the checklist.
      if (location.hash !== '#settings') location.hash = '#settings';
      const end = Date.now() + 5_000;
      const ready = () =>
        document.querySelector('select#language:not([disabled])') &&
        document.querySelector('[data-testid="settings"] input[type="checkbox"]');
      while (Date.now() < end && !ready()) await new Promise((r) => setTimeout(r, 50));
      const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="settings"] input'));
      const picker = document.querySelector<HTMLSelectElement>('select#language');
      const result = {
        title: document.querySelector('h1')?.textContent ?? null,
        // What the picker shows: one of its options, or '' when the stored language is none of them.
        language: picker && Array.from(picker.options).some((o) => o.value === picker.value) ? picker.value : '',
        checkboxes: boxes.length,
        checked: boxes.filter((b) => b.checked).length,
        text: document.body.innerText,
      };
      // One change through the UI: the language picker.
      const select = document.querySelector<HTMLSelectElement>('select#language');
      if (select) {
        select.value = 'en';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 300));
      }
      return result;
    }, undefined);
    const stored = await driver.inExtension(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      return (await local.get('settings')).settings;
    }, undefined);
    return { popup: { rendered: popup.rendered, portal: popup.portal, text: popup.text }, options, stored };
  }

  it.each(BAD_STATES)(
    'stored settings as %s: popup and options render, repaired; the page is explained',
    async (_name, state) => {
      const result = await withState(state);
      // The popup describes the tab.
      expect(result.popup.rendered).toBe(true);
      expect(result.popup.portal).toBe('NTA tax return creation corner');
      // The options page renders its controls, with valid values shown.
      expect(result.options.title).toBeTruthy();
      expect(result.options.language).not.toBe('');
      expect(result.options.checkboxes).toBeGreaterThan(3);
      // A change in the options page stores settings of the right shape.
      expect(result.stored).toMatchObject({
        uiLanguage: 'en',
        disabledPortals: expect.any(Array) as unknown,
        furigana: expect.any(Boolean) as unknown,
        inlineChips: expect.any(Array) as unknown,
      });
      const stored = result.stored as { disabledPortals: unknown[]; inlineChips: unknown[] };
      expect(stored.disabledPortals.every((p) => typeof p === 'string')).toBe(true);
      expect(stored.inlineChips.every((p) => typeof p === 'string')).toBe(true);
      // The content script on the page still explains fields (a fresh tab reads the repaired settings).
      const fresh = await driver.open(PORTAL_PAGE.url);
      expect(await waitForOverlay(fresh)).toBe(true);
      await fresh.focus('#kanjiSei');
      expect(await waitForTooltip(fresh, (t) => t !== null && /name/i.test(t))).toMatch(/name/i);
      await fresh.close();
    },
  );
});
