/**
 * Using Tebiki's own pages from a test: the popup (opened for a tab), the options page (the extension page the
 * harness runs `inExtension` in is options.html in both browsers), and dumping everything the extension stored.
 */
import type { Driver, TestPage } from '../../harness/driver';

export interface PopupUse {
  /** The popup rendered its "This page" section (a portal's facts, or the "not a portal" text). */
  rendered: boolean;
  portal: string | null;
  notPortal: boolean;
  /** Toggles clicked (inline chips off and on again). */
  toggled: number;
  /** The error the popup showed after "Annotate this page", if it was clicked. */
  annotateError: string | null;
  text: string;
}

/**
 * Opens the popup for `page`, flips the inline-chips toggle off and on (or clicks "Annotate this page"). On a portal
 * page the popup is opened again (up to 3 times) while it says "not a portal": the content script answers the popup
 * only once it has started.
 */
export async function usePopup(
  driver: Driver,
  page: TestPage,
  { annotate = false, portal }: { annotate?: boolean; portal?: boolean } = {},
): Promise<PopupUse> {
  const onPortal = portal ?? !annotate;
  let use: PopupUse | null = null;
  for (let attempt = 0; attempt < 3 && (!use || (onPortal && use.notPortal)); attempt++) {
    const popup = await driver.openPopup(page);
    use = await popup.evaluate(
      async ({ annotate }) => {
        const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
        const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        const end = Date.now() + 5_000;
        while (Date.now() < end && !q('portal-name') && !q('not-portal')) await sleep(50);
        let toggled = 0;
        for (let i = 0; i < 2; i++) {
          const until = Date.now() + 2_000;
          while (Date.now() < until && q('portal-name') && !q('inline-toggle')) await sleep(50);
          const toggle = q('inline-toggle');
          if (!toggle) break;
          toggle.click();
          toggled++;
          await sleep(400);
        }
        let annotateError: string | null = null;
        if (annotate && q('annotate')) {
          q('annotate')!.click();
          const until = Date.now() + 3_000;
          while (Date.now() < until && !document.querySelector('[role="alert"]') && !q('portal-name')) await sleep(50);
          annotateError = document.querySelector('[role="alert"]')?.textContent ?? null;
        }
        return {
          rendered: !!(q('portal-name') ?? q('not-portal')),
          portal: q('portal-name')?.textContent ?? null,
          notPortal: !!q('not-portal'),
          toggled,
          annotateError,
          text: document.body.innerText,
        };
      },
      { annotate },
    );
    await popup.close();
    if (onPortal && use.notPortal) await new Promise((r) => setTimeout(r, 500));
  }
  return use!;
}

export interface OptionsUse {
  rendered: boolean;
  checkboxes: number;
  changed: number;
  text: string;
}

/**
 * Uses the options page: switches the language to Japanese and back, and flips every checkbox of its settings view
 * (portals, furigana) off and on again. Reloads it first so that it renders what is stored now.
 */
export async function useOptions(driver: Driver, { reload = true } = {}): Promise<OptionsUse> {
  if (reload) {
    await driver.inExtension(() => {
      setTimeout(() => location.reload(), 0);
    }, undefined);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return driver.inExtension(async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // The settings view (options.html#settings); the page opens on the checklist.
    if (location.hash !== '#settings') location.hash = '#settings';
    const end = Date.now() + 5_000;
    while (Date.now() < end && !document.querySelector('[data-testid="settings"] input[type="checkbox"]'))
      await sleep(50);
    let changed = 0;
    const language = document.querySelector<HTMLSelectElement>('select#language');
    if (language) {
      for (const value of ['ja', 'auto']) {
        language.value = value;
        language.dispatchEvent(new Event('change', { bubbles: true }));
        changed++;
        await sleep(300);
      }
    }
    const boxes = () =>
      Array.from(document.querySelectorAll<HTMLInputElement>('[data-testid="settings"] input[type="checkbox"]'));
    const count = boxes().length;
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < 2; k++) {
        boxes()[i]?.click();
        changed++;
        await sleep(150);
      }
    }
    return {
      rendered: !!document.querySelector('h1') && !!language,
      checkboxes: count,
      changed,
      text: document.body.innerText,
    };
  }, undefined);
}

/** Everything the extension keeps, as one JSON text per place: storage areas, IndexedDB, localStorage, caches. */
export interface StorageDump {
  local: string;
  sync: string;
  session: string;
  indexedDB: string;
  localStorage: string;
  caches: string;
  /** Places that could not be read, with the reason. */
  unreadable: string[];
}

/** Dumps the extension's storage from an extension page. */
export function dumpExtensionStorage(driver: Driver): Promise<StorageDump> {
  return driver.inExtension(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const g = globalThis as unknown as {
      browser?: { storage: Record<string, Area | undefined> };
      chrome: { storage: Record<string, Area | undefined> };
    };
    const storage = (g.browser ?? g.chrome).storage;
    const unreadable: string[] = [];
    const area = async (name: string) => {
      try {
        const a = storage[name];
        if (!a) throw new Error('no such area');
        return JSON.stringify(await a.get(null));
      } catch (e) {
        unreadable.push(`storage.${name}: ${String(e)}`);
        return '';
      }
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    let idb = '';
    try {
      const out: Record<string, Record<string, unknown[]>> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await request(indexedDB.open(info.name));
        const stores: Record<string, unknown[]> = {};
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          stores[storeName] = [keys, values];
        }
        db.close();
        out[info.name] = stores;
      }
      idb = JSON.stringify(out);
    } catch (e) {
      unreadable.push(`indexedDB: ${String(e)}`);
    }
    let cacheText = '';
    try {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out[name] = [];
        for (const req of await cache.keys()) {
          const res = await cache.match(req);
          out[name].push(`${req.url} ${res ? await res.text() : ''}`);
        }
      }
      cacheText = JSON.stringify(out);
    } catch (e) {
      unreadable.push(`caches: ${String(e)}`);
    }
    return {
      local: await area('local'),
      sync: await area('sync'),
      session: await area('session'),
      indexedDB: idb,
      localStorage: JSON.stringify({ ...localStorage }),
      caches: cacheText,
      unreadable,
    };
  }, undefined);
}
