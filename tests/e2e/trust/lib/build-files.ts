/**
 * Reading the built extensions (.output/chrome-mv3, .output/firefox-mv3) and the README's permission table, for the
 * static trust tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILDS } from '../../harness/paths';

export const ROOT = resolve(BUILDS.chromium, '../..');

export interface Manifest {
  name: string;
  description: string;
  default_locale?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: Record<string, string>;
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  icons?: Record<string, string>;
  action?: { default_title?: string; default_icon?: Record<string, string> | string; default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file under `dir` with the given extension, as [path relative to dir, text]. */
export function filesOf(dir: string, ext: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(ext)) out.push([relative(dir, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(dir);
  return out;
}

/**
 * The code with the bundled data taken out: the dictionaries and checklists are compiled into `JSON.parse("…")`
 * string literals (the Vite plugins); what remains is code and the libraries' own strings.
 */
export function withoutBundledData(code: string): string {
  return code.replace(/JSON\.parse\((["'`])(?:\\.|(?!\1)[^\\])*\1\)/gs, 'JSON.parse(DATA)');
}

/** Parsed CSP: directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What the README's permission table names, per browser. */
export interface ReadmePermissions {
  /** API permissions (`storage`, `offscreen`, …), with "(Chrome only)" / "(Firefox only)" applied. */
  api: { chromium: string[]; firefox: string[] };
  /** Optional API permissions (rows that start with "optional:"), per browser likewise. */
  optional: { chromium: string[]; firefox: string[] };
  /** Host patterns named one by one. */
  hosts: string[];
  /** The browsers that get the host permissions ("(Firefox only)" on the row limits them). */
  hostBrowsers: ('chromium' | 'firefox')[];
  /** Host groups named by count: "the four e-Tax hosts" → { count: 4, domain: 'e-tax.nta.go.jp' }. */
  hostGroups: { count: number; domain: string }[];
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** Names the README uses for hosts, besides domain names. */
const HOST_NAMES: Record<string, string> = { 'e-Tax': 'e-tax.nta.go.jp' };

export function readmePermissions(readme: string): ReadmePermissions {
  const section = readme.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  // [first cell, whole row] of each table row after the header
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => [line.split('|')[1]!.trim(), line] as const);
  const api = { chromium: [] as string[], firefox: [] as string[] };
  const optional = { chromium: [] as string[], firefox: [] as string[] };
  const hosts: string[] = [];
  const hostGroups: { count: number; domain: string }[] = [];
  let hostBrowsers: ('chromium' | 'firefox')[] = ['chromium', 'firefox'];
  for (const [first, row] of rows) {
    let cell = first;
    if (/^host permissions/i.test(first)) {
      if (/\(Firefox only\)/i.test(first)) hostBrowsers = ['firefox'];
      if (/\(Chrome only\)/i.test(first)) hostBrowsers = ['chromium'];
      // The hosts may be named in either column: read the whole row.
      cell = row;
      for (const [, token] of cell.matchAll(/`([^`]+)`/g)) {
        if (/^https?:\/\//.test(token!)) hosts.push(token!);
      }
      // "the two `jpki.go.jp` hosts", "the four e-Tax hosts"
      for (const m of cell.matchAll(/the (\w+) (?:`([^`]+)`|([\w-]+)) hosts/g)) {
        const count = NUMBERS[m[1]!.toLowerCase()];
        const domain = m[2] ?? HOST_NAMES[m[3]!] ?? m[3]!;
        if (count) hostGroups.push({ count, domain });
      }
      // bare host names in backticks: `myna.go.jp`, `faq.myna.go.jp`, `www.ras-immi.moj.go.jp`
      for (const [, token] of cell.matchAll(/(?<!the \w+ )`([a-z0-9.-]+\.[a-z]{2,})`(?! hosts)/g)) {
        hosts.push(`https://${token}/*`);
      }
      continue;
    }
    const names = [...cell.matchAll(/`([a-zA-Z.]+)`/g)].map((m) => m[1]!);
    const chromeOnly = /\(Chrome only\)/i.test(cell);
    const firefoxOnly = /\(Firefox only\)/i.test(cell);
    const list = /^optional/i.test(cell) ? optional : api;
    for (const name of names) {
      if (!firefoxOnly) list.chromium.push(name);
      if (!chromeOnly) list.firefox.push(name);
    }
  }
  return { api, optional, hosts, hostGroups, hostBrowsers };
}
