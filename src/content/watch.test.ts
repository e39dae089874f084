// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWatcher, type WatchOptions } from './watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A watcher of this document that keeps every batch it hands over, observing the document from the start. */
function watchDocument(options: Omit<WatchOptions, 'doc' | 'onAdded' | 'signal'> & { signal?: AbortSignal }) {
  const batches: Element[][] = [];
  const watcher = createWatcher({
    doc: document,
    signal: new AbortController().signal,
    onAdded: (r) => batches.push(r),
    ...options,
  });
  watcher.observe(document);
  return { watcher, batches };
}

describe('createWatcher', () => {
  it('hands over the outermost added subtrees once the page is quiet for the debounce', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const { batches } = watchDocument({ debounceMs: 10 });
    const root = document.getElementById('root')!;
    root.innerHTML = '<section id="s"><p>一</p></section>';
    document.getElementById('s')!.append(document.createElement('p'));
    await wait(40);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((e) => e.id)).toEqual(['s']);
  });

  it('ignores changes to the overlay, and observes each node once', async () => {
    document.body.innerHTML = '';
    const { watcher, batches } = watchDocument({ debounceMs: 5, ignore: (el) => el.localName === 'tebiki-overlay' });
    watcher.observe(document);
    expect(watcher.observers).toBe(1);
    document.body.append(document.createElement('tebiki-overlay'));
    await wait(20);
    expect(batches).toEqual([]);
  });

  it('disconnects every observer and forgets pending changes when its signal aborts', async () => {
    const controller = new AbortController();
    const { watcher, batches } = watchDocument({ debounceMs: 5, signal: controller.signal });
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
