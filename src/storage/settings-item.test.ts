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
    const chosen = {
      uiLanguage: 'vi',
      disabledPortals: ['etax' as const],
      furigana: false,
      inlineChips: ['other'],
      hoverDelayMs: 1000 as const,
      tooltipSize: 'large' as const,
      focusOnly: true,
    };
    await updateSettings(chosen);
    expect(await readSettings()).toEqual({ settings: chosen, repaired: false });
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
    ).toEqual({ ...DEFAULT_SETTINGS, disabledPortals: ['jpki'], furigana: true, inlineChips: ['keisan', 'other'] });
    expect(sanitizeSettings({ uiLanguage: '__proto__' }).uiLanguage).toBe('auto');
    expect(sanitizeSettings({ uiLanguage: 'pt-BR' }).uiLanguage).toBe('pt-BR');
  });

  it('keep only the hover delays, text sizes and focus-only values the options page offers', () => {
    expect(sanitizeSettings({ hoverDelayMs: 600, tooltipSize: 'small', focusOnly: true })).toMatchObject({
      hoverDelayMs: 600,
      tooltipSize: 'small',
      focusOnly: true,
    });
    for (const [hoverDelayMs, tooltipSize, focusOnly] of [
      [-5, 'huge', 'yes'],
      [350.5, 'constructor', 1],
      ['350', null, null],
      [1e9, {}, []],
    ]) {
      expect(sanitizeSettings({ hoverDelayMs, tooltipSize, focusOnly })).toMatchObject({
        hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
        tooltipSize: DEFAULT_SETTINGS.tooltipSize,
        focusOnly: DEFAULT_SETTINGS.focusOnly,
      });
    }
  });

  it('wait a short moment on hover by default, and not at all on focus only', () => {
    expect(DEFAULT_SETTINGS.hoverDelayMs).toBeGreaterThanOrEqual(300);
    expect(DEFAULT_SETTINGS.hoverDelayMs).toBeLessThanOrEqual(400);
    expect(DEFAULT_SETTINGS.focusOnly).toBe(false);
  });

  it('stored before a setting existed read with its default, not repaired (a new setting needs no migration)', async () => {
    await fakeBrowser.storage.local.set({
      settings: { uiLanguage: 'ko', disabledPortals: [], furigana: true, inlineChips: [] },
    });
    expect(await readSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'ko' }, repaired: false });
  });
});
