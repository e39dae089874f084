import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_PACK_FORMAT, type LanguagePack } from '@/src/dictionary/language-pack';
import { emptyIndex } from '@/src/dictionary/compiled-index';
import { loadCatalogue, loadLanguagePack, packFitsIndex } from './language-pack-client';

const vi_pack: LanguagePack = {
  format: LANGUAGE_PACK_FORMAT,
  lang: 'vi',
  gloss: [],
  hint: [],
  messages: { 'tooltip.more': 'Thêm' },
  texts: {},
};

describe("the content script's language pack", () => {
  it("asks the background for the user's language, closest match first", async () => {
    const ask = vi.fn(() => Promise.resolve(vi_pack));
    expect(await loadLanguagePack('vi-VN', ask)).toBe(vi_pack);
    expect(ask).toHaveBeenCalledWith('vi');
  });

  it('never asks for English, which is bundled', async () => {
    const ask = vi.fn(() => Promise.resolve(vi_pack));
    expect(await loadLanguagePack('en-US', ask)).toBeNull();
    expect(await loadLanguagePack('de', ask)).toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });

  it.each([
    ['no answer', () => Promise.resolve(undefined)],
    ['a pack of another language', () => Promise.resolve({ ...vi_pack, lang: 'ko' })],
    ['a failed message (the extension was reloaded)', () => Promise.reject(new Error('context invalidated'))],
  ])('falls back to English on %s', async (_what, ask) => {
    expect(await loadLanguagePack('vi', ask)).toBeNull();
    const catalogue = await loadCatalogue('vi', ask);
    expect(catalogue.entry('tooltip.more')).toEqual({ text: 'More', lang: 'en', fallback: true });
  });

  it("gives the catalogue the pack's messages", async () => {
    const catalogue = await loadCatalogue('vi', () => Promise.resolve(vi_pack));
    expect(catalogue.t('tooltip.more')).toBe('Thêm');
    expect(catalogue.entry('tooltip.less').fallback).toBe(true);
  });

  it('fits an index only with one gloss per entry', () => {
    const index = emptyIndex();
    expect(packFitsIndex(vi_pack, index)).toBe(true);
    expect(packFitsIndex({ ...vi_pack, gloss: [''], hint: [''] }, index)).toBe(false);
  });
});
