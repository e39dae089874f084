/**
 * The item store: everything Tebiki explains on a page (fields, labels, headings, notes, buttons, links, messages),
 * each kept once with its texts, their gloss results, the field's understanding and the problems found when the user
 * left it. Tooltips and chips are built from items when shown; the tokenizer's refinement replaces an item's gloss
 * results in place (it refines the stored results, it does not gloss the raw text again).
 */
import type { Problem } from '@/src/hints/checks';
import type { FieldUnderstanding } from './field-understanding';
import type { GlossContext } from '@/src/glossary/types';
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
export interface TextGlosser {
  /** Glosses a text; `context` (its role, nearby texts) chooses senses (決定 on a button is "OK"). */
  gloss(text: string, context?: GlossContext): GlossLike;
  /** Loads what glossing needs (the index, from the background); gloss only after it resolves. */
  prepare?(): void | Promise<void>;
  /** Refines stored results with the general dictionary and the tokenizer; null when they are unavailable. */
  refineAll?(
    results: readonly GlossLike[],
    contexts?: readonly (GlossContext | undefined)[],
  ): Promise<GlossLike[] | null>;
}

const KIND_ROLE: Partial<Record<ItemKind, GlossContext['role']>> = {
  button: 'button',
  link: 'button',
  heading: 'heading',
  message: 'message',
  note: 'note',
};

/** The context a text of an item is glossed in: its role, and the item's other texts nearby. */
function contextOf(kind: ItemKind, role: TextRole, texts: readonly (readonly [string, TextRole])[]): GlossContext {
  const glossRole: GlossContext['role'] =
    role === 'option' ? 'option' : role === 'note' ? 'note' : role === 'label' ? (KIND_ROLE[kind] ?? 'label') : 'label';
  const near = texts.filter(([, r]) => r === 'label' || r === 'context').map(([t]) => t);
  return { role: glossRole, ...(near.length > 0 ? { near: near.slice(0, 4) } : {}) };
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
export function createStore(glosser: TextGlosser, options: (element: Element) => string[]): ItemStore {
  const items = new Map<Element, Item>();
  const contexts = new WeakMap<ItemText, GlossContext>();
  const text = (t: string, role: TextRole, kind: ItemKind, all: readonly (readonly [string, TextRole])[]): ItemText => {
    const context = contextOf(
      kind,
      role,
      all.filter(([other]) => other !== t),
    );
    const made: ItemText = { text: t, role, gloss: glosser.gloss(t, context) };
    contexts.set(made, context);
    return made;
  };
  return {
    add(scanned) {
      const kept = items.get(scanned.element);
      if (kept) return kept;
      const item: Item = {
        element: scanned.element,
        kind: scanned.kind,
        label: scanned.label,
        texts: [],
        refined: 0,
        refining: false,
        problems: [],
      };
      const all = textsOf(scanned, options);
      item.texts.push(...all.map(([t, role]) => text(t, role, scanned.kind, all)));
      items.set(scanned.element, item);
      return item;
    },
    get: (element) => items.get(element),
    items: () => items.values(),
    addText(item, t, role) {
      const existing = item.texts.find((x) => x.text === t && x.role === role);
      if (existing) return existing;
      const added = text(
        t,
        role,
        item.kind,
        item.texts.map((x) => [x.text, x.role] as const),
      );
      item.texts.push(added);
      return added;
    },
    async refine(item) {
      if (!glosser.refineAll || item.refining || item.refined >= item.texts.length) return false;
      item.refining = true;
      const from = item.refined;
      const pending = item.texts.slice(from);
      try {
        const results = await glosser.refineAll(
          pending.map((t) => t.gloss),
          pending.map((t) => contexts.get(t)),
        );
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
