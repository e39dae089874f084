/**
 * Finding everything on a page that Tebiki explains: form controls (with their labels), the options of select,
 * radio and checkbox groups, buttons and links, headings, and notes and error messages. Walks open shadow roots too.
 * Same-origin iframes get their own content script (the manifest injects it into all frames).
 */
import { findControls, isFormControl, isVisible, type FormControl } from './controls';
import { cleanText, indexLabels, labelFor, textWithoutControls, type LabelInfo } from './labels';

export type ItemKind = 'field' | 'button' | 'link' | 'heading' | 'message' | 'note';

/** Something on the page with Japanese text to explain. */
export interface ScanItem {
  element: Element;
  kind: ItemKind;
  /** For fields: the label and its context; for others: the element's own text. */
  label: LabelInfo;
}

/** At most this many items per page: a hostile page with 100,000 elements must not make us build 100,000 chips. */
export const MAX_ITEMS = 5000;

const BUTTON_SELECTOR = 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
/** Messages and notes as the portals mark them: alerts, error classes, notes (※) and cautions. */
const MESSAGE_SELECTOR = '[role="alert"], [aria-live="assertive"], .error, .err, .errMsg, .error-message, .alert';
const NOTE_SELECTOR = '.note, .notes, .caution, .attention, .chui, .hosoku, .annotation, small';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

function buttonText(el: Element): string {
  if (el.localName === 'input') return cleanText((el as HTMLInputElement).value);
  return cleanText(el.textContent || el.getAttribute('aria-label') || el.getAttribute('title'));
}

/** How many elements a walk looks at between two pauses (a `null` from scanItems). */
const WALK_STEP = 500;

type Root = Document | ShadowRoot | Element;

/**
 * The items under `root` (a document, shadow root, or an added subtree) and in the open shadow roots under it, at
 * most MAX_ITEMS, found lazily so that a caller can stop after any step and go on later: the annotator scans big
 * pages in slices. Between items it yields `null` now and then (every WALK_STEP elements looked at), so a long walk
 * that finds nothing can pause too. `onShadowRoot` hears of each shadow root as it is found (to watch it). An
 * element's label is only read once the element is known to be kept.
 */
export function* scanItems(
  root: Root,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<ScanItem | null, void, undefined> {
  let count = 0;
  const seen = new Set<Element>();
  const keep = (element: Element, kind: ItemKind, label: () => LabelInfo): ScanItem | null => {
    if (seen.has(element) || element.closest('tebiki-overlay')) return null;
    const info = label();
    // A label in English ("Windows") under a Japanese heading (ご利用のOS) is still worth explaining.
    if (!info.text || (!hasJapanese(info.text) && !info.context.some(hasJapanese))) return null;
    seen.add(element);
    count += 1;
    return { element, kind, label: info };
  };
  const groups: [selector: string, kind: ItemKind, text: (el: Element) => string][] = [
    [BUTTON_SELECTOR, 'button', buttonText],
    ['a[href]', 'link', (el) => cleanText(el.textContent)],
    [HEADING_SELECTOR, 'heading', textWithoutControls],
    [MESSAGE_SELECTOR, 'message', textWithoutControls],
    [NOTE_SELECTOR, 'note', textWithoutControls],
  ];

  /** The items of one tree (not of the shadow roots in it). */
  function* itemsOf(node: Root): Generator<ScanItem | null, void, undefined> {
    const controls: FormControl[] = isFormControl(node as Element) ? [node as FormControl] : findControls(node);
    // label[for] resolves within the control's own tree: index the tree, not just the scanned subtree. One control
    // (focused before its rescan) asks the browser instead: indexing a 10,000-label page for it costs more.
    const tree = (node as Node).getRootNode() as Document | ShadowRoot;
    const labels = controls.length > 1 ? indexLabels(tree) : undefined;
    for (const control of controls) {
      if (count >= MAX_ITEMS) return;
      yield keep(control, 'field', () => labelFor(control, labels));
    }
    for (const [selector, kind, text] of groups) {
      for (const el of Array.from(node.querySelectorAll(selector))) {
        if (count >= MAX_ITEMS) return;
        yield keep(el, kind, () => ({ text: text(el), context: [] }));
      }
    }
  }

  /** A tree's items, then those of each open shadow root in it (found by walking its elements a step at a time). */
  function* walk(node: Root): Generator<ScanItem | null, void, undefined> {
    yield* itemsOf(node);
    // A static list, read by index: an element is only touched when the walk reaches it.
    const all = node.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      if (i % WALK_STEP === WALK_STEP - 1) yield null;
      const el = all[i]!;
      const shadow = el.shadowRoot;
      if (!shadow || el.localName === 'tebiki-overlay') continue;
      onShadowRoot?.(shadow);
      yield* walk(shadow);
    }
  }

  yield* walk(root);
}

/** The visible fields among scanned items. */
export function visibleFields(items: ScanItem[]): ScanItem[] {
  return items.filter((item) => item.kind === 'field' && item.element.isConnected && isVisible(item.element));
}
