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
  /** Types text into the element with real key events (trust tests). */
  type?(selector: string, text: string): Promise<void>;
  /** Clicks the element with a real pointer (trust tests). */
  click?(selector: string): Promise<void>;
  /** Moves the pointer to a point of the viewport (so that the next hover is a real move onto its element). */
  mouseMove?(x: number, y: number): Promise<void>;
  /** Runs a function in Tebiki's content-script world of the top frame (Chromium only: the devtools protocol). */
  inContentScript?<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Console errors and uncaught errors of this page, collected since it opened (pages from `openWith`). */
  readonly errors?: PageErrorRecord[];
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
  /** The same requests with method, body and who sent them (trust tests). */
  readonly requestLog?: RequestRecord[];
  /** The extension's origin (chrome-extension://ID, moz-extension://UUID), or null when launched without it. */
  readonly extensionOrigin?: string | null;
  /** Opens a page like `open`, with a script that runs before the page's own, and collects its errors. */
  openWith?(url: string, options: OpenOptions): Promise<TestPage>;
}

/** Optional ways to launch a browser for the trust tests; without them, `launch` behaves as before. */
export interface LaunchOptions {
  /** The unpacked build to load (default: .output/chrome-mv3 or firefox-mv3); false: no extension (a baseline). */
  extension?: string | false;
  /**
   * An HTTP proxy ("127.0.0.1:PORT") for whatever the interceptor does not answer: requests of contexts the
   * automation can't intercept (service worker, offscreen document, background page) end there, where a test sees them.
   */
  proxy?: string;
}

/** One http(s) request as the interceptor or the automation saw it. */
export interface RequestRecord {
  url: string;
  method: string;
  /** The request body (form submissions), or null. */
  postData: string | null;
  /** document, script, fetch, xhr, … as the automation names it (may be 'other'). */
  resourceType: string;
  /** URL of the frame that sent it, when known (an extension page has the extension's origin). */
  frameUrl: string | null;
  /** URL of the service worker that sent it (Chromium), or null. */
  serviceWorker: string | null;
}

/** A console error or uncaught error of a page. */
export interface PageErrorRecord {
  kind: 'console' | 'pageerror' | 'log';
  text: string;
  /** Where it came from as far as the browser tells: a script URL, or a world's origin (Chromium). */
  source: string;
  /** Chromium: 'main' for the page's world, 'extension' for a content script's isolated world. */
  world?: 'main' | 'extension' | 'other';
}

export interface OpenOptions {
  /** Source of a script evaluated in the page's main world before any of its own scripts. */
  initScript?: string;
}

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** Starts a browser with the built extension loaded. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  if (name === 'chromium') return (await import('./chromium')).launchChromium(options);
  return (await import('./firefox')).launchFirefox(options);
}
