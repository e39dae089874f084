import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The builds the end-to-end tests load: `npm run build:e2e` (WXT mode `e2e`), the release build plus test-only hooks
 * (the popup's `?tab=ID`), which the release build does not contain.
 */
export const BUILDS = {
  chromium: resolve(ROOT, '.output/chrome-mv3-e2e'),
  firefox: resolve(ROOT, '.output/firefox-mv3-e2e'),
};

/** The release builds (`npm run build`): what the stores get, checked by the static and store-readiness tests. */
export const RELEASE_BUILDS = {
  chromium: resolve(ROOT, '.output/chrome-mv3'),
  firefox: resolve(ROOT, '.output/firefox-mv3'),
};

/** Chromium flags every automated launch uses: no sandbox (root in CI), no GPU, no background traffic or updates. */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The first existing file among the candidates, or the first candidate (the launch then fails with its name). */
function firstExisting(candidates: string[]): string {
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

/** Chromium binary: $CHROMIUM_PATH, else Debian's / Homebrew's usual places. */
export function chromiumPath(): string {
  return (
    process.env.CHROMIUM_PATH ??
    firstExisting([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ])
  );
}

/** Firefox binary: $FIREFOX_PATH, else Debian's firefox-esr or a usual install. */
export function firefoxPath(): string {
  return (
    process.env.FIREFOX_PATH ??
    firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'])
  );
}

export function assertBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run \`npm run build\` first.`);
  }
}

/** The unpacked build a harness loads (checked to be built), or null for a baseline launched without the extension. */
export function extensionToLoad(build: string | false): string | null {
  if (!build) return null;
  assertBuilt(build);
  return build;
}

/** What only a browser with the extension has (its id, its helper page), or the error saying it was launched without. */
export function withExtension<T>(value: T | null): T {
  if (!value) throw new Error('This browser was launched without the extension');
  return value;
}
