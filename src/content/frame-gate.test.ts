// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { frameReady, type FrameView } from './frame-gate';

/** This window as a subframe sees itself: its own document, a different top. */
function subframe(): FrameView {
  return { top: {}, document, MutationObserver };
}

const settled = async (promise: Promise<boolean>) =>
  Promise.race([promise, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 30))]);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('which frames start', () => {
  it('starts the top frame at once, with or without a form', async () => {
    expect(await settled(frameReady(window, new AbortController().signal))).toBe(true);
  });

  it('starts a subframe that already holds a control', async () => {
    document.body.innerHTML = '<form><label>氏名 <input name="n"></label></form>';
    expect(await settled(frameReady(subframe(), new AbortController().signal))).toBe(true);
  });

  it('keeps a subframe without controls waiting, and starts it when a control appears', async () => {
    document.body.innerHTML = '<p>お知らせ</p><input type="hidden" name="token">';
    const ready = frameReady(subframe(), new AbortController().signal);
    expect(await settled(ready)).toBe('waiting');
    document.body.insertAdjacentHTML('beforeend', '<select name="era"><option>令和</option></select>');
    expect(await settled(ready)).toBe(true);
  });

  it('starts a subframe when a hidden input becomes a text box', async () => {
    document.body.innerHTML = '<input type="hidden" name="x">';
    const ready = frameReady(subframe(), new AbortController().signal);
    expect(await settled(ready)).toBe('waiting');
    document.querySelector('input')!.setAttribute('type', 'text');
    expect(await settled(ready)).toBe(true);
  });

  it('gives up waiting when the script is stopped', async () => {
    const stop = new AbortController();
    const ready = frameReady(subframe(), stop.signal);
    stop.abort();
    expect(await settled(ready)).toBe(false);
    document.body.innerHTML = '<textarea></textarea>';
    expect(await settled(ready)).toBe(false);
  });
});
