/**
 * Issue 7, point 1 (dynamic half): Tebiki sends nothing to the network. Every feature is used on every replica
 * page, once in a browser without Tebiki (the baseline) and once with it, and every request is recorded three ways:
 *  - the interceptor / automation log (`requestLog`): Chromium reports requests of every page, extension page and
 *    the extension's service worker with their sender; Firefox reports the requests of the pages the test opened;
 *  - the escape proxy: every request the interceptor did not answer (the offscreen document in Chromium, the
 *    background page and extension pages in Firefox, and the browser's own services) ends there;
 *  - the comparison with the baseline: a request a content script causes from inside a page would look like the
 *    page's own, so the set of URLs must be the same with and without Tebiki.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type BrowserName, type Driver, type RequestRecord } from '../harness/driver';
import { startEscapeProxy, type EscapedRequest, type EscapeProxy } from '../harness/escape-proxy';
import { inOverlay } from '../harness/overlay';
import { REPLICA_PAGES } from '../harness/pages';
import { patchSettings } from '../harness/settings';
import { useOptions, usePopup, type PopupUse } from './lib/extension-ui';
import { overlayPresent, useEveryFeature } from './lib/in-page';
import { copyBuild, removeTrapBuild } from './lib/trap-build';
import { hostOf, isBrowserServiceHost, isReplicaUrl, normalise, REPLICA_HOSTS } from './lib/requests';

/** The replica pages a person opens (iframe contents load inside their page). */
const PAGES = REPLICA_PAGES.filter((p) => !p.frame && !p.bench);
const NOT_A_PORTAL = 'https://www.example.go.jp/form';
const ALL_PORTALS = [...new Set(REPLICA_PAGES.map((p) => p.portal))];

interface Run {
  log: RequestRecord[];
  escaped: EscapedRequest[];
  popups: (PopupUse & { file: string })[];
  annotate: PopupUse | null;
  optionsChanged: number;
  focused: number;
  /** Controls focused where the tooltip was read (the top documents), and tooltips seen there. */
  checked: number;
  tooltips: number;
}

/** Opens every page and uses every feature; with Tebiki, also the popup, the options page and chips. */
async function exercise(name: BrowserName, proxy: EscapeProxy, withTebiki: boolean): Promise<Run> {
  const driver = await launch(name, { proxy: proxy.address, ...(withTebiki ? {} : { extension: false }) });
  const mark = proxy.seen.length;
  const run: Run = {
    log: [],
    escaped: [],
    popups: [],
    annotate: null,
    optionsChanged: 0,
    focused: 0,
    checked: 0,
    tooltips: 0,
  };
  try {
    if (withTebiki) await patchSettings(driver, { inlineChips: [...ALL_PORTALS, 'other'], furigana: true });
    for (const replicaPage of PAGES) {
      const page = await driver.open(replicaPage.url);
      if (withTebiki) await page.evaluate(overlayPresent, 10_000);
      // The overlay's shadow root is closed: with Tebiki the harness hands it over (the same actions either way).
      const use = withTebiki
        ? ((await inOverlay(page, useEveryFeature, null)) ?? (await page.evaluate(useEveryFeature, null)))
        : await page.evaluate(useEveryFeature, null);
      run.focused += use.focused;
      run.checked += use.checked;
      run.tooltips += use.tooltips;
      if (withTebiki) run.popups.push({ file: replicaPage.file, ...(await usePopup(driver, page)) });
      await page.close();
    }
    if (withTebiki) run.optionsChanged = (await useOptions(driver)).changed;
    // A page that is not a portal: nothing runs there; "Annotate this page" is the one way in.
    const other = await driver.open(NOT_A_PORTAL);
    await other.evaluate(useEveryFeature, null);
    if (withTebiki) run.annotate = await usePopup(driver, other, { annotate: true });
    await other.close();
    // Readings come from the shared tokenizer a moment later; give any late request the time to show.
    await new Promise((r) => setTimeout(r, 2000));
  } finally {
    run.log = [...(driver.requestLog ?? [])];
    run.escaped = proxy.seen.slice(mark);
    await driver.close();
  }
  return run;
}

