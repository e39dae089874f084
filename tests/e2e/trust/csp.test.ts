/**
 * The browser enforces "no network" for Tebiki's own pages (issue 16.5): the extension pages' CSP is
 * `default-src 'self'`, so a request from the options page (or any extension page) to another origin is refused by
 * the browser before it leaves, while the extension's own files still load.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../harness/driver';
import { suiteBrowser } from '../harness/suite';

describe.each(BROWSERS)('in %s, an extension page', (browserName) => {
  const driver = suiteBrowser(browserName);

  it("is refused any request to another origin by the browser, and still reads the extension's own files", async () => {
    const outcome = await driver.inExtension(async () => {
      const attempt = async (url: string) => {
        try {
          const response = await fetch(url);
          return `status ${response.status}`;
        } catch {
          return 'refused';
        }
      };
      return {
        remote: await attempt('https://www.e-tax.nta.go.jp/'),
        insecure: await attempt('http://127.0.0.1:9/'),
        own: await attempt('/manifest.json'),
      };
    }, undefined);
    expect(outcome).toEqual({ remote: 'refused', insecure: 'refused', own: 'status 200' });
    expect(driver.requests.filter((url) => url.startsWith('https://www.e-tax.nta.go.jp/'))).toEqual([]);
  });
});
