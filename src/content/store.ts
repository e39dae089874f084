/**
 * The item store: everything Tebiki explains on a page (fields, labels, headings, notes, buttons, links, messages),
 * each kept once with its texts, their gloss results, the field's understanding and the problems found when the user
 * left it. Tooltips and chips are built from items when shown; the tokenizer's refinement replaces an item's gloss
 * results in place (it refines the stored results, it does not gloss the raw text again).
 */
import type { Problem } from '@/src/hints/checks';
import type { FieldUnderstanding } from './field-understanding';
import type { GlossLike } from './gloss-read';
import type { LabelInfo } from './labels';
import type { ItemKind, ScanItem } from './scan';

/** What a text of an item is: a header it sits under, its own label, an option of a select, or the page's note. */
export type TextRole = 'context' | 'label' | 'option' | 'note';

export interface ItemText {
  text: string;
  role: TextRole;
  /** The gloss result; replaced in place when the tokenizer's refinement arrives. */
  gloss: GlossLike;
}

export interface Item {
  readonly element: Element;
  readonly kind: ItemKind;
  readonly label: LabelInfo;
  /** The texts the item is explained by, each with its gloss result. */
  readonly texts: ItemText[];
  /** How many of `texts` the tokenizer has refined (texts added later, like a page note, are refined then). */
  refined: number;
  /** True while a refinement is on its way. */
  refining: boolean;
  /** A field's understanding: undefined until first needed, null when the item is not a field. */
  field?: FieldUnderstanding | null;
  /** Problems found when the user last left the field (shown beside it, and in its tooltip on return). */
  problems: Problem[];
}

/** Glosses text at once with the bundled dictionaries; refines stored results with the shared tokenizer. */
export interface Glosser {
  gloss(text: string): GlossLike;
  /** Loads what glossing needs (the index), so that the first gloss is not also the slowest. */
  prepare?(): void;
  /** Refines stored results with the tokenizer's help (readings, inflected words); null when it is unavailable. */
  refineAll?(results: GlossLike[]): Promise<GlossLike[] | null>;
}

/** Longest list of a select's options explained. */
const MAX_OPTIONS = 12;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

export interface ItemStore {
  /** Adds a scanned item (glossing its texts), or returns the one already kept for its element. */
  add(scanned: ScanItem): Item;
  get(element: Element): Item | undefined;
  items(): IterableIterator<Item>;
  /** Adds a text to an item (the page's note next to a field), glossed; returns it. */
  addText(item: Item, text: string, role: TextRole): ItemText;
  /** Asks the tokenizer to refine the item's unrefined texts; resolves true when results were replaced. */
  refine(item: Item): Promise<boolean>;
  /** Forgets items whose elements left the page. */
  prune(): void;
  /** Forgets what was derived from settings (understanding), keeping texts and glosses. */
  forgetDerived(): void;
  clear(): void;
  readonly size: number;
}

/** The texts an item is explained by: its headers, its label, then the Japanese options of a select. */
function textsOf(scanned: ScanItem, options: (element: Element) => string[]): [string, TextRole][] {
  const out: [string, TextRole][] = [
    ...scanned.label.context.filter(Boolean).map((t): [string, TextRole] => [t, 'context']),
  ];
  if (scanned.label.text) out.push([scanned.label.text, 'label']);
  for (const option of options(scanned.element)) out.push([option, 'option']);
  return out;
}

/** The Japanese option texts of a select, cut (options are short words: 令和, 本人…). */
export function selectOptions(element: Element, cut: (text: string) => string): string[] {
  if (element.localName !== 'select') return [];
  const out: string[] = [];
  for (const option of Array.from((element as HTMLSelectElement).options)) {
    const text = cut(option.text);
    if (text && JAPANESE.test(text) && !out.includes(text)) out.push(text);
    if (out.length >= MAX_OPTIONS) break;
  }
  return out;
}

/**
 * Creates a store over `glosser`. `options` reads a select's option texts (injected so that the store needs no DOM
 * helpers of its own).
 */
export function createStore(glosser: Glosser, options: (element: Element) => string[]): ItemStore {
  const items = new Map<Element, Item>();
  const text = (t: string, role: TextRole): ItemText => ({ text: t, role, gloss: glosser.gloss(t) });
  return {
    add(scanned) {
      const kept = items.get(scanned.element);
      if (kept) return kept;
      const item: Item = {
        element: scanned.element,
        kind: scanned.kind,
        label: scanned.label,
        texts: textsOf(scanned, options).map(([t, role]) => text(t, role)),
        refined: 0,
        refining: false,
        problems: [],
      };
      items.set(scanned.element, item);
      return item;
    },
    get: (element) => items.get(element),
    items: () => items.values(),
    addText(item, t, role) {
      const existing = item.texts.find((x) => x.text === t && x.role === role);
      if (existing) return existing;
      const added = text(t, role);
      item.texts.push(added);
      return added;
    },
    async refine(item) {
      if (!glosser.refineAll || item.refining || item.refined >= item.texts.length) return false;
      item.refining = true;
      const from = item.refined;
      const pending = item.texts.slice(from);
      try {
        const results = await glosser.refineAll(pending.map((t) => t.gloss));
        if (!results) return false;
        // In place: the same ItemText objects get the refined result.
        pending.forEach((t, i) => {
          const refined = results[i];
          if (refined) t.gloss = refined;
        });
        item.refined = from + pending.length;
        return true;
      } finally {
        item.refining = false;
      }
    },
    prune() {
      for (const element of items.keys()) if (!element.isConnected) items.delete(element);
    },
    forgetDerived() {
      for (const item of items.values()) delete item.field;
    },
    clear: () => items.clear(),
    get size() {
      return items.size;
    },
  };
}