describe.each(BROWSERS)('in %s, no network from Tebiki', (browserName) => {
  let proxy: EscapeProxy;
  let baseline: Run;
  let tebiki: Run;
  let extensionOrigin: string;
  beforeAll(async () => {
    proxy = await startEscapeProxy();
    baseline = await exercise(browserName, proxy, false);
    tebiki = await exercise(browserName, proxy, true);
    extensionOrigin = browserName === 'chromium' ? 'chrome-extension://' : 'moz-extension://';
  }, 600_000);
  afterAll(async () => {
    await proxy?.close();
  });

  it('used every feature on every replica page (tooltips on focus and hover, chips, popup, options)', () => {
    expect(tebiki.focused).toBe(baseline.focused);
    expect(tebiki.checked).toBeGreaterThan(tebiki.focused * 0.5);
    expect(tebiki.tooltips).toBeGreaterThan(tebiki.checked * 0.9);
    expect(tebiki.popups).toHaveLength(PAGES.length);
    expect(tebiki.popups.filter((p) => !p.rendered || p.toggled !== 2)).toEqual([]);
    expect(tebiki.optionsChanged).toBeGreaterThan(4);
    expect(tebiki.annotate?.notPortal).toBe(true);
  });

  it('records no request sent by an extension context (extension page, service worker)', () => {
    const fromExtension = tebiki.log.filter(
      (r) => r.serviceWorker !== null || (r.frameUrl ?? '').startsWith(extensionOrigin),
    );
    expect(fromExtension).toEqual([]);
  });

  it('sends exactly the requests the pages send without Tebiki, all of them the replica pages’ own URLs', () => {
    const urls = (run: Run) => [...new Set(run.log.map((r) => normalise(r.url)))].sort();
    expect(urls(tebiki)).toEqual(urls(baseline));
    const opened = new Set([...PAGES.map((p) => normalise(p.url)), normalise(NOT_A_PORTAL)]);
    const foreign = urls(tebiki).filter((url) => !isReplicaUrl(url) && !opened.has(url));
    expect(foreign).toEqual([]);
    expect(tebiki.log.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('lets nothing past the interceptor but the browser’s own services and page preconnects', () => {
    const unexpected = (run: Run) =>
      [...new Set(run.escaped.map((e) => hostOf(e.target)))].filter(
        (host) => !isBrowserServiceHost(host) && !REPLICA_HOSTS.has(host),
      );
    expect(unexpected(baseline)).toEqual([]);
    expect(unexpected(tebiki)).toEqual([]);
  });

  it('would notice a request from an extension page (control of the recorders)', async () => {
    // The product's CSP (default-src 'self') makes the browser refuse such a request before the recorders could
    // see it: the control runs on a copy of the build whose pages may connect anywhere.
    const open = copyBuild(browserName, (manifest) => {
      manifest.content_security_policy = { extension_pages: "script-src 'self'; object-src 'none'" };
    });
    const driver: Driver = await launch(browserName, { proxy: proxy.address, extension: open });
    const mark = proxy.seen.length;
    try {
      await driver.inExtension(async () => {
        await fetch('https://control.tebiki.test/from-extension-page').catch(() => null);
      }, undefined);
      await new Promise((r) => setTimeout(r, 500));
      const logged = (driver.requestLog ?? []).filter((r) => (r.frameUrl ?? '').startsWith(extensionOrigin));
      const escaped = proxy.seen.slice(mark).filter((e) => hostOf(e.target) === 'control.tebiki.test');
      // Chromium's automation sees extension pages' requests; Firefox's extension pages reach the proxy instead.
      expect(logged.length + escaped.length).toBeGreaterThan(0);
    } finally {
      await driver.close();
      removeTrapBuild(open);
    }
  });
});
