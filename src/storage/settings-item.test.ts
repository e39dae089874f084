import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, sanitizeSettings, updateSettings } from './items';

beforeEach(() => fakeBrowser.reset());

describe('stored settings', () => {
  it('are the defaults, not repaired, on the first run (WXT reads a stored null as nothing stored)', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
    await fakeBrowser.storage.local.set({ settings: null });
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('keep what the user set, not repaired', async () => {
    await updateSettings({ uiLanguage: 'vi', disabledPortals: ['etax'], furigana: false, inlineChips: ['other'] });
    expect(await readSettings()).toEqual({
      settings: { uiLanguage: 'vi', disabledPortals: ['etax'], furigana: false, inlineChips: ['other'] },
      repaired: false,
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', ['keisan']],
    ['wrong types', { uiLanguage: 42, disabledPortals: 'keisan', furigana: 'yes', inlineChips: { keisan: true } }],
    ['an old shape', { language: 'ja', portalsOff: { keisan: true }, showReadings: 0 }],
  ])('of the wrong shape (%s) read as the defaults, marked repaired', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it('keep only languages, portals and page keys Tebiki knows', () => {
    expect(
      sanitizeSettings({
        uiLanguage: 'xx-YY',
        disabledPortals: [1, null, 'nowhere', 'constructor', 'jpki', 'jpki'],
        furigana: true,
        inlineChips: ['__proto__', 'keisan', 7, 'other'],
      }),
    ).toEqual({ uiLanguage: 'auto', disabledPortals: ['jpki'], furigana: true, inlineChips: ['keisan', 'other'] });
    expect(sanitizeSettings({ uiLanguage: '__proto__' }).uiLanguage).toBe('auto');
    expect(sanitizeSettings({ uiLanguage: 'pt-BR' }).uiLanguage).toBe('pt-BR');
  });
});
