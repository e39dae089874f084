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

/** Every root to search: the document and each open shadow root under it (recursively). */
export function searchRoots(root: Document | ShadowRoot | Element): (Document | ShadowRoot | Element)[] {
  const roots: (Document | ShadowRoot | Element)[] = [root];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot && el.localName !== 'tebiki-overlay') {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return roots;
}

function buttonText(el: Element): string {
  if (el.localName === 'input') return cleanText((el as HTMLInputElement).value);
  return cleanText(el.textContent || el.getAttribute('aria-label') || el.getAttribute('title'));
}

/** The items under `root` (a document, shadow root, or an added subtree), in document order, at most MAX_ITEMS. */
export function scan(root: Document | ShadowRoot | Element): ScanItem[] {
  const items: ScanItem[] = [];
  const seen = new Set<Element>();
  const add = (element: Element, kind: ItemKind, label: LabelInfo) => {
    // A label in English ("Windows") under a Japanese heading (ご利用のOS) is still worth explaining.
    if (items.length >= MAX_ITEMS || seen.has(element) || !label.text) return;
    if (!hasJapanese(label.text) && !label.context.some(hasJapanese)) return;
    if (element.closest('tebiki-overlay')) return;
    seen.add(element);
    items.push({ element, kind, label });
  };
  for (const node of searchRoots(root)) {
    const controls: FormControl[] = isFormControl(node as Element) ? [node as FormControl] : findControls(node);
    // label[for] resolves within the control's own tree: index the tree, not just the scanned subtree.
    const tree = (node as Node).getRootNode() as Document | ShadowRoot;
    const labels = controls.length > 0 ? indexLabels(tree) : undefined;
    for (const control of controls) add(control, 'field', labelFor(control, labels));
    for (const el of Array.from(node.querySelectorAll(BUTTON_SELECTOR))) {
      add(el, 'button', { text: buttonText(el), context: [] });
    }
    for (const el of Array.from(node.querySelectorAll('a[href]'))) {
      add(el, 'link', { text: cleanText(el.textContent), context: [] });
    }
    for (const el of Array.from(node.querySelectorAll(HEADING_SELECTOR))) {
      add(el, 'heading', { text: textWithoutControls(el), context: [] });
    }
    for (const el of Array.from(node.querySelectorAll(MESSAGE_SELECTOR))) {
      add(el, 'message', { text: textWithoutControls(el), context: [] });
    }
    for (const el of Array.from(node.querySelectorAll(NOTE_SELECTOR))) {
      add(el, 'note', { text: textWithoutControls(el), context: [] });
    }
  }
  return items;
}

/** The visible fields among scanned items. */
export function visibleFields(items: ScanItem[]): ScanItem[] {
  return items.filter((item) => item.kind === 'field' && item.element.isConnected && isVisible(item.element));
}
