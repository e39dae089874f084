/**
 * The guide end to end, in both browsers: three personas answer in the popup and see their current step and next
 * items change as their answers do (in English, and the first in Japanese); the toolbar badge; a page script on a
 * portal page finds nothing of the user's checklist in the page; the popup's height is measured and screenshots are
 * saved in test-results/checklist/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped } from '../../src/checklist/iso-date';
import { BROWSERS, type Driver, type TestPage } from './harness/driver';
import { suiteBrowser, suiteTab } from './harness/suite';
import { CARD_HOLDER, localToday, runSteps, type Step } from './harness/steps';
import { patchSettings } from './harness/settings';

const SHOTS = 'test-results/checklist';
/** The guide re-renders more per answer than the checklist's questions: a little longer to settle. */
const GUIDE_SETTLE_MS = 120;

const TODAY = localToday();

/** A card expiring in two months under the 10-year rule: birthday on that day, issued nine and a half years before. */
const RENEW_EXPIRY = (() => {
  const e = addMonthsClamped(TODAY, 2);
  return e.endsWith('-02-29') ? addDays(e, -1) : e;
})();
const RESIDENT_BIRTH = `${Number(RENEW_EXPIRY.slice(0, 4)) - 40}${RENEW_EXPIRY.slice(4)}`;
const RESIDENT_ISSUE = addMonthsClamped(RENEW_EXPIRY, -114);

interface Here {
  step: string | undefined;
  title: string;
  items: string[];
  height: number;
  scrollHeight: number;
  hereBottom: number;
}

/** The "you are here" box once it shows `step` (or after 5 s): step id, title, item ids, and the popup's height. */
function here(page: TestPage, step: string): Promise<Here> {
  return page.evaluate(async (wanted: string) => {
    const end = Date.now() + 5_000;
    const box = () => document.querySelector<HTMLElement>('[data-testid="here"]');
    while (Date.now() < end && box()?.dataset['step'] !== wanted) await new Promise((r) => setTimeout(r, 50));
    const b = box();
    return {
      step: b?.dataset['step'],
      title: b?.querySelector('[data-testid="here-title"]')?.textContent ?? '',
      items: [...(b?.querySelectorAll<HTMLElement>('[data-testid="next-items"] > li') ?? [])].map(
        (li) => li.dataset['item'] ?? '',
      ),
      height: document.documentElement.clientHeight,
      // The popup's content height (a real popup is at most 600 px high; here it is a tab).
      scrollHeight: Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0),
      hereBottom: b ? b.getBoundingClientRect().bottom : -1,
    };
  }, step);
}

