/**
 * Every storage item Tebiki keeps, declared in one place. Store only what the user set: never anything typed into
 * a page, never page content. Each item is versioned so that a change of shape comes with a migration.
 */
import { storage } from 'wxt/utils/storage';
import type { PortalId } from '@/src/portals/portals';

export interface Settings {
  /** UI language chosen in the picker; 'auto' follows the browser. */
  uiLanguage: string;
  /** Portals where the user turned Tebiki off. Absent means on. */
  disabledPortals: PortalId[];
  /** Show furigana (readings) above Japanese in the tooltip. */
  furigana: boolean;
  /** Portals (or 'other' for pages annotated on request) where inline chips show beside labels. */
  inlineChips: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  disabledPortals: [],
  furigana: true,
  inlineChips: [],
};

/** Coerces whatever is stored into valid settings, so a damaged value never breaks the UI. */
export function sanitizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    uiLanguage: typeof raw.uiLanguage === 'string' && raw.uiLanguage ? raw.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
    disabledPortals: Array.isArray(raw.disabledPortals)
      ? raw.disabledPortals.filter((id): id is PortalId => typeof id === 'string')
      : [],
    furigana: typeof raw.furigana === 'boolean' ? raw.furigana : DEFAULT_SETTINGS.furigana,
    inlineChips: Array.isArray(raw.inlineChips)
      ? raw.inlineChips.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, repairing a value of the wrong shape. */
export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Changes some settings and keeps the rest. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** The key a page's per-portal settings are kept under: the portal id, or 'other' for pages annotated on request. */
export function portalKey(portal: PortalId | undefined): string {
  return portal ?? 'other';
}

/** Whether the user left Tebiki on for a portal. */
export function isPortalEnabled(settings: Settings, portal: PortalId): boolean {
  return !settings.disabledPortals.includes(portal);
}
