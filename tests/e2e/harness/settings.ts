/** Changing Tebiki's settings from a test, the way the popup and options page do (extension storage). */
import type { Driver } from './driver';

export interface TestSettings {
  /** 'auto' or a language code (src/i18n/languages.ts). */
  uiLanguage?: string;
  disabledPortals?: string[];
  inlineChips?: string[];
  furigana?: boolean;
}

/** Merges `patch` into the stored settings (storage.local key "settings", declared in src/storage/items.ts). */
export function patchSettings(driver: Driver, patch: TestSettings): Promise<void> {
  return driver.inExtension(async (change) => {
    type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    const current = (await local.get('settings')).settings ?? {};
    await local.set({ settings: { ...current, ...change } });
  }, patch);
}
