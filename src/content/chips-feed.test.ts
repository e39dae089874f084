// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chipsOf } from './chips-feed';
import { labelFor } from './labels';
import { createStore } from './store';
import { countingGlosser } from './test-overlay';
import type { FormControl } from './controls';

/** Scans the fields of the body into a store and returns their chips as "anchor text → chip". */
function chips(html: string, meanings: Record<string, string>): string[] {
  document.body.innerHTML = html;
  const store = createStore(countingGlosser(meanings), () => []);
  for (const element of document.querySelectorAll<FormControl>('input'))
    store.add({ element, kind: 'field', label: labelFor(element) });
  return chipsOf(store.items()).map((c) => `${c.anchor.textContent?.trim()} → ${c.text}`);
}

describe('a field’s chip', () => {
  it('beside a row header in a grid reads the row header, not the column header the field sits under', () => {
    const html = `<table>
      <tr><th>科目</th><th>1月1日（期首）</th><th>12月31日（期末）</th></tr>
      <tr><th>現金</th><td><input name="a1"></td><td><input name="a2"></td></tr>
    </table>`;
    expect(chips(html, { 現金: 'cash', '1月1日（期首）': 'January 1 (start)', 科目: 'account item' })).toEqual([
      '現金 → cash',
    ]);
  });

  it('beside its own label reads that label', () => {
    const html = '<label for="z">郵便番号</label><input id="z">';
    expect(chips(html, { 郵便番号: 'postal code' })).toEqual(['郵便番号 → postal code']);
  });
});
