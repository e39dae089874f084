/**
 * A copy of the built extension with one extra content script, `trust-value-trap.js`, that runs at document_start
 * in the extension's own content-script world (Chromium: the extension's isolated world; Firefox: the extension's
 * content-script sandbox) before Tebiki's content script. It wraps every way that world could read what is in a
 * secret field (password or PIN): the value getters on HTMLInputElement.prototype and on each secret input,
 * selection and validity getters, and FormData. Each read is recorded in `globalThis.__tebikiTrust`.
 *
 * Why a copy of the build: a trap set from the page (main world) cannot see a content script's reads, as each world
 * has its own DOM wrappers (Chromium) or sees the page through Xray wrappers that ignore the page's own properties
 * (Firefox). Only code in the content script's own world can. The product's files are unchanged; the copy adds one
 * file and one manifest entry ahead of them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserName, Driver } from '../../harness/driver';
import { BUILDS } from '../../harness/paths';

export const TRAP_FILE = 'trust-value-trap.js';

/** The trap, as it runs in the content-script world. Plain JS: it is written into the copied build as is. */
const TRAP_SOURCE = String.raw`(() => {
  if (globalThis.__tebikiTrust) return;
  const trust = { installed: true, reads: [], frame: location.href };
  globalThis.__tebikiTrust = trust;
  const proto = HTMLInputElement.prototype;
  const typeGetter = Object.getOwnPropertyDescriptor(proto, 'type').get;
  const getAttribute = Element.prototype.getAttribute;
  const SECRET_NAME = /pin|ansho|pass|pswd|passwd|kigou/i;
  const isSecret = (el) => {
    if (!el || typeof el !== 'object') return false;
    let type;
    try { type = typeGetter.call(el); } catch (e) { return false; }
    if (type === 'password') return true;
    const kind = getAttribute.call(el, 'data-kind') || '';
    const name = (getAttribute.call(el, 'name') || '') + ' ' + (getAttribute.call(el, 'id') || '');
    return kind.startsWith('pin-') || getAttribute.call(el, 'autocomplete') === 'one-time-code' || SECRET_NAME.test(name);
  };
  const record = (what, el) => {
    trust.reads.push({
      what,
      field: (el && (getAttribute.call(el, 'id') || getAttribute.call(el, 'name'))) || '?',
      stack: String(new Error().stack || '').split('\n').slice(1, 6).join(' | '),
    });
  };
  // The browser's own value accessor, kept before the prototype is wrapped (the per-input getters below use it).
  const valueDescriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  const getters = ['value', 'valueAsNumber', 'valueAsDate', 'selectionStart', 'selectionEnd', 'selectionDirection',
    'validity', 'validationMessage', 'files'];
  for (const name of getters) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d || !d.get) continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: d.enumerable,
      get() { if (isSecret(this)) record(name, this); return d.get.call(this); },
      set: d.set,
    });
  }
  for (const name of ['checkValidity', 'reportValidity', 'select', 'setRangeText', 'setSelectionRange']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (...args) { if (isSecret(this)) record(name, this); return original.apply(this, args); },
    });
  }
  // Each secret input also gets its own getter (an own property wins over the prototype's, in this world only).
  const armed = new WeakSet();
  const arm = (el) => {
    if (armed.has(el) || !isSecret(el)) return;
    armed.add(el);
    try {
      Object.defineProperty(el, 'value', {
        configurable: true,
        get() { record('value (own)', el); return valueDescriptor.get.call(el); },
        set(v) { valueDescriptor.set.call(el, v); },
      });
    } catch (e) { trust.armError = String(e); }
  };
  const armAll = (root) => {
    for (const el of root.querySelectorAll('input')) arm(el);
  };
  const OriginalFormData = globalThis.FormData;
  globalThis.FormData = function FormData(form, submitter) {
    if (form && typeof form.querySelectorAll === 'function') {
      for (const el of form.querySelectorAll('input')) if (isSecret(el)) record('FormData', el);
    }
    return arguments.length ? new OriginalFormData(...arguments) : new OriginalFormData();
  };
  globalThis.FormData.prototype = OriginalFormData.prototype;
  new MutationObserver(() => armAll(document)).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => armAll(document));
})();
`;

