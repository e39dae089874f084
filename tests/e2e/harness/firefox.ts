/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own patched build, which
 * can't be downloaded here). The unpacked Firefox MV3 build is installed as a temporary add-on with a pinned
 * moz-extension UUID; every request of every page is answered by the interceptor.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import type {
  Driver,
  ExtensionApi,
  LaunchOptions,
  OverlayResult,
  PageErrorRecord,
  RequestRecord,
  TestPage,
} from './driver';
import { respondFor } from './pages';
import { BUILDS, extensionToLoad, firefoxPath, withExtension } from './paths';

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
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    inOverlays: (fn, arg) => inOverlays(page, fn, arg),
  };
}

/** The part of puppeteer's BiDi realm (not public API) that sends `script.callFunction` to one realm. */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options?: { arguments?: unknown[]; serializationOptions?: object },
  ): Promise<{
    type: 'success' | 'exception';
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text: string };
  }>;
}
/** puppeteer-core 25's BidiFrame keeps its realms as `realms.default` (the page's) and `realms.internal` (a sandbox). */
type BidiFrameInternals = { realms?: { default?: { realm?: BidiRealm }; internal?: { realm?: BidiRealm } } };

/**
 * Runs `fn(root, arg)` with each frame's overlay shadow root (closed), over WebDriver BiDi: the host is found in a
 * sandbox realm (the page's patches of DOM methods don't reach it), and Firefox serialises an element's shadow root
 * with a shared id even when it is closed; the function then runs in the page's realm with that root as its
 * argument. Shared ids hold only within their own frame, so each frame is asked on its own. See docs/browser-bugs.md.
 */
async function inOverlays<R, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<OverlayResult<R>[]> {
  const results: OverlayResult<R>[] = [];
  for (const frame of page.frames()) {
    const realms = (frame as unknown as BidiFrameInternals).realms;
    const sandbox = realms?.internal?.realm;
    const main = realms?.default?.realm;
    if (!sandbox || !main) throw new Error('puppeteer-core changed: no BiDi realms on the frame');
    const found = await sandbox
      .callFunction(`() => document.querySelector('tebiki-overlay, div[data-tebiki-overlay]')`, false, {
        serializationOptions: { maxDomDepth: 0 },
      })
      .catch(() => null);
    const host =
      found?.type === 'success' ? (found.result as { value?: { shadowRoot?: { sharedId?: string } } }) : null;
    const sharedId = host?.value?.shadowRoot?.sharedId;
    if (!sharedId) continue;
    const call = await main.callFunction(
      `async (root, arg) => { const fn = (${fn.toString()}); const result = await fn(root, JSON.parse(arg)); return JSON.stringify({ top: window.top === window, result: result === undefined ? null : result }); }`,
      true,
      { arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }] },
    );
    if (call.type === 'exception') throw new Error(call.exceptionDetails?.text ?? 'inOverlays: the function threw');
    results.push(JSON.parse(String(call.result?.value)) as OverlayResult<R>);
  }
  return results.sort((a, b) => Number(b.top) - Number(a.top));
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
  const extension = extensionToLoad(build);
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
    // The welcome tab the extension opens on install becomes the options page, where WebExtension API calls are made
    // from (BiDi may not navigate to moz-extension:// pages, but the page itself may).
    const welcome = await findPage(browser, `${EXTENSION_ORIGIN}/welcome.html`);
    await welcome.evaluate(() => location.assign('/options.html'));
    helper = await findPage(browser, `${EXTENSION_ORIGIN}/options.html`);
    await helper.waitForFunction(() => document.readyState === 'complete');
  }
  const needHelper = (): Page => withExtension(helper);
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
    async openExtensionPage(path) {
      // Extension pages can't be opened by navigation over BiDi; the extension opens it as a tab instead.
      await needHelper().evaluate(async (url: string) => {
        await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.create({ url });
      }, path);
      const page = await findPage(browser, `${EXTENSION_ORIGIN}${path}`);
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrap(page);
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
