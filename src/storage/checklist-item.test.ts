import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakePermissions } from '@/src/permissions/fake-permissions';
import { CHECKLIST_STATE_VERSION, defaultChecklistState } from '@/src/checklist/state';
import {
  checklistSaved,
  deleteEverything,
  getChecklistState,
  updateChecklistState,
  watchChecklistState,
} from './items';

beforeEach(() => {
  fakeBrowser.reset();
  fakePermissions('grant');
});

const raw = async () => (await fakeBrowser.storage.local.get('checklist'))['checklist'];

describe('the stored checklist state', () => {
  it('is the default, unstored, on the first run', async () => {
    expect(await getChecklistState()).toEqual({ state: defaultChecklistState(), reset: false });
    expect(await raw()).toBeUndefined();
  });

  it('replaces an unreadable value once, with a message to show that one time', async () => {
    await fakeBrowser.storage.local.set({ checklist: 'garbage' });
    const first = await getChecklistState();
    expect(first.reset).toBe(true);
    expect(first.message?.id).toBe('checklist.state.unreadable');
    expect(await raw()).toEqual(defaultChecklistState());
    expect((await getChecklistState()).message).toBeUndefined();
  });

  it('drops anything but a boolean where PINs are ticked, so a PIN never survives', async () => {
    const pinsDecided = { signature: '1234', userAuth: true, residentRegistry: false, cardInfo: false };
    await fakeBrowser.storage.local.set({ checklist: { ...defaultChecklistState(), pinsDecided } });
    const { state, message } = await getChecklistState();
    expect(state.pinsDecided.signature).toBe(false);
    expect(message?.id).toBe('checklist.state.repaired');
    expect(JSON.stringify(await raw())).not.toContain('1234');
  });

  it('keeps every one of several quick changes', async () => {
    void updateChecklistState((s) => ({ ...s, documents: [...s.documents, 'photo'] }));
    void updateChecklistState((s) => ({ ...s, documents: [...s.documents, 'notice'] }));
    void updateChecklistState((s) => ({ ...s, reminders: true }));
    await checklistSaved();
    expect(await raw()).toMatchObject({
      version: CHECKLIST_STATE_VERSION,
      documents: ['photo', 'notice'],
      reminders: true,
    });
  });

  it('tells watchers about changes, migrated', async () => {
    const seen: boolean[] = [];
    const unwatch = watchChecklistState((state) => seen.push(state.reminders));
    await updateChecklistState((s) => ({ ...s, reminders: true }));
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toEqual([true]);
  });
});

describe('deleteEverything', () => {
  it('clears every storage area and every alarm', async () => {
    await updateChecklistState((s) => ({ ...s, reminders: true }));
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ko' } });
    await fakeBrowser.storage.sync.set({ stray: 1 });
    await fakeBrowser.alarms.create('tebiki-reminder:x', { when: Date.now() + 60_000 });
    await deleteEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