/** The manifest keys a test copy of the build changes. */
interface CopiedManifest {
  content_scripts: { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean }[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
}

/**
 * Copies the build of `browser` to a temporary folder and lets `edit` change its manifest (and add files); returns
 * the folder (remove it after). The product's own files are never changed.
 */
export function copyBuild(browser: BrowserName, edit: (manifest: CopiedManifest, dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `tebiki-copy-${browser}-`));
  cpSync(BUILDS[browser], dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CopiedManifest;
  edit(manifest, dir);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Copies the build of `browser` to a temporary folder and adds the trap; returns the folder (remove it after). */
export function makeTrapBuild(browser: BrowserName): string {
  return copyBuild(browser, (manifest, dir) => addTrap(manifest, dir));
}

function addTrap(manifest: CopiedManifest, dir: string): void {
  writeFileSync(join(dir, TRAP_FILE), TRAP_SOURCE);
  const matches = [...new Set(manifest.content_scripts.flatMap((script) => script.matches))];
  manifest.content_scripts.unshift({ matches, js: [TRAP_FILE], run_at: 'document_start', all_frames: true });
  // The test reads the trap's report with scripting.executeScript on a tab it finds by address: the copy may reach
  // the portal hosts (the Chrome release build holds no host permission; its content script runs by `matches`).
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...matches])];
}

export function removeTrapBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface TrapRead {
  what: string;
  field: string;
  stack: string;
}

export interface TrapReport {
  /** One entry per frame of the tab: whether the trap was there, and what was read. */
  frames: { frame: string; installed: boolean; reads: TrapRead[]; armError?: string }[];
}

/** What can be run in the content-script world (functions must be literal: extension pages forbid eval). */
export type ContentWorldOp = 'report' | 'readSecret' | 'consoleError';

/**
 * Runs an operation in the extension's content-script world of every frame of the tab showing `url`, through
 * scripting.executeScript from an extension page: the world the manifest's content scripts run in.
 * 'report': what the trap recorded; 'readSecret': reads the first password field's value there (the control that
 * proves the trap sees a read made in that world); 'consoleError': logs an error and throws one later there (the
 * control that proves a page's error collector sees that world).
 */
export function inContentWorld(driver: Driver, url: string, op: ContentWorldOp): Promise<unknown[]> {
  return driver.inExtension(
    async ({ url, op }) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
        scripting: {
          executeScript(d: {
            target: { tabId: number; allFrames: boolean };
            func: () => unknown;
          }): Promise<{ result?: unknown }[]>;
        };
      };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (!tab?.id) throw new Error(`No tab at ${url}`);
      const report = () => {
        const trust = (globalThis as unknown as { __tebikiTrust?: Record<string, unknown> & { reads: unknown[] } })
          .__tebikiTrust;
        return trust
          ? { frame: trust.frame, installed: trust.installed, reads: trust.reads.slice(), armError: trust.armError }
          : { frame: location.href, installed: false, reads: [] };
      };
      // Two reads: through the input's own getter, and through the prototype's getter alone.
      const readSecret = () => {
        const input = document.querySelector<HTMLInputElement>('input[type="password"]');
        if (!input) return -1;
        const viaPrototype = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(
          input,
        ) as string;
        return input.value.length + String(viaPrototype).length;
      };
      const consoleError = () => {
        console.error('tebiki-trust-control: console.error in the content-script world');
        setTimeout(() => {
          throw new Error('tebiki-trust-control: uncaught in the content-script world');
        }, 0);
        return true;
      };
      const func = op === 'report' ? report : op === 'readSecret' ? readSecret : consoleError;
      const results = await api.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func });
      return results.map((r) => r.result);
    },
    { url, op },
  );
}

/** What the trap recorded in each frame of the tab showing `url`. */
export async function trapReport(driver: Driver, url: string): Promise<TrapReport> {
  return { frames: (await inContentWorld(driver, url, 'report')) as TrapReport['frames'] };
}
