/**
 * Issue 7, point 6: packages the Chrome Web Store and addons.mozilla.org accept.
 *  - `web-ext lint` on the Firefox build: no error, and every warning explained (an unexplained one fails);
 *  - no Function constructor in any bundle: kuromoji is built without its loader's `async` (lodash's
 *    `Function('return this')()`) and `fflate` (src/tokenizer/kuromoji-dict.ts);
 *  - icons at every size in both manifests, PNGs of the size they claim;
 *  - name and description localised in every locale, within the stores' limits;
 *  - the README has a privacy statement;
 *  - `npm run zip` (wxt zip for both browsers, in a temporary copy of the project) makes the Chrome, Firefox and
 *    sources packages, and the Firefox package lints clean too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_BUILDS as BUILDS } from '../harness/paths';
import { filesOf, readManifest, ROOT } from './lib/build-files';
import { copyProject, removeProject, run, runBin, type RunResult } from './lib/project-copy';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(source: string): Promise<LintReport> {
  const run = await runBin(ROOT, 'web-ext', [
    'lint',
    '--source-dir',
    source,
    '--output',
    'json',
    '--self-hosted=false',
  ]);
  const json = run.output.slice(run.output.indexOf('{'), run.output.lastIndexOf('}') + 1);
  return JSON.parse(json) as LintReport;
}

/**
 * Warnings that may stay, each with the reason it is harmless. Anything else fails the test.
 * UNSAFE_VAR_ASSIGNMENT in preact's chunk: preact's diff assigns innerHTML only for `dangerouslySetInnerHTML`,
 * which no Tebiki source uses (checked below).
 */
function explain(warning: LintMessage, build: string): string | null {
  if (warning.code === 'UNSAFE_VAR_ASSIGNMENT' && warning.file) {
    const code = readFileSync(join(build, warning.file), 'utf8');
    if (code.includes('dangerouslySetInnerHTML') && code.includes('__html') && !tebikiUsesDangerousHtml())
      return "preact's runtime (dangerouslySetInnerHTML support, unused by Tebiki)";
  }
  return null;
}

function tebikiUsesDangerousHtml(): boolean {
  // Product code only: unit tests build their fixtures with innerHTML.
  const sources = [
    ...filesOf(join(ROOT, 'src'), '.tsx'),
    ...filesOf(join(ROOT, 'src'), '.ts'),
    ...filesOf(join(ROOT, 'entrypoints'), '.tsx'),
    ...filesOf(join(ROOT, 'entrypoints'), '.ts'),
  ].filter(([file]) => !/\.test\.tsx?$/.test(file));
  return sources.some(([, text]) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(text),
  );
}

/** Width and height of a PNG (its IHDR chunk). */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

const ICON_SIZES = ['16', '32', '48', '96', '128'];