/** Forgets the checklist (not the settings), as a new user would start. */
function forget(driver: Driver): Promise<void> {
  return driver.inExtension(async () => {
    type Local = { storage: { local: { remove(k: string): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Local; chrome: Local };
    await (g.browser ?? g.chrome).storage.local.remove('checklist');
  }, undefined);
}

/** The badge text the toolbar shows for every tab. */
function badge(driver: Driver): Promise<string> {
  return driver.inExtension(async () => {
    type Action = { action: { getBadgeText(d: object): Promise<string> } };
    const g = globalThis as unknown as { browser?: Action; chrome: Action };
    const end = Date.now() + 3_000;
    let text = '';
    while (Date.now() < end) {
      text = await (g.browser ?? g.chrome).action.getBadgeText({});
      if (text) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return text;
  }, undefined);
}

describe.each(BROWSERS)('in %s, the guide', (browserName) => {
  const driver = suiteBrowser(browserName);
  const tab = suiteTab(driver);
  const measured: Record<string, number> = {};
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => {
    console.log(`popup heights in ${browserName}:`, JSON.stringify(measured));
  });

  /** Forgets the checklist and opens the popup's Checklist tab as a new user would, then gives `answers`. */
  async function startOver(answers: Step[]): Promise<TestPage> {
    await forget(driver);
    const popup = await driver.openPopup(tab());
    await runSteps(popup, [{ click: 'tab-checklist' }, ...answers], GUIDE_SETTLE_MS);
    return popup;
  }

  it('leads a student with a period of stay and no card to "apply", and on as the answers change', async () => {
    const popup = await startOver([]);
    expect((await here(popup, 'situation')).step).toBe('situation');
    await runSteps(
      popup,
      [
        { click: 'q-status-mid-long' },
        { click: 'q-registered-true' },
        { click: 'q-card-none' },
        { click: 'q-noticeReceived-true' },
        { date: 'q-stay-end-date', value: addMonthsClamped(TODAY, 14) },
        { click: 'q-renewalPending-false' },
        { click: 'q-tokutei-no' },
      ],
      GUIDE_SETTLE_MS,
    );
    const apply = await here(popup, 'apply');
    expect(apply).toMatchObject({ step: 'apply', title: 'Apply for the card', items: ['way', 'name', 'photo'] });
    // The result is in view without scrolling, right after the last answer.
    expect(apply.hereBottom).toBeLessThanOrEqual(apply.height);
    measured['student'] = apply.scrollHeight;
    await popup.screenshot(`${SHOTS}/${browserName}-student-apply.png`);

    await runSteps(popup, [{ click: 'change-card' }, { click: 'q-card-applied' }], GUIDE_SETTLE_MS);
    expect(await here(popup, 'wait')).toMatchObject({ step: 'wait', items: ['pins', 'documents', 'stay'] });
    await runSteps(popup, [{ click: 'change-card' }, { click: 'q-card-none' }], GUIDE_SETTLE_MS);
    await runSteps(
      popup,
      [{ click: 'change-stayEnd' }, { date: 'q-stay-end-date', value: addDays(TODAY, 40) }],
      GUIDE_SETTLE_MS,
    );
    expect(await here(popup, 'extend-first')).toMatchObject({ step: 'extend-first', items: ['extend', 'apply'] });
    await popup.close();
  });

  it('shows the same guide in Japanese when the UI language is Japanese', async () => {
    await patchSettings(driver, { uiLanguage: 'ja' });
    const popup = await driver.openPopup(tab());
    await runSteps(popup, [{ click: 'tab-checklist' }, { click: 'change-stayEnd' }], GUIDE_SETTLE_MS);
    await runSteps(popup, [{ date: 'q-stay-end-date', value: addMonthsClamped(TODAY, 14) }], GUIDE_SETTLE_MS);
    const ja = await here(popup, 'apply');
    expect(ja.step).toBe('apply');
    expect(ja.title).toBe('カードを申請する');
    await popup.screenshot(`${SHOTS}/${browserName}-student-apply-ja.png`);
    measured['student-ja'] = ja.scrollHeight;
    await patchSettings(driver, { uiLanguage: 'en' });
    await popup.close();
  });

  it('leads a permanent resident from entering the card dates to renewing it, with the timeline and the badge', async () => {
    const popup = await startOver([
      ...CARD_HOLDER,
      { click: 'q-stay-permanent' },
      { click: 'q-tokutei-no' },
      { click: 'q-tested-true' },
    ]);
    expect((await here(popup, 'dates')).step).toBe('dates');
    await runSteps(
      popup,
      [
        { click: 'tab-reminders' },
        { wait: 'reminders-optin' },
        { date: 'lc-birth-date', value: RESIDENT_BIRTH },
        { date: 'lc-issue-date', value: RESIDENT_ISSUE },
        { wait: 'lc-tl-timeline' },
      ],
      GUIDE_SETTLE_MS,
    );
    // The opt-in is the first thing of its tab, not after pages of rules.
    const optIn = await popup.evaluate(() => {
      const box = document.querySelector('[data-testid="reminders-optin"]')!.getBoundingClientRect();
      const lines = [...document.querySelectorAll<HTMLElement>('[data-testid="reminder-list"] li')].map(
        (li) => li.dataset['message'] ?? '',
      );
      return { top: box.top, lines };
    }, undefined);
    expect(optIn.top).toBeLessThan(200);
    expect(optIn.lines.length).toBeGreaterThan(0);
    await popup.screenshot(`${SHOTS}/${browserName}-resident-reminders.png`);
    await runSteps(popup, [{ click: 'tab-checklist' }, { wait: 'guide-tl-timeline' }], GUIDE_SETTLE_MS);
    const renew = await here(popup, 'card-renewal');
    expect(renew).toMatchObject({ step: 'card-renewal', title: 'Renew your card', items: ['notice', 'early'] });
    const timeline = await popup.evaluate(() => {
      const figure = document.querySelector<HTMLElement>('[data-testid="guide-tl-timeline"]')!;
      return {
        first: figure.dataset['first'],
        rows: [...figure.querySelectorAll<SVGGElement>('g[data-row]')].map((g) => g.dataset['row']),
        alt: figure.querySelector('svg')?.getAttribute('aria-labelledby'),
        desc: figure.querySelector('desc')?.textContent ?? '',
      };
    }, undefined);
    expect(timeline.rows).toEqual(['card', 'userAuthCertificate', 'signatureCertificate']);
    expect(timeline.first).toBe('card');
    expect(timeline.alt).toBeTruthy();
    expect(timeline.desc).toContain('My Number Card');
    measured['resident'] = renew.scrollHeight;
    await popup.screenshot(`${SHOTS}/${browserName}-resident-renew.png`);
    expect(await badge(driver)).toBe('!');
    await popup.close();
  });

  it('leads a worker extending the stay to ask for the 特定在留カード, and to the validity change without it', async () => {
    const popup = await startOver([
      ...CARD_HOLDER,
      { date: 'q-stay-end-date', value: addMonthsClamped(TODAY, 2) },
      { click: 'q-renewalPending-false' },
      { click: 'q-tokutei-want' },
      { click: 'q-tested-true' },
    ]);
    const want = await here(popup, 'stay-soon');
    expect(want).toMatchObject({ step: 'stay-soon', items: ['extend', 'tokutei-ask', 'tokutei-counter'] });
    measured['worker'] = want.scrollHeight;
    await popup.screenshot(`${SHOTS}/${browserName}-worker-tokutei.png`);
    await runSteps(popup, [{ click: 'change-tokutei' }, { click: 'q-tokutei-no' }], GUIDE_SETTLE_MS);
    const plain = await here(popup, 'stay-soon');
    expect(plain.items).toEqual(['extend', 'online', 'then']);
    await runSteps(popup, [{ click: 'change-renewalPending' }, { click: 'q-renewalPending-true' }], GUIDE_SETTLE_MS);
    expect((await here(popup, 'pending')).items).toEqual(['special', 'then']);
    await popup.close();
  });

  it('puts nothing of the checklist into a portal page, even for a page script that hooks every shadow root', async () => {
    const initScript = `
      window.__roots = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.__roots.push(root); return root; };`;
    const url = 'https://www.kojinbango-card.go.jp/';
    const page = driver.openWith ? await driver.openWith(url, { initScript }) : await driver.open(url);
    await new Promise((r) => setTimeout(r, 1500));
    const found = await page.evaluate(() => {
      const roots = (window as unknown as { __roots?: ShadowRoot[] }).__roots ?? [];
      const texts = [document.documentElement.outerHTML, ...roots.map((r) => r.innerHTML)];
      const all = texts.join('\n');
      return ['Checklist', 'You are here', 'Extend your stay', 'next step', 'stay-soon', 'data-step'].filter((word) =>
        all.includes(word),
      );
    }, undefined);
    expect(found).toEqual([]);
    await page.close();
  });
});
