/**
 * The browser of a describe block: every e2e suite launches one browser before its tests and closes it after them,
 * so that is written once here instead of a beforeAll/afterAll pair in every file.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type BrowserName, type Driver, type LaunchOptions, type TestPage } from './driver';
import { waitForOverlay } from './overlay';
import { TOP_PAGES, type ReplicaPage } from './pages';

/**
 * Launches `name` in the calling describe block's beforeAll and closes it in its afterAll. The returned Driver
 * forwards to the running browser, so it can be declared at describe time and used in hooks and tests. Hooks the
 * block registers later run after the launch and (vitest runs after-hooks in reverse) before the close.
 */
export function suiteBrowser(name: BrowserName, options: LaunchOptions = {}): Driver {
  let running: Driver | undefined;
  beforeAll(async () => {
    running = await launch(name, options);
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  return new Proxy({} as Driver, {
    get(_target, key) {
      if (!running) throw new Error(`${name} is not running: use the suite's driver inside its hooks and tests`);
      const value: unknown = Reflect.get(running, key, running);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running) : value;
    },
  });
}

/** A page no portal rule matches: Tebiki does not run there. */
export const NOT_A_PORTAL = 'https://www.example.go.jp/form';

/**
 * Opens a tab on {@link NOT_A_PORTAL} in the calling describe block's beforeAll (after the browser's launch), for the
 * popups of its tests to belong to. The returned function gives the tab inside the block's hooks and tests.
 */
export function suiteTab(driver: Driver): () => TestPage {
  let tab: TestPage | undefined;
  beforeAll(async () => {
    tab = await driver.open(NOT_A_PORTAL);
  });
  return () => {
    if (!tab) throw new Error("The suite's tab is not open: use it inside the block's hooks and tests");
    return tab;
  };
}

/**
 * One test per replica page a person would open ({@link TOP_PAGES}), named `<file>: <what>`: opens the page at its
 * real URL, expects Tebiki's overlay on it, runs `check`, and closes the page.
 */
export function itOnEveryTopPage(
  driver: Driver,
  what: string,
  check: (page: TestPage, replicaPage: ReplicaPage) => Promise<void>,
): void {
  it.each(TOP_PAGES().map((p) => [p.file, p] as const))(`%s: ${what}`, async (_file, replicaPage) => {
    const page = await driver.open(replicaPage.url);
    expect(await waitForOverlay(page)).toBe(true);
    await check(page, replicaPage);
    await page.close();
  });
}
