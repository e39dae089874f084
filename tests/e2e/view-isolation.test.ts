/**
 * Issue 16.6: a page script cannot read or rewrite what Tebiki shows. A hostile script runs before the page's own
 * (and before the content script): it takes the name `tebiki-overlay` for a custom element of its own that opens a
 * fake shadow root, patches `attachShadow` to force every root open, hides and restyles the host with !important
 * rules and inline styles, and watches for the host to rewrite it. The tooltip must still show Tebiki's own text,
 * visibly, and the page must never have seen inside the overlay.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/driver';
import { suiteBrowser } from './harness/suite';
import { inOverlay, waitForOverlay, waitForTooltip } from './harness/overlay';
import { replica } from './harness/pages';

const PAGE = replica('keisan/address-name.html');

const HOSTILE = `(() => {
  const seen = (window.__hostile = { sawRoot: false, patchedCalls: 0, constructed: 0, rewrites: 0 });
  const attach = Element.prototype.attachShadow;
  class Fake extends HTMLElement {
    constructor() {
      super();
      seen.constructed++;
      try {
        attach.call(this, { mode: 'open' }).innerHTML = '<div role="tooltip">FAKE TOOLTIP</div>';
      } catch {}
    }
  }
  customElements.define('tebiki-overlay', Fake);
  Element.prototype.attachShadow = function (init) {
    seen.patchedCalls++;
    return attach.call(this, { ...init, mode: 'open' });
  };
  const style = document.createElement('style');
  style.textContent = 'tebiki-overlay, [data-tebiki-overlay], html > div:last-child { display: none !important;' +
    ' opacity: 0 !important; transform: scale(0) !important; color: transparent !important; font-size: 0 !important;' +
    ' --tb-surface: red !important; --tb-ink: transparent !important; visibility: hidden !important; }';
  // The script runs before <html> exists: add the rules once it does.
  const addStyle = () => (document.head || document.documentElement).append(style);
  if (document.documentElement) addStyle();
  else document.addEventListener('DOMContentLoaded', addStyle);
  const rewrite = () => {
    for (const el of document.querySelectorAll('tebiki-overlay, [data-tebiki-overlay]')) {
      if (el.getAttribute('style') !== 'display: none !important') {
        el.setAttribute('style', 'display: none !important');
        seen.rewrites++;
      }
      if (el.shadowRoot && el.shadowRoot.mode === 'open' && !el.shadowRoot.textContent.includes('FAKE')) {
        seen.sawRoot = true;
        el.shadowRoot.innerHTML = '<div role="tooltip">PWNED</div>';
      }
    }
  };
  new MutationObserver(rewrite).observe(document, { childList: true, subtree: true });
  setInterval(rewrite, 50);
})();`;

describe.each(BROWSERS)('in %s, a hostile page script', (browserName) => {
  const driver = suiteBrowser(browserName);

  it('can neither read nor rewrite nor hide the tooltip', async () => {
    const page = await driver.openWith!(PAGE.url, { initScript: HOSTILE });
    expect(await waitForOverlay(page)).toBe(true);
    await page.focus('#kanjiSei');
    const text = await waitForTooltip(page, (t) => t !== null && /name/i.test(t));
    expect(text).toMatch(/name/i);
    expect(text).not.toMatch(/FAKE|PWNED/);
    await new Promise((r) => setTimeout(r, 300));
    const shown = await inOverlay(
      page,
      (root) => {
        const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
        const rect = tip.getBoundingClientRect();
        const host = getComputedStyle(root.host);
        const tipStyle = getComputedStyle(tip);
        return {
          hostDisplay: host.display,
          hostVisibility: host.visibility,
          hostOpacity: host.opacity,
          hostTransform: host.transform,
          width: Math.round(rect.width),
          height: Math.round(rect.height),
          color: tipStyle.color,
          background: tipStyle.backgroundColor,
          fontSize: tipStyle.fontSize,
        };
      },
      undefined,
    );
    expect(shown).not.toBeNull();
    expect(shown!.hostDisplay).toBe('block');
    expect(shown!.hostVisibility).toBe('visible');
    expect(shown!.hostOpacity).toBe('1');
    expect(shown!.hostTransform).toBe('none');
    expect(shown!.width).toBeGreaterThan(50);
    expect(shown!.height).toBeGreaterThan(20);
    expect(shown!.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(shown!.background).not.toBe('rgb(255, 0, 0)');
    expect(parseFloat(shown!.fontSize)).toBeGreaterThanOrEqual(12);
    const pageSaw = await page.evaluate(() => {
      const w = window as unknown as {
        __hostile: { sawRoot: boolean; patchedCalls: number; constructed: number; rewrites: number };
      };
      const host = document.querySelector('tebiki-overlay, [data-tebiki-overlay]');
      return {
        ...w.__hostile,
        host: host?.localName,
        hostRootVisible: host?.shadowRoot ? host.shadowRoot.textContent : null,
        tooltipInLightDom: document.querySelectorAll('[role="tooltip"]').length,
      };
    }, undefined);
    // The page's patch of attachShadow never ran for Tebiki's root, it saw no root, and nothing it did reached inside.
    expect(pageSaw.sawRoot).toBe(false);
    expect(pageSaw.patchedCalls).toBe(0);
    expect(pageSaw.hostRootVisible === null || /FAKE/.test(pageSaw.hostRootVisible)).toBe(true);
    expect(pageSaw.tooltipInLightDom).toBe(0);
    expect(pageSaw.rewrites).toBeGreaterThan(0);
    await page.close();
  });
});
