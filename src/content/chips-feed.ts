/**
 * Inline mode's feed: one short meaning per item, placed beside its label, heading or button. Built from the store's
 * gloss results (the same ones the tooltips use), one chip per anchor.
 */
import type { Chip } from './chips';
import { meaningOf } from './gloss-read';
import { indexLabels, type LabelIndex } from './labels';
import type { Item, ItemText } from './store';

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
  // Fields are explained by their label's chip (fields with only a placeholder get their own).
  const anchor = item.kind === 'field' ? (labelElement(item.element, index) ?? item.element) : item.element;
  const label = item.kind === 'field' ? fieldChipText(item, anchor) : item.texts[item.texts.length - 1];
  const meaning = label ? meaningOf(label.gloss) : undefined;
  if (!meaning) return null;
  return { anchor, text: meaning.text };
}

/**
 * The text of a field's chip: the one its anchor shows. In a grid the field's label is its column header and the
 * row header is context, but the chip sits beside the row header: 現金 must read "cash", not the column's
 * "January 1". A field with no label element (a placeholder only) uses its label.
 */
function fieldChipText(item: Item, anchor: Element): ItemText | undefined {
  const label = item.texts.find((t) => t.role === 'label');
  if (anchor === item.element) return label;
  const shown = (anchor.textContent ?? '').replace(/\s+/g, '');
  const own = (t: ItemText) => t.text !== '' && shown.includes(t.text.replace(/\s+/g, ''));
  if (label && own(label)) return label;
  return item.texts.find((t) => t.role === 'context' && own(t));
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
