/**
 * Reading request records for the privacy tests: which URLs are the replica pages' own, and which hosts are the
 * browser's own background services (they reach the escape proxy with or without any extension).
 */
import { REPLICA_PAGES } from '../../harness/pages';

/** Hosts of the replica pages (all are portal hosts, or the one non-portal test host). */
export const REPLICA_HOSTS = new Set([...REPLICA_PAGES.map((p) => new URL(p.url).host), 'www.example.go.jp']);

/**
 * The browsers' own services, contacted by the browser itself whatever extension is loaded (seen with and without
 * Tebiki): Chromium's component updater, account and autofill services; Firefox's remote settings and telemetry.
 */
const BROWSER_SERVICE_HOSTS = [
  /(^|\.)google\.com$/,
  /(^|\.)googleapis\.com$/,
  /(^|\.)gstatic\.com$/,
  /(^|\.)gvt1\.com$/,
  /(^|\.)googleusercontent\.com$/,
  /(^|\.)mozilla\.(com|net|org)$/,
  /(^|\.)firefox\.com$/,
  /(^|\.)mozaws\.net$/,
];

export function isBrowserServiceHost(host: string): boolean {
  return BROWSER_SERVICE_HOSTS.some((re) => re.test(host));
}

/** "host:port" or an absolute URL, as the escape proxy records them, to a host name. */
export function hostOf(target: string): string {
  if (/^[a-z]+:\/\//i.test(target)) return new URL(target).hostname;
  return target.replace(/:\d+$/, '');
}

/** A URL without its fragment; the form a request log and a page list can be compared in. */
export function normalise(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** Whether a URL is one the replica pages themselves load: a registered page, or its host's favicon. */
export function isReplicaUrl(url: string): boolean {
  const u = new URL(url);
  if (u.pathname === '/favicon.ico' && REPLICA_HOSTS.has(u.host)) return true;
  return REPLICA_PAGES.some((p) => {
    const r = new URL(p.url);
    return r.host === u.host && r.pathname === u.pathname;
  });
}
