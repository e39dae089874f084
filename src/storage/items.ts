/**
 * Every storage item Tebiki keeps, declared in one place. Store only what the user set: never anything typed into
 * a page, never page content. Each item is versioned so that a change of shape comes with a migration.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  CHECKLIST_STATE_VERSION,
  migrateState,
  type ChecklistState,
  type MigrationResult,
} from '@/src/checklist/state';
import { LANGUAGES } from '@/src/i18n/languages';
import { releaseReminderPermissions } from '@/src/permissions/reminders';
import { PORTALS, type PortalId } from '@/src/portals/portals';

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

/** The values each setting may take: a language, portal or page key not in these lists is dropped. */
const LANGUAGE_CHOICES = new Set<string>(['auto', ...LANGUAGES]);
const PORTAL_IDS = new Set<string>(PORTALS.map((portal) => portal.id));
const CHIP_KEYS = new Set<string>([...PORTAL_IDS, portalKey(undefined)]);

/** The known strings of a stored list, once each; anything else (or a list that is not one) gives []. */
function knownStrings(value: unknown, known: ReadonlySet<string>): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && known.has(v)))];
}

/** Coerces whatever is stored into valid settings, so a damaged value never breaks the UI. */
export function sanitizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    uiLanguage:
      typeof raw.uiLanguage === 'string' && LANGUAGE_CHOICES.has(raw.uiLanguage)
        ? raw.uiLanguage
        : DEFAULT_SETTINGS.uiLanguage,
    disabledPortals: knownStrings(raw.disabledPortals, PORTAL_IDS) as PortalId[],
    furigana: typeof raw.furigana === 'boolean' ? raw.furigana : DEFAULT_SETTINGS.furigana,
    inlineChips: knownStrings(raw.inlineChips, CHIP_KEYS),
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, repairing a value of the wrong shape. */
export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Reads the settings and says whether what was stored had to be repaired (a damaged or foreign value): the options
 * page then tells the user and stores the repaired settings, so the message shows once.
 */
export async function readSettings(): Promise<{ settings: Settings; repaired: boolean }> {
  const stored: unknown = await settingsItem.getValue();
  const settings = sanitizeSettings(stored);
  const same =
    typeof stored === 'object' &&
    stored !== null &&
    Object.keys(stored).length === Object.keys(settings).length &&
    (Object.keys(settings) as (keyof Settings)[]).every(
      (key) => JSON.stringify((stored as Settings)[key]) === JSON.stringify(settings[key]),
    );
  return { settings, repaired: !same };
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

/**
 * The checklist state (answers, ticks, dates, reminder opt-in), shared by the popup, the options page, the
 * background's reminders and the content script. Stored raw and read through migrateState (src/checklist/state.ts),
 * which carries the shape's own version and migrations, so that a damaged or older value is repaired on read.
 */
export const checklistItem = storage.defineItem<unknown>('local:checklist', { fallback: null });

/**
 * Reads the checklist state, migrated and repaired. When migration changed what was stored, the result is written
 * back, so that its message (`result.message`) is shown once.
 */
export async function getChecklistState(): Promise<MigrationResult> {
  const raw = await checklistItem.getValue();
  const result = migrateState(raw);
  const stale = isRecord(raw) && raw['version'] !== CHECKLIST_STATE_VERSION;
  if (raw !== null && raw !== undefined && (result.message || stale)) await checklistItem.setValue(result.state);
  return result;
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Changes the checklist state. Changes are applied one after another, each to the result of the previous one, so
 * that quick ticks in a row are all kept.
 * @example await updateChecklistState((s) => ({ ...s, reminders: true }))
 */
export function updateChecklistState(change: (state: ChecklistState) => ChecklistState): Promise<ChecklistState> {
  const next = pending.then(async () => {
    const { state } = migrateState(await checklistItem.getValue());
    const changed = change(state);
    await checklistItem.setValue(changed);
    return changed;
  });
  pending = next.catch(() => undefined);
  return next;
}

/** Resolves once every change of the checklist state asked for so far is stored. */
export async function checklistSaved(): Promise<void> {
  await pending;
}

/** Calls `onChange` with the migrated state whenever it changes in storage (in any extension context). */
export function watchChecklistState(onChange: (state: ChecklistState) => void): () => void {
  return checklistItem.watch((raw) => onChange(migrateState(raw).state));
}

/**
 * Deletes everything Tebiki stored: every storage area of the extension (settings, checklist, dates) and every
 * alarm; notifications still on screen are closed. What the browser keeps about the extension itself (its
 * installation) is the browser's.
 */
export async function deleteEverything(): Promise<void> {
  await browser.alarms?.clearAll();
  const areas = [browser.storage.local, browser.storage.sync, browser.storage.session];
  // sync and session are unused today; clearing them keeps the promise true if a later version uses them.
  for (const area of areas) await area?.clear().catch(() => undefined);
  const shown = (await browser.notifications?.getAll().catch(() => ({}))) ?? {};
  for (const id of Object.keys(shown)) await browser.notifications.clear(id);
  await releaseReminderPermissions();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
