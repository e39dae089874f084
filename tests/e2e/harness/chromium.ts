/**
 * Chromium through Playwright: Debian's chromium, a persistent context with the unpacked Chrome MV3 build, headless.
 * Every network request is answered by the interceptor: replica pages at their real hostnames, nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { collectChromiumErrors } from './chromium-errors';
import { inOverlaysOverCdp } from './overlay-cdp';
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
import { BUILDS, CHROMIUM_QUIET_FLAGS, chromiumPath, extensionToLoad, withExtension } from './paths';

/** The Playwright page behind each TestPage this harness made. */
const pages = new WeakMap<TestPage, Page>();

function wrap(page: Page): TestPage {
  const wrapped: TestPage = {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    focus: (selector) => page.focus(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    screenshotViewport: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    click: (selector) => page.locator(selector).first().click(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    inContentScript: (fn, arg) => inContentScript(page, fn, arg),
    inOverlays: (fn, arg) => inOverlays(page, fn, arg),
  };
  pages.set(wrapped, page);
  return wrapped;
}

/**
 * Runs a function in Tebiki's content-script world of the page's top frame (an isolated world whose origin is the
 * extension's), through the devtools protocol: what a content script can do, a test can do.
 */
async function inContentScript<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) =>
        c.origin.startsWith('chrome-extension://') &&
        c.auxData?.frameId === frameTree.frame.id &&
        !c.auxData?.isDefault,
    );
    if (!world) throw new Error('No Tebiki content script in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}

/** One devtools-protocol session per page, kept while the page lives (a session per call costs ~5 ms). */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

async function inOverlays<R, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<OverlayResult<R>[]> {
  const cdp = await sessionFor(page);
  return inOverlaysOverCdp((method, params) => cdp.send(method as never, params as never), fn, arg);
}

/** Starts Chromium with the extension; `headless: false` opens a window (for `npm run demo` on a desktop). */
export async function launchChromium({
  headless = true,
  extension: build = BUILDS.chromium,
  proxy,
}: { headless?: boolean } & LaunchOptions = {}): Promise<Driver & { closed(): Promise<void> }> {
  const extension = extensionToLoad(build);
  const userDataDir = mkdtempSync(join(tmpdir(), 'tebiki-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    ...(proxy ? { proxy: { server: `http://${proxy}` } } : {}),
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      ...CHROMIUM_QUIET_FLAGS,
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  // Only web requests: Playwright would also route the extension's own chrome-extension:// resources.
  await context.route(/^https?:/, (route) => {
    const url = route.request().url();
    requests.push(url);
    const { status, contentType, body } = respondFor(url);
    return route.fulfill({ status, contentType, body });
  });
  // Every http(s) request any context of the browser sent, with its sender (pages, extension pages, workers).
  const requestLog: RequestRecord[] = [];
  context.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return;
    const worker = request.serviceWorker();
    let frameUrl: string | null = null;
    if (!worker) {
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = null;
      }
    }
    requestLog.push({
      url: request.url(),
      method: request.method(),
      postData: request.postData(),
      resourceType: request.resourceType(),
      frameUrl,
      serviceWorker: worker?.url() ?? null,
    });
  });
  let extensionId: string | null = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const needExtension = () => withExtension(extensionId);
  // The welcome tab that opens on install is not part of any test.
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();

  let extensionPage: Page | null = null;
  return {
    name: 'chromium',
    requests,
    requestLog,
    extensionOrigin: extensionId ? `chrome-extension://${extensionId}` : null,
    async inExtension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${needExtension()}/options.html`);
      }
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openWith(url, { initScript }) {
      const page = await context.newPage();
      const errors: PageErrorRecord[] = [];
      await collectChromiumErrors(context, page, errors);
      if (initScript) await page.addInitScript({ content: initScript });
      await page.goto(url, { waitUntil: 'load' });
      return Object.assign(wrap(page), { errors });
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${needExtension()}${path}`);
      return wrap(page);
    },
    async openPopup(target) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${needExtension()}/popup.html`);
      // The extension holds no host permission in Chrome, so tabs show no address: find the target as the active
      // tab once it is brought to the front.
      await pages.get(target)?.bringToFront();
      const tabId = await page.evaluate(async () => {
        const tabs = await (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.query({ active: true });
        return tabs[0]?.id ?? -1;
      }, undefined);
      await page.goto(`chrome-extension://${needExtension()}/popup.html?tab=${tabId}`);
      return wrap(page);
    },
    closed: () => new Promise((done) => context.once('close', () => done())),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
