/** How the Chromium benches launch the browser: one place for the profile, the flags and the replica pages. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { respondFor } from '../../tests/e2e/harness/pages';
import { CHROMIUM_QUIET_FLAGS, chromiumPath } from '../../tests/e2e/harness/paths';

export interface BenchBrowser {
  context: BrowserContext;
  /** The fresh profile folder (remove it after closing; its path also tells this browser's processes apart). */
  profile: string;
}

/**
 * Debian's Chromium, headless, with a fresh profile, the unpacked build `extension` loaded (none when null), and
 * every web request answered by the replica pages' interceptor (nothing reaches the network).
 */
export async function launchBenchChromium(
  extension: string | null,
  extraArgs: string[] = [],
  viewport?: { width: number; height: number },
): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tebiki-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      ...CHROMIUM_QUIET_FLAGS,
      ...extraArgs,
    ],
  });
  await context.route(/^https?:/, (route) => {
    const { status, contentType, body } = respondFor(route.request().url());
    return route.fulfill({ status, contentType, body });
  });
  return { context, profile };
}
