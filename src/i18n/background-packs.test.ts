import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { createBackgroundListener } from '@/src/background/router';
import type { TokenizerBackend } from '@/src/background/tokenizer-backends';
import { loadIndex } from 'virtual:tebiki-index';
import type { readLanguagePack } from './background-packs';
import { packFitsIndex } from './language-pack-client';
import { realPacks, serveLanguagePacks } from './test-packs';

// Building the packs of the real data takes seconds on a loaded machine: once, before the tests, without a limit.
beforeAll(() => void realPacks(), 0);
afterEach(() => vi.unstubAllGlobals());

const SELF = { id: 'tebiki', origin: 'chrome-extension://tebiki/' };
/** A content script on a portal page, as the background sees it. */
const CONTENT = { id: 'tebiki', url: 'https://www.keisan.nta.go.jp/r7/', tab: {} };

/** Sends a message to the background's listener as a content script, and waits for its answer. */
function send(message: unknown, sender: object = CONTENT): Promise<unknown> {
  const listener = createBackgroundListener({} as TokenizerBackend, SELF);
  return new Promise((resolve) => {
    const answered = listener(message, sender, resolve);
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
  ])('answer null for %s', async (_what, message) => {
    serveLanguagePacks();
    expect(await send(message)).toBeNull();
  });

  it.each([
    ['a request without a language', { type: 'bg:languagePack' }, CONTENT],
    ['another extension', { type: 'bg:languagePack', lang: 'vi' }, { ...CONTENT, id: 'other' }],
    [
      'the offscreen document',
      { type: 'bg:languagePack', lang: 'vi' },
      { id: 'tebiki', url: `${SELF.origin}offscreen.html` },
    ],
  ])('leave %s unanswered', async (_what, message, sender) => {
    serveLanguagePacks();
    expect(await send(message, sender)).toBe('unanswered');
  });
});
