import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { createBackgroundListener } from '@/src/background/router';
import type { TokenizerBackend } from '@/src/background/tokenizer-backends';
import { loadIndex } from 'virtual:tebiki-index';
import { backgroundCatalogue, readLanguagePack } from './background-packs';
import { packFitsIndex } from './language-pack-client';
import { serveLanguagePacks } from './test-packs';

afterEach(() => vi.unstubAllGlobals());

/** Sends a message to the background's listener and waits for its answer. */
function send(message: unknown): Promise<unknown> {
  const listener = createBackgroundListener({} as TokenizerBackend);
  return new Promise((resolve) => {
    const answered = listener(message, {}, resolve);
    if (!answered) resolve('unanswered');
  });
}

describe("the background's language packs", () => {
  it('answer bg:languagePack with the pack read from the package, aligned to the bundled index', async () => {
    serveLanguagePacks();
    const pack = (await send({ type: 'bg:languagePack', lang: 'vi' })) as Awaited<ReturnType<typeof readLanguagePack>>;
    expect(pack?.lang).toBe('vi');
    expect(packFitsIndex(pack!, loadIndex())).toBe(true);
    expect(pack?.messages['tooltip.more']).toBe('Thêm');
  });

  it.each([
    ['English', { type: 'bg:languagePack', lang: 'en' }],
    ['an unknown language', { type: 'bg:languagePack', lang: 'xx' }],
    ['a path', { type: 'bg:languagePack', lang: '../manifest' }],
    ['no language', { type: 'bg:languagePack' }],
  ])('answer null for %s', async (_what, message) => {
    serveLanguagePacks();
    expect(await send(message)).toBeNull();
  });

  it('give the reminders their words in the language, English when the pack cannot be read', async () => {
    serveLanguagePacks();
    expect((await backgroundCatalogue('ko')).t('reminder.target.card')).toBe('마이넘버 카드');
    vi.stubGlobal('fetch', () => Promise.reject(new Error('no package')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const catalogue = await backgroundCatalogue('id');
    expect(catalogue.lang).toBe('en');
    expect(catalogue.t('reminder.target.card')).toBe('My Number Card');
  });
});
