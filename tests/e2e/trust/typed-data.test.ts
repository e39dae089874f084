/**
 * Issue 7, point 2: nothing typed is kept, and password/PIN values are never read.
 *
 * The browser runs a copy of the build with one extra content script (lib/trap-build.ts) that wraps, in Tebiki's
 * own content-script world and before Tebiki starts, every way that world could read a secret field. The page
 * hostile/value-trap.html also traps reads in the page's main world. Together, in both browsers:
 *  - main-world trap: Tebiki injects nothing into the page's world that reads a password (and the page's own
 *    reads are seen: control);
 *  - content-script-world trap: Tebiki's content script never reads a secret field's value, selection, validity
 *    or form data. A read made in that world by scripting.executeScript (the same world, in Chromium the
 *    extension's isolated world, in Firefox the extension's sandbox) is recorded: control.
 * What it cannot see: native code paths that don't go through script (autofill, the browser's own password
 * manager), which are not Tebiki's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Driver } from '../harness/driver';
import { waitForOverlay, waitForTooltip } from '../harness/overlay';
import { replica, REPLICA_PAGES } from '../harness/pages';
import { patchSettings } from '../harness/settings';
import { dumpExtensionStorage, useOptions, usePopup, type StorageDump } from './lib/extension-ui';
import { inContentWorld, makeTrapBuild, removeTrapBuild, trapReport, type TrapRead } from './lib/trap-build';
import { typeIntoEveryField, type FieldInfo } from './lib/typing';

const PAGES = REPLICA_PAGES.filter((p) => !p.frame && !p.bench);
const TRAP_PAGE = replica('hostile/value-trap.html');
/** Typed values shorter than this can't be told apart from other stored text, and are not searched for. */
const MIN_MARKER = 4;

function places(dump: StorageDump): [string, string][] {
  return [
    ['storage.local', dump.local],
    ['storage.sync', dump.sync],
    ['storage.session', dump.session],
    ['IndexedDB', dump.indexedDB],
    ['localStorage', dump.localStorage],
    ['CacheStorage', dump.caches],
  ];
}

describe.each(BROWSERS)('in %s, nothing typed is kept and secrets are never read', (browserName) => {
  let driver: Driver;
  let trapBuild: string;
  let before: StorageDump;
  let after: StorageDump;
  const typed: { page: string; field: FieldInfo; typed: string }[] = [];
  const secretReads: { page: string; reads: TrapRead[]; installed: boolean }[] = [];

  beforeAll(async () => {
    trapBuild = makeTrapBuild(browserName);
    driver = await launch(browserName, { extension: trapBuild });
    before = await dumpExtensionStorage(driver);
    await patchSettings(driver, { inlineChips: [...new Set(PAGES.map((p) => p.portal))] });
    for (const [index, replicaPage] of PAGES.entries()) {
      const page = await driver.open(replicaPage.url);
      await waitForOverlay(page);
      for (const entry of await typeIntoEveryField(browserName, page, index))
        typed.push({ page: replicaPage.file, ...entry });
      const report = await trapReport(driver, page.url());
      secretReads.push({
        page: replicaPage.file,
        reads: report.frames.flatMap((f) => f.reads),
        installed: report.frames.every((f) => f.installed),
      });
      if (index === 0) await usePopup(driver, page);
      await page.close();
    }
    await useOptions(driver);
    await new Promise((r) => setTimeout(r, 1000));
    after = await dumpExtensionStorage(driver);
  }, 600_000);
  afterAll(async () => {
    await driver?.close();
    if (trapBuild) removeTrapBuild(trapBuild);
  });

  it('typed a marker into every kind of field (text, PIN/password, select, textarea, tel, email)', () => {
    const kinds = new Set(typed.map((t) => t.field.type));
    for (const kind of ['text', 'password', 'select-one', 'textarea', 'tel', 'email']) expect(kinds).toContain(kind);
    const searched = typed.filter((t) => t.typed.length >= MIN_MARKER);
    expect(searched.length).toBeGreaterThan(typed.length * 0.7);
  });

  it('reads every storage area, IndexedDB, localStorage and CacheStorage of the extension', () => {
    expect(after.unreadable).toEqual([]);
    expect(after.local).toContain('settings');
  });

  it('keeps none of the typed values in storage (local, sync, session), IndexedDB, localStorage or caches', () => {
    const found: string[] = [];
    for (const { page, field, typed: value } of typed) {
      if (value.length < MIN_MARKER) continue;
      for (const [place, text] of places(after)) {
        const was = places(before).find(([p]) => p === place)![1];
        if (text.includes(value) && !was.includes(value)) found.push(`${page} #${field.id} "${value}" in ${place}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('never read a password or PIN field on any replica page (content-script world trap)', () => {
    expect(secretReads.filter((s) => !s.installed).map((s) => s.page)).toEqual([]);
    expect(secretReads.filter((s) => s.reads.length > 0)).toEqual([]);
  });

  it('never reads a password or PIN value on the trap page, in the page’s world or in its own', async () => {
    const page = await driver.open(TRAP_PAGE.url);
    expect(await waitForOverlay(page)).toBe(true);
    // Control, main world: the page's trap records the page's own read.
    const pageControl = await page.evaluate(() => {
      const w = window as unknown as { __valueReads: unknown[] };
      void document.querySelector<HTMLInputElement>('#currentPin')!.value;
      const seen = w.__valueReads.length;
      w.__valueReads.length = 0;
      return seen;
    }, undefined);
    expect(pageControl).toBe(1);

    await patchSettings(driver, { inlineChips: ['jpki'] });
    for (const id of ['currentPin', 'newPin', 'newPin2', 'userPin']) {
      await page.focus(`#${id}`);
      expect(await waitForTooltip(page, (t) => t !== null)).not.toBeNull();
      await page.type!(`#${id}`, id === 'userPin' ? '4321' : 'AB12CD34');
      await page.hover(`label[for="${id}"]`);
      await page.hover(`#${id}`);
      await page.press('Tab');
    }
    await page.press('Escape');
    await usePopup(driver, page);
    await new Promise((r) => setTimeout(r, 500));

    const pageReads = await page.evaluate(
      () => (window as unknown as { __valueReads: unknown[] }).__valueReads,
      undefined,
    );
    expect(pageReads).toEqual([]);
    const report = await trapReport(driver, TRAP_PAGE.url);
    expect(report.frames.map((f) => f.installed)).toEqual([true]);
    expect(report.frames.flatMap((f) => f.reads)).toEqual([]);

    // Control, content-script world: a read made there (as Tebiki's code would) is recorded, by the input's own
    // getter and by the prototype's; the page's trap does not see it (another world).
    await inContentWorld(driver, TRAP_PAGE.url, 'readSecret');
    const afterControl = await trapReport(driver, TRAP_PAGE.url);
    const whats = afterControl.frames.flatMap((f) => f.reads.map((r) => r.what));
    expect(whats).toEqual(expect.arrayContaining(['value (own)', 'value']));
    expect(
      await page.evaluate(() => (window as unknown as { __valueReads: unknown[] }).__valueReads.length, undefined),
    ).toBe(0);
    await patchSettings(driver, { inlineChips: [] });
    await page.close();
  });
});
