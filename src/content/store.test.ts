// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createStore, selectOptions } from './store';
import { countingGlosser } from './test-overlay';

const scanned = (element: Element, text: string, context: string[] = []) => ({
  element,
  kind: 'field' as const,
  label: { text, context },
});

describe('the item store', () => {
  it('keeps each item once, with its headers, label and a select’s Japanese options glossed', () => {
    document.body.innerHTML =
      '<select id="s"><option value="">選択</option><option>令和</option><option>1</option></select>';
    const glosser = countingGlosser({ 生年月日: 'date of birth' });
    const store = createStore(glosser, (el) => selectOptions(el, (t) => t.trim()));
    const select = document.getElementById('s')!;
    const item = store.add(scanned(select, '元号', ['生年月日']));
    expect(store.add(scanned(select, '元号'))).toBe(item);
    expect(item.texts.map((t) => `${t.role}:${t.text}`)).toEqual([
      'context:生年月日',
      'label:元号',
      'option:選択',
      'option:令和',
    ]);
    expect(glosser.glosses).toBe(4);
  });

  it('refines the stored results in place, once, and later-added texts on their own', async () => {
    document.body.innerHTML = '<input id="f">';
    const glosser = countingGlosser();
    const store = createStore(glosser, () => []);
    const item = store.add(scanned(document.getElementById('f')!, '郵便番号'));
    const text = item.texts[0]!;
    expect(await store.refine(item)).toBe(true);
    expect(item.texts[0]).toBe(text);
    expect(text.gloss.segments[0]?.reading).toBe('よみ');
    expect(await store.refine(item)).toBe(false);
    store.addText(item, '※ハイフンなし', 'note');
    expect(await store.refine(item)).toBe(true);
    expect(glosser.refines).toBe(2);
    expect(glosser.glosses).toBe(2);
  });

  it('forgets items whose elements left the page', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const store = createStore(countingGlosser(), () => []);
    store.add(scanned(document.getElementById('a')!, '姓'));
    store.add(scanned(document.getElementById('b')!, '名'));
    document.getElementById('a')!.remove();
    store.prune();
    expect(store.size).toBe(1);
  });
});
