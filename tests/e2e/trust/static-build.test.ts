/**
 * Issue 7, point 1 (static half), over both builds: no remote code, no eval, a strict CSP, and exactly the
 * permissions the README's permission table justifies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_BUILDS as BUILDS } from '../harness/paths';
import { filesOf, parseCsp, readManifest, readmePermissions, ROOT, withoutBundledData } from './lib/build-files';

/** Ways code could load or send something remote, with an http(s) URL written in place. */
const REMOTE_CODE: [what: string, pattern: RegExp][] = [
  ['fetch of a remote URL', /\bfetch\(\s*[`'"](?:https?:)?\/\//],
  ['importScripts of a remote URL', /\bimportScripts\([^)]*[`'"](?:https?:)?\/\//],
  ['dynamic import of a remote URL', /\bimport\(\s*[`'"](?:https?:)?\/\//],
  ['static import of a remote URL', /\bfrom\s*[`'"](?:https?:)?\/\//],
  ['XMLHttpRequest.open of a remote URL', /\.open\(\s*[`'"][A-Za-z]+[`'"]\s*,\s*[`'"](?:https?:)?\/\//],
  [
    'worker, socket or event source at a remote URL',
    /new\s+(?:Shared)?(?:Worker|WebSocket|EventSource)\(\s*[`'"](?:https?|wss?):/,
  ],
  ['beacon to a remote URL', /sendBeacon\(\s*[`'"]https?:/],
  ['script or frame src set to a remote URL', /\.src\s*=\s*[`'"](?:https?:)?\/\//],
  ['src/href attribute set to a remote URL', /setAttribute\(\s*[`'"](?:src|href)[`'"]\s*,\s*[`'"](?:https?:)?\/\//],
];

/** Ways to turn a string into code. */
const EVAL: [what: string, pattern: RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['Function constructor', /(?<![\w$.])(?:new\s+)?Function\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\(\s*[`'"]/],
];

/**
 * http(s) URLs that may appear in the built code outside the bundled dictionary/checklist data, and why each is
 * harmless: XML namespaces (preact creates SVG/MathML elements with them), libraries' error and notice texts,
 * and the content script's match patterns built from the portal hosts.
 */
const EXPLAINED_URLS: [pattern: RegExp, why: string][] = [
  [
    /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
    'XML namespace',
  ],
  [/^https:\/\/(www\.)?i18next\.com\//, "i18next's log text"],
  [/^https:\/\/locize\.com/, "i18next's notice text (disabled by showSupportNotice: false)"],
  [/^https:\/\/wxt\.dev\//, "WXT's error text"],
  [/^https:\/\/github\.com\/wxt-dev\/wxt\/issues\//, "WXT's error text"],
  [/^https:\/\/\$\{/, 'match pattern built from a portal host'],
];

describe.each([
  ['chrome-mv3', BUILDS.chromium],
  ['firefox-mv3', BUILDS.firefox],
] as const)('the %s build', (name, dir) => {
  const manifest = readManifest(dir);
  const scripts = filesOf(dir, '.js');
  const pages = filesOf(dir, '.html');

  it('loads no remote code: no remote URL in fetch, import, importScripts, XHR, workers or src', () => {
    const found = scripts.flatMap(([file, code]) =>
      REMOTE_CODE.filter(([, re]) => re.test(code)).map(([what]) => `${file}: ${what}`),
    );
    expect(found).toEqual([]);
    expect(scripts.length).toBeGreaterThan(3);
  });

  it('holds no http(s) URL outside the bundled dictionary data but explained library strings', () => {
    const unexplained = scripts.flatMap(([file, code]) =>
      [...new Set(withoutBundledData(code).match(/https?:\/\/[^\s"'`\\)]+/g) ?? [])]
        .filter((url) => !EXPLAINED_URLS.some(([re]) => re.test(url)))
        .map((url) => `${file}: ${url}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('loads its pages’ scripts and styles from the package only', () => {
    const remote = pages.flatMap(([file, html]) =>
      [...html.matchAll(/<(script|link|iframe|img)\b[^>]*\b(?:src|href)=["']([^"']+)["']/g)]
        .filter(([, , url]) => !url!.startsWith('/') && !url!.startsWith('./') && !/^[\w-]+\.\w+$/.test(url!))
        .map(([, tag, url]) => `${file}: <${tag}> ${url}`),
    );
    expect(remote).toEqual([]);
    expect(pages.flatMap(([file, html]) => (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html) ? [file] : []))).toEqual([]);
  });

  it('contains no eval, Function constructor or string timers', () => {
    const found = scripts.flatMap(([file, code]) =>
      EVAL.flatMap(([what, re]) => {
        const match = re.exec(code);
        if (!match) return [];
        const line = code.slice(0, match.index).split('\n').length;
        const column = match.index - code.lastIndexOf('\n', match.index - 1);
        return [`${file}:${line}:${column}: ${what}: …${code.slice(match.index - 60, match.index + 40)}…`];
      }),
    );
    expect(found).toEqual([]);
  });

  it("sets a strict CSP for its pages: default-src and script-src 'self', object-src 'none', nothing remote", () => {
    const policies = manifest.content_security_policy ?? {};
    expect(Object.keys(policies)).toEqual(['extension_pages']);
    const csp = parseCsp(policies.extension_pages!);
    // default-src 'self' covers connect-src: the browser refuses any fetch of an extension page to another origin.
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(csp.get('object-src')?.join(' '));
    const loose = [...csp.entries()].flatMap(([directive, sources]) =>
      sources.filter((s) => /unsafe|^https?:|^\*|^data:|^blob:|^wss?:/.test(s)).map((s) => `${directive} ${s}`),
    );
    expect(loose).toEqual([]);
  });

  it('carries no test hook: the popup takes ?tab=ID only in test builds', () => {
    const hooks = scripts.filter(([, code]) => /\.get\(\s*[`"']tab[`"']\s*\)/.test(code)).map(([file]) => file);
    expect(hooks).toEqual([]);
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('asks for exactly the permissions the README’s permission table justifies', () => {
    const readme = readmePermissions(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    const browser = name.startsWith('chrome') ? 'chromium' : 'firefox';
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...readme.api[browser]].sort());
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual([...readme.optional[browser]].sort());
    expect(manifest.optional_host_permissions ?? []).toEqual([]);

    const hosts = manifest.host_permissions ?? [];
    if (!readme.hostBrowsers.includes(browser)) {
      // No host permission at all: the content script runs by its `matches`.
      expect(hosts).toEqual([]);
      return;
    }
    const named = new Set(readme.hosts);
    const unnamed = hosts.filter((h) => !named.has(h));
    // The rest must be covered by the table's counted groups ("the two `jpki.go.jp` hosts").
    for (const group of readme.hostGroups) {
      const inGroup = unnamed.filter((h) => new URL(h.replace('*', 'x')).hostname.endsWith(group.domain));
      expect(inGroup.length, `${group.count} ${group.domain} hosts`).toBe(group.count);
      for (const h of inGroup) unnamed.splice(unnamed.indexOf(h), 1);
    }
    expect(unnamed).toEqual([]);
    expect(readme.hosts.filter((h) => !hosts.includes(h))).toEqual([]);
    expect(hosts.filter((h) => !/^https:\/\/[a-z0-9.-]+\/\*$/.test(h))).toEqual([]);
    // The content script runs only where the host permissions reach.
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.filter((m) => !hosts.includes(m))).toEqual([]);
  });
});
