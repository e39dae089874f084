/**
 * For tests of code that reads language packs (the background's reminders, the router): serves the packs built
 * from the real data (scripts/i18n/) at their extension URLs through a stubbed `fetch`.
 */
import { vi } from 'vitest';
import { buildPacksFromDisk } from '@/scripts/i18n/load';
import type { PackBuild } from '@/scripts/i18n/language-packs';

let built: PackBuild | undefined;

/** The packs of the real data, built once per test file. */
export function realPacks(): PackBuild['packs'] {
  built ??= buildPacksFromDisk();
  return built.packs;
}

/**
 * Stubs `fetch` so that `…/lang/<lang>.json` answers the built pack (404 for anything else); undo with
 * `vi.unstubAllGlobals()`.
 */
export function serveLanguagePacks(): void {
  const packs = realPacks() as Record<string, unknown>;
  vi.stubGlobal('fetch', (url: string | URL) => {
    const lang = /\/lang\/([\w-]+)\.json$/.exec(String(url))?.[1];
    const pack = lang === undefined ? undefined : packs[lang];
    return Promise.resolve(pack ? new Response(JSON.stringify(pack)) : new Response('', { status: 404 }));
  });
}