describe('store-ready', () => {
  describe('web-ext lint on the Firefox build', () => {
    let report: LintReport;
    beforeAll(async () => {
      report = await lint(BUILDS.firefox);
    }, 180_000);

    it('has no errors', () => {
      expect(report.errors).toEqual([]);
    });

    it('has no eval warning (DANGEROUS_EVAL) and every other warning explained', () => {
      const unexplained = report.warnings
        .filter((w) => explain(w, BUILDS.firefox) === null)
        .map((w) => `${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${w.message}`);
      expect(unexplained).toEqual([]);
    });
  });

  describe("kuromoji without its loader's dependencies (async@2 and its Function('return this'), fflate)", () => {
    // src/tokenizer/kuromoji-dict.ts builds the tokenizer from kuromoji's dictionary modules, reading the files with
    // the platform's DecompressionStream: neither async (lodash's global lookup) nor fflate is bundled.
    it('bundles neither async nor fflate', () => {
      for (const dir of [BUILDS.chromium, BUILDS.firefox]) {
        const found = filesOf(dir, '.js').filter(([, code]) => /freeGlobal|gunzipSync|eachOfLimit/.test(code));
        expect(found.map(([file]) => file)).toEqual([]);
      }
    });

    it('leaves no Function constructor in either build', () => {
      for (const dir of [BUILDS.chromium, BUILDS.firefox]) {
        const found = filesOf(dir, '.js').filter(([, code]) => /(?<![\w$.])(?:new\s+)?Function\s*\(/.test(code));
        expect(found.map(([file]) => file)).toEqual([]);
      }
    });
  });

  describe.each([
    ['chrome-mv3', BUILDS.chromium],
    ['firefox-mv3', BUILDS.firefox],
  ] as const)('the %s manifest', (_name, dir) => {
    const manifest = readManifest(dir);

    it(`has icons at ${ICON_SIZES.join(', ')} px, each a PNG of that size`, () => {
      expect(Object.keys(manifest.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(ICON_SIZES);
      for (const [size, path] of Object.entries(manifest.icons ?? {})) {
        expect(pngSize(join(dir, path)), path).toEqual([Number(size), Number(size)]);
      }
    });

    it('has its name, description and action title localised in every locale, within the stores’ limits', () => {
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      expect(manifest.default_locale).toBe('en');
      const locales = readdirSync(join(dir, '_locales'));
      expect(locales).toEqual(expect.arrayContaining(['en', 'ja']));
      for (const locale of locales) {
        const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<
          string,
          { message: string }
        >;
        const name = messages.extName?.message ?? '';
        const description = messages.extDescription?.message ?? '';
        expect(name.length, `${locale} name`).toBeGreaterThan(0);
        // Chrome: name ≤ 75 characters, description ≤ 132 (AMO allows more).
        expect(name.length, `${locale} name`).toBeLessThanOrEqual(75);
        expect(description.length, `${locale} description`).toBeGreaterThan(0);
        expect(description.length, `${locale} description`).toBeLessThanOrEqual(132);
      }
      const title = manifest.action?.default_title ?? '';
      const titleIsMessage = /^__MSG_\w+__$/.test(title);
      expect(titleIsMessage || title === 'Tebiki', `action title ${title}`).toBe(true);
    });
  });

  it('states in the README what Tebiki does with data (a privacy section)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const privacy = readme.split(/^## Privacy\s*$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(privacy).toMatch(/no network requests/i);
    expect(privacy).toMatch(/never (stores|stores or sends)/i);
    expect(privacy).toMatch(/password or PIN/i);
  });

  describe('npm run zip (in a copy of the project)', () => {
    let project: string;
    let chrome: RunResult;
    let firefox: RunResult;
    let zips: string[];
    beforeAll(async () => {
      project = copyProject('zip');
      // The same two commands as `npm run zip`.
      chrome = await runBin(project, 'wxt', ['zip']);
      firefox = await runBin(project, 'wxt', ['zip', '-b', 'firefox', '--mv3']);
      zips = existsSync(join(project, '.output'))
        ? readdirSync(join(project, '.output')).filter((f) => f.endsWith('.zip'))
        : [];
    }, 300_000);
    afterAll(() => {
      if (project) removeProject(project);
    });

    it('makes the Chrome, Firefox and sources packages', () => {
      expect(chrome.code, chrome.output.slice(-2000)).toBe(0);
      expect(firefox.code, firefox.output.slice(-2000)).toBe(0);
      expect(zips.some((z) => z.endsWith('-chrome.zip'))).toBe(true);
      expect(zips.some((z) => z.endsWith('-firefox.zip'))).toBe(true);
      expect(zips.some((z) => z.endsWith('-sources.zip'))).toBe(true);
    });

    it('puts the manifest at the root of each package and no source maps or dependencies in them', async () => {
      for (const zip of zips) {
        const list = await run(project, 'unzip', ['-Z1', join(project, '.output', zip)]);
        expect(list.code, `unzip -Z1 ${zip}`).toBe(0);
        const files = list.output.split('\n').filter(Boolean);
        if (zip.endsWith('-sources.zip')) {
          expect(files, zip).toContain('package.json');
          expect(files, zip).toContain('package-lock.json');
          expect(
            files.filter((f) => f.startsWith('node_modules/') || f.startsWith('.output/')),
            zip,
          ).toEqual([]);
        } else {
          expect(files, zip).toContain('manifest.json');
          expect(
            files.filter((f) => f.endsWith('.map')),
            zip,
          ).toEqual([]);
        }
      }
    });

    it('lints the Firefox package itself with no errors', async () => {
      const zip = zips.find((z) => z.endsWith('-firefox.zip'));
      expect(zip).toBeDefined();
      const dir = join(project, '.output', 'firefox-unzipped');
      await run(project, 'unzip', ['-q', '-o', join(project, '.output', zip!), '-d', dir]);
      const report = await lint(dir);
      expect(report.errors).toEqual([]);
    });
  });
});
