// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWatcher } from './watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createWatcher', () => {
  it('hands over the outermost added subtrees once the page is quiet for the debounce', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const batches: Element[][] = [];
    const watcher = createWatcher({
      doc: document,
      signal: new AbortController().signal,
      debounceMs: 10,
      onAdded: (r) => batches.push(r),
    });
    watcher.observe(document);
    const root = document.getElementById('root')!;
    root.innerHTML = '<section id="s"><p>一</p></section>';
    document.getElementById('s')!.append(document.createElement('p'));
    await wait(40);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((e) => e.id)).toEqual(['s']);
  });

  it('ignores changes to the overlay, and observes each node once', async () => {
    document.body.innerHTML = '';
    const batches: Element[][] = [];
    const watcher = createWatcher({
      doc: document,
      signal: new AbortController().signal,
      debounceMs: 5,
      onAdded: (r) => batches.push(r),
      ignore: (el) => el.localName === 'tebiki-overlay',
    });
    watcher.observe(document);
    watcher.observe(document);
    expect(watcher.observers).toBe(1);
    document.body.append(document.createElement('tebiki-overlay'));
    await wait(20);
    expect(batches).toEqual([]);
  });

  it('disconnects every observer and forgets pending changes when its signal aborts', async () => {
    const controller = new AbortController();
    const batches: Element[][] = [];
    const watcher = createWatcher({
      doc: document,
      signal: controller.signal,
      debounceMs: 5,
      onAdded: (r) => batches.push(r),
    });
    watcher.observe(document);
    document.body.append(document.createElement('div'));
    controller.abort();
    document.body.append(document.createElement('div'));
    await wait(20);
    expect(batches).toEqual([]);
    expect(watcher.observers).toBe(0);
    watcher.observe(document.body);
    expect(watcher.observers).toBe(0);
  });
});
