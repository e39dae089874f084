/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own patched build, which
 * can't be downloaded here). The unpacked Firefox MV3 build is installed as a temporary add-on with a pinned
 * moz-extension UUID; every request of every page is answered by the interceptor.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import type { Driver, ExtensionApi, LaunchOptions, PageErrorRecord, RequestRecord, TestPage } from './driver';
import { respondFor } from './pages';
import { assertBuilt, BUILDS, firefoxPath } from './paths';

/** Fixed so that extension URLs are known before the add-on starts. */
const EXTENSION_UUID = '6f1a3c52-7d4e-4b8a-9c0f-2e5d8b7a1c34';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

function wrap(page: Page): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    focus: (selector) => page.focus(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path, fullPage: true });
    },
    close: () => page.close(),
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
  };
}

async function intercept(page: Page, requests: string[], log?: RequestRecord[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    requests.push(url);
    const { status, contentType, body } = respondFor(url);
    if (!log) return void request.respond({ status, contentType, body });
    const record: RequestRecord = {
      url,
      method: request.method(),
      postData: null,
      resourceType: 'other',
      frameUrl: request.frame()?.url() ?? null,
      serviceWorker: null,
    };
    log.push(record);
    // The body (form submissions) is read over BiDi before answering.
    const bodyRead = request.hasPostData()
      ? request.fetchPostData().then(
          (data) => void (record.postData = data ?? null),
          () => undefined,
        )
      : Promise.resolve();
    void bodyRead.then(() => request.respond({ status, contentType, body }));
  });
}

/**
 * The first page whose location starts with `prefix`. Pages are asked for their location, as puppeteer's cached
 * URL of a tab opened by the extension can stay about:blank.
 */
async function findPage(browser: Browser, prefix: string, timeoutMs = 20_000): Promise<Page> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    // Only pages puppeteer still calls about:blank (or already names right) need asking: the others are web pages.
    const candidates = (await browser.pages()).filter((p) => p.url() === 'about:blank' || p.url().startsWith(prefix));
    for (const page of candidates.reverse()) {
      const href = await Promise.race([
        page.evaluate(() => location.href).catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(''), 2000)),
      ]);
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No page at ${prefix} within ${timeoutMs} ms`);
}

/** Firefox prefs that send every request not answered by the interceptor to an HTTP proxy at `hostPort`. */
function proxyPrefs(hostPort: string): Record<string, unknown> {
  const [host, port] = hostPort.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export async function launchFirefox({ extension: build = BUILDS.firefox, proxy }: LaunchOptions = {}): Promise<Driver> {
  const extension = build === false ? null : build;
  if (extension) assertBuilt(extension);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Grants optional permissions (reminders' notifications) without the prompt automation cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...(proxy ? proxyPrefs(proxy) : {}),
    },
  });
  let helper: Page | null = null;
  if (extension) {
    await browser.installExtension(extension);
    // The welcome tab the extension opens on install is where WebExtension API calls are made from.
    helper = await findPage(browser, `${EXTENSION_ORIGIN}/options.html`);
  }
  const needHelper = (): Page => {
    if (!helper) throw new Error('This browser was launched without the extension');
    return helper;
  };
  const requests: string[] = [];
  const requestLog: RequestRecord[] = [];

  return {
    name: 'firefox',
    requests,
    requestLog,
    extensionOrigin: extension ? EXTENSION_ORIGIN : null,
    inExtension: (fn, arg) => needHelper().evaluate(fn as never, arg),
    async open(url) {
      const page = await browser.newPage();
      await intercept(page, requests, requestLog);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openWith(url, { initScript }) {
      const page = await browser.newPage();
      const errors: PageErrorRecord[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'assert') return;
        errors.push({ kind: 'console', text: message.text(), source: message.location().url ?? '' });
      });
      page.on('pageerror', (error) => {
        const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
        errors.push({ kind: 'pageerror', text, source: /(?:moz-extension|https?):\/\/[^\s)]+/.exec(text)?.[0] ?? '' });
      });
      if (initScript) await page.evaluateOnNewDocument(initScript);
      await intercept(page, requests, requestLog);
      await page.goto(url, { waitUntil: 'load' });
      return Object.assign(wrap(page), { errors });
    },
    async openPopup(target) {
      const helper = needHelper();
      // Extension pages can't be opened by navigation over BiDi; the extension opens it as a tab instead.
      const popupUrl = await helper.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const tabs = await api.tabs.query({});
        const id = tabs.find((tab) => tab.url === url)?.id ?? -1;
        const popup = `/popup.html?tab=${id}`;
        await api.tabs.create({ url: popup });
        return popup;
      }, target.url());
      const page = await findPage(browser, `${EXTENSION_ORIGIN}${popupUrl}`);
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrap(page);
    },
    async close() {
      await browser.close();
    },
  };
}
