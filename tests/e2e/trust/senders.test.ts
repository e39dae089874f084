/**
 * Messages are checked at the door: a content script — also one the user injected into an arbitrary site with
 * "Annotate this page" — may ask for tokens, but may not close the shared tokenizer or talk to the offscreen
 * document. Chromium only: the test runs code in the content script's world through the devtools protocol, which
 * WebDriver BiDi does not offer for extension worlds (the unit tests in src/messaging cover both browsers' senders).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Driver, type TestPage } from '../harness/driver';
import { suiteBrowser } from '../harness/suite';
import { waitForOverlay } from '../harness/overlay';
import { replica } from '../harness/pages';

interface Stats {
  state: string;
  loads: number;
}

const stats = (driver: Driver) =>
  driver.inExtension(async () => {
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    return (await runtime.sendMessage({ type: 'bg:tokenizerStats' })) as Stats | null;
  }, undefined);

/** Sends `message` from the content script's world; resolves to its answer, or 'no answer'. */
const sendFromContent = (page: TestPage, message: object) =>
  page.inContentScript!(async (m) => {
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    try {
      return (await runtime.sendMessage(m)) ?? 'no answer';
    } catch {
      return 'no answer';
    }
  }, message);

describe('in chromium, a content script', () => {
  const driver = suiteBrowser('chromium');
  let page: TestPage;
  beforeAll(async () => {
    page = await driver.open(replica('keisan/address-name.html').url);
    await waitForOverlay(page);
  });

  it('gets tokens from the shared tokenizer', async () => {
    const answer = (await sendFromContent(page, { type: 'bg:tokenize', texts: ['氏名'] })) as { tokens?: unknown[] };
    expect(answer.tokens).toHaveLength(1);
    expect(await stats(driver)).toMatchObject({ state: 'loaded', loads: 1 });
  });

  it('cannot close the shared tokenizer or talk to the offscreen document', async () => {
    expect(await sendFromContent(page, { type: 'bg:tokenizerReleased' })).toBe('no answer');
    expect(await sendFromContent(page, { type: 'offscreen:stats' })).toBe('no answer');
    expect(await sendFromContent(page, { type: 'offscreen:tokenize', texts: ['氏名'] })).toBe('no answer');
    // The offscreen document and its loaded tokenizer are still there for every other tab.
    expect(await stats(driver)).toMatchObject({ state: 'loaded', loads: 1 });
  });
});
