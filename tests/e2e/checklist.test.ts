/**
 * The checklist end to end, in both browsers: the eligibility questions in the popup, an opt-in reminder that
 * schedules real alarms, the print sheet on the options page, and "Delete everything". The tests share one browser
 * profile and run in order: the state one test stores is what the next one starts from.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped } from '../../src/checklist/iso-date';
import { renewalWindowOpens } from '../../src/checklist/lifecycle';
import { BROWSERS, type Driver, type TestPage } from './harness/driver';
import { suiteBrowser, suiteTab } from './harness/suite';
import { CARD_HOLDER, localToday, runSteps, type Step } from './harness/steps';

const STAY_END = addMonthsClamped(localToday(), 24);
const ISSUED = addDays(localToday(), -30);

/** The names of Tebiki's reminder alarms, read with the alarms API from an extension page. */
function reminderAlarms(driver: Driver, atLeast = 0): Promise<string[]> {
  return driver.inExtension(async (min: number) => {
    type Alarms = { alarms: { getAll(): Promise<Array<{ name: string }>> } };
    const g = globalThis as unknown as { browser?: Alarms; chrome: Alarms };
    const api = g.browser ?? g.chrome;
    const end = Date.now() + 5_000;
    for (;;) {
      const names = (await api.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('tebiki-reminder:'));
      if (names.length >= min || Date.now() > end) return names.sort();
      await new Promise((r) => setTimeout(r, 100));
    }
  }, atLeast);
}

describe.each(BROWSERS)('in %s, the checklist', (browserName) => {
  const driver = suiteBrowser(browserName);
  const tab = suiteTab(driver);

  /** Opens the popup and takes `steps` in it. */
  async function popupAfter(steps: Step[]): Promise<TestPage> {
    const popup = await driver.openPopup(tab());
    await runSteps(popup, steps);
    return popup;
  }

  it('stores the answers given in the popup, the end of the stay included', async () => {
    const popup = await popupAfter([
      { click: 'tab-checklist' },
      ...CARD_HOLDER,
      { date: 'q-stay-end-date', value: STAY_END },
      { wait: 'here' },
    ]);
    const step = await popup.evaluate(
      () => document.querySelector<HTMLElement>('[data-testid="here"]')?.dataset['step'],
      undefined,
    );
    expect(step).toBe('situation');
    await popup.close();
  });

  it('schedules reminder alarms only once the user opts in', async () => {
    const popup = await popupAfter([
      { click: 'tab-reminders' },
      { date: 'lc-birth-date', value: '1990-05-10' },
      { date: 'lc-issue-date', value: ISSUED },
      { wait: 'reminder-list' },
    ]);
    // The stay end entered in the eligibility questions is shared with the life cycle.
    const expiry = await popup.evaluate(
      () => document.querySelector<HTMLElement>('[data-testid="expiry-card"]')?.dataset['expiry'],
      undefined,
    );
    expect(expiry).toBe(STAY_END);
    expect(await reminderAlarms(driver)).toEqual([]);

    // A real click: the browser grants the reminders' optional permissions only in a user gesture (the test build
    // and the Firefox harness answer the permission prompt that automation cannot reach).
    await popup.click!('[data-testid="reminders-optin"]');
    const expected = [
      `tebiki-reminder:before-expiry-30@${addDays(STAY_END, -30)}`,
      `tebiki-reminder:before-expiry-7@${addDays(STAY_END, -7)}`,
      `tebiki-reminder:window-opens@${renewalWindowOpens(STAY_END)}`,
    ].sort();
    expect(await reminderAlarms(driver, 3)).toEqual(expected);
    await popup.close();
  });

  it('renders the print sheet for the city office, in Japanese beside English, with print styles', async () => {
    const sheet = await driver.inExtension(async () => {
      location.hash = '#print';
      const end = Date.now() + 5_000;
      const find = () => document.querySelector('[data-testid="print-sheet"]');
      while (Date.now() < end && !find()?.querySelector('tr[data-line]')) await new Promise((r) => setTimeout(r, 50));
      const rows = [...(find()?.querySelectorAll('tr[data-line]') ?? [])].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      );
      const printRules = [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSMediaRule && /print/.test(rule.media.mediaText)),
      );
      const result = { title: find()?.querySelector('h2')?.textContent ?? null, rows, printRules: printRules.length };
      location.hash = '#checklist';
      return result;
    }, undefined);
    expect(sheet.title).toContain('市区町村窓口の方へ');
    expect(sheet.rows).toContainEqual([
      'マイナンバーカードの交付申請をしたいです。',
      'I would like to apply for a My Number Card.',
    ]);
    expect(sheet.printRules).toBeGreaterThan(0);
  });

  it('deletes everything Tebiki stored, alarms included, after a confirmation', async () => {
    const popup = await popupAfter([
      { click: 'tab-reminders' },
      { click: 'delete-everything' },
      { click: 'delete-confirm' },
      { wait: 'delete-done' },
    ]);
    await popup.close();
    expect(await reminderAlarms(driver)).toEqual([]);
    const stored = await driver.inExtension(async () => {
      type Local = { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { browser?: Local; chrome: Local };
      return Object.keys(await (g.browser ?? g.chrome).storage.local.get(null));
    }, undefined);
    expect(stored).toEqual([]);
  });
});
