/**
 * The checklist end to end, in both browsers: the eligibility questions in the popup, an opt-in reminder that
 * schedules real alarms, the print sheet on the options page, and "Delete everything". The tests share one browser
 * profile and run in order: the state one test stores is what the next one starts from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped } from '../../src/checklist/iso-date';
import { renewalWindowOpens } from '../../src/checklist/lifecycle';
import { BROWSERS, launch, type Driver, type TestPage } from './harness/driver';

/** Today where the browser runs (the same machine): the popup compares dates with it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const STAY_END = addMonthsClamped(today(), 24);
const ISSUED = addDays(today(), -30);

/**
 * Runs a list of steps in an extension page: click a data-testid, set a date input, or wait for an element. Each
 * waits up to 5 s for its element, so the steps can follow the UI as it renders.
 */
type Step = { click: string } | { date: string; value: string } | { wait: string };
function runSteps(page: TestPage, steps: Step[]): Promise<void> {
  return page.evaluate(async (list: Step[]) => {
    const find = async (testid: string) => {
      const end = Date.now() + 5_000;
      for (;;) {
        const element = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
        if (element) return element;
        if (Date.now() > end) throw new Error(`no [data-testid="${testid}"]`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    for (const step of list) {
      if ('click' in step) (await find(step.click)).click();
      else if ('date' in step) {
        const input = (await find(step.date)) as HTMLInputElement;
        input.value = step.value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else await find(step.wait);
      // Let the UI store the change and render the next question.
      await new Promise((r) => setTimeout(r, 100));
    }
  }, steps);
}

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
  let driver: Driver;
  let tab: TestPage;
  beforeAll(async () => {
    driver = await launch(browserName);
    tab = await driver.open('https://www.example.go.jp/form');
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('stores the answers given in the popup, the end of the stay included', async () => {
    const popup = await driver.openPopup(tab);
    await runSteps(popup, [
      { click: 'tab-checklist' },
      { click: 'q-status-mid-long' },
      { click: 'q-registered-true' },
      { click: 'q-card-have' },
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
    const popup = await driver.openPopup(tab);
    await runSteps(popup, [
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
    const popup = await driver.openPopup(tab);
    await runSteps(popup, [
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
