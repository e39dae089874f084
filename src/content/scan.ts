/**
 * Finding everything on a page that Tebiki explains: form controls (with their labels), the options of select,
 * radio and checkbox groups, labels (label elements, table headers, first cells, dt), buttons and links, headings,
 * and notes, instructions and error messages. Walks open shadow roots too. Nothing inside a region where the user
 * types (contenteditable, role=textbox|combobox|searchbox) is ever an item or label text. Same-origin iframes get
 * their own content script (the manifest injects it into all frames).
 */
import { findControls, isFormControl, type FormControl } from './controls';
import { cleanText, indexLabels, isEditable, labelFor, textWithoutControls, type LabelInfo } from './labels';

export type ItemKind = 'field' | 'label' | 'button' | 'link' | 'heading' | 'message' | 'note';

/** Something on the page with Japanese text to explain. */
export interface ScanItem {
  element: Element;
  kind: ItemKind;
  /** For fields: the label and its context; for others: the element's own text. */
  label: LabelInfo;
}

/** At most this many items per page: a hostile page with 100,000 elements must not make us build 100,000 chips. */
export const MAX_ITEMS = 5000;

const BUTTON_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"], summary';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';
/**
 * Messages as the portals mark them: alerts, error classes (the Digital Agency design system's `__error-text`), and
 * status regions.
 */
const MESSAGE_SELECTOR =
  '[role="alert"], [role="status"], [aria-live="assertive"], .error, .err, .errMsg, .error-message, .alert, ' +
  '[class*="error-text"], [class*="errorText"], [class*="error-message"], .invalid-feedback, ' +
  '[id*="errMsg"], [id*="ErrMsg"], [id*="errorMessage"], [id*="ErrorMessage"], [id*="errMsgArea"] > *';
/** Labels: label elements, table headers, definition terms (the first cells of a row are added below). */
const LABEL_SELECTOR = 'label, th, dt';
/**
 * Notes and instructions: the portals' note classes (※, cautions), the design system's support text, help text,
 * and paragraphs and list items of the page's own prose.
 */
const NOTE_SELECTOR =
  '.note, .notes, .caution, .attention, .chui, .hosoku, .annotation, .kome, .guide, .guidance, .remarks, small, ' +
  '[class*="support-text"], [class*="__description"], [class*="note"], [class*="guide"], [class*="caution"], ' +
  '.help, .help-block, .form-text, .hint, p, li';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/** Input types whose value is the button's own caption (the page wrote it; the user never types it). */
const CAPTION_TYPES = new Set(['submit', 'button', 'reset']);

/**
 * A button's text. An input's value is read only for submit/button/reset inputs: any other input with
 * role=button (a text or password box) holds what the user typed, so only its aria-label or title is read.
 */
function buttonText(el: Element): string {
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (CAPTION_TYPES.has(input.type)) return cleanText(input.value);
    if (input.type === 'image') return cleanText(input.alt || input.title);
    return cleanText(el.getAttribute('aria-label') || el.getAttribute('title'));
  }
  return textWithoutControls(el) || cleanText(el.getAttribute('aria-label') || el.getAttribute('title'));
}

/** A table's first cell that holds only text, in a row with a control in another cell: that row's label. */
function isFirstCellLabel(el: Element): boolean {
  if (el.localName !== 'td') return true;
  const row = el.parentElement;
  if (!row || row.firstElementChild !== el || el.querySelector('input, select, textarea, a, button')) return false;
  return row.querySelector('input, select, textarea') !== null;
}

/** Prose (p, li) that is only a wrapper of links or controls is explained by those. */
function isProse(el: Element): boolean {
  if (el.localName !== 'p' && el.localName !== 'li') return true;
  if (el.querySelector('input, select, textarea')) return false;
  return el.localName === 'p' || !el.querySelector('a[href], button');
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
    if (seen.has(element) || element.closest('tebiki-overlay') || isEditable(element)) return null;
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
    [LABEL_SELECTOR, 'label', textWithoutControls],
    ['td:first-child', 'label', (el) => (isFirstCellLabel(el) ? textWithoutControls(el) : '')],
    [NOTE_SELECTOR, 'note', (el) => (isProse(el) ? textWithoutControls(el) : '')],
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
