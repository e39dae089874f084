/**
 * Inline mode's feed: one short meaning per item, placed beside its label, heading or button. Built from the store's
 * gloss results (the same ones the tooltips use), one chip per anchor.
 */
import type { Chip } from './chips';
import { meaningOf } from './gloss-read';
import { indexLabels, type LabelIndex } from './labels';
import type { Item } from './store';

/**
 * The label element that names a field, for placing its chip (a row header when it has no label of its own). Uses
 * an index of label[for]: `control.labels` searches the whole document on every call in Chromium.
 */
export function labelElement(field: Element, index: LabelIndex): Element | null {
  const byFor = field.id ? index.get(field.id)?.[0] : undefined;
  if (byFor) return byFor;
  const wrapping = field.closest('label');
  if (wrapping) return wrapping;
  const cell = field.closest('td');
  return cell?.parentElement?.querySelector(':scope > th') ?? null;
}

/** The chip of an item: its label's meaning (a field's chip goes beside its label), or none. */
export function chipOf(item: Item, index: LabelIndex): Chip | null {
  if (!item.element.isConnected) return null;
  // A field's chip is its own label's meaning, never a header it sits under (a row header 現金 must not read the
  // column header's "January 1"): a header is an item of its own, with its own chip.
  const label =
    item.texts.find((t) => t.role === 'label') ??
    (item.kind === 'field' ? undefined : item.texts[item.texts.length - 1]);
  const meaning = label ? meaningOf(label.gloss) : undefined;
  if (!meaning) return null;
  // Fields are explained by their label's chip (fields with only a placeholder get their own).
  const anchor = item.kind === 'field' ? (labelElement(item.element, index) ?? item.element) : item.element;
  return { anchor, text: meaning.text };
}

/** The chips of all items, one per anchor (a row header labels several fields; a label is also an item). */
export function chipsOf(items: Iterable<Item>): Chip[] {
  const seen = new Set<Element>();
  const out: Chip[] = [];
  // One label index per tree (document or shadow root), built on first need.
  const indexes = new Map<Node, LabelIndex>();
  const indexOf = (element: Element) => {
    const root = element.getRootNode() as Document | ShadowRoot;
    let index = indexes.get(root);
    if (!index) indexes.set(root, (index = indexLabels(root)));
    return index;
  };
  for (const item of items) {
    const chip = chipOf(item, indexOf(item.element));
    if (!chip || seen.has(chip.anchor)) continue;
    seen.add(chip.anchor);
    out.push(chip);
  }
  return out;
}
