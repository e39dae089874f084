/**
 * One small driver interface over the two automation stacks: Playwright (Chromium) and puppeteer-core over
 * WebDriver BiDi (Firefox ESR). End-to-end tests are written once against it and run in both browsers.
 */

/** A page in the browser, reduced to what the tests need (both Playwright and puppeteer pages fit it). */
export interface TestPage {
  url(): string;
  /** Runs a function in the page and returns its (serialisable) result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  focus(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Presses a key (names as in Playwright/puppeteer: 'Tab', 'Escape'). */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** The part of the WebExtension API the harness calls from extension pages (chrome.* / browser.*). */
export interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    create(properties: { url: string }): Promise<unknown>;
  };
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** Opens a replica page at its real URL (served by interception). */
  open(url: string): Promise<TestPage>;
  /** Opens the extension's popup page describing the tab that shows `page`. */
  openPopup(page: TestPage): Promise<TestPage>;
  /** Runs a function in an extension page (where `chrome`/`browser` is the WebExtension API). */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Every request the browser tried to send to the network, for the privacy tests. */
  readonly requests: string[];
  close(): Promise<void>;
}

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** Starts a browser with the built extension loaded. */
export async function launch(name: BrowserName): Promise<Driver> {
  if (name === 'chromium') return (await import('./chromium')).launchChromium();
  return (await import('./firefox')).launchFirefox();
}
