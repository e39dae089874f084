/**
 * Finding the words a form shows for a control: its label in the many ways government forms write one.
 * Returns plain text only (never markup), trimmed and with whitespace collapsed.
 */
import { isFormControl, type FormControl } from './controls';
import { tableHeaders } from './table-headers';

/** A control's label: the main text and the headings it sits under (row header, legend), outermost first. */
export interface LabelInfo {
  /** The label nearest to the control, e.g. 姓 in a cell under the row header 氏名. */
  text: string;
  /** Broader labels (table row header, fieldset legend), outermost first; empty when `text` is the only one. */
  context: string[];
}

/** Longest label text kept: a huge label is cut, never rendered whole. */
export const MAX_LABEL_LENGTH = 200;

/** Most ids of an aria-labelledby read: a page cannot make one label cost a thousand lookups. */
export const MAX_LABELLEDBY_IDS = 8;

/**
 * Where a user types: contenteditable regions and text-entry widgets. What is typed there is never label text (it
 * would be shown in the tooltip and sent to the shared tokenizer, whose cache all tabs share).
 */
export const EDITABLE_SELECTOR =
  '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="searchbox"]';

/** True when `element` is, or is inside, a region where the user types. */
export function isEditable(element: Element): boolean {
  return element.closest(EDITABLE_SELECTOR) !== null;
}

/** Required/optional marks around a label (＊, ※, 必須, 任意), removed to compare two labels. */
const MARKS = /[\s＊*※]+|[(（]?(必須|任意)[)）]?/g;

function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}

/**
 * Collapses whitespace and cuts very long text.
 * @example cleanText('  氏名\n （漢字） ') // → '氏名 （漢字）'
 */
export function cleanText(text: string | null | undefined, max = MAX_LABEL_LENGTH): string {
  // Cut before the regex: a 100 KB label costs no more than a short one. Four times the limit leaves room for the
  // whitespace the collapse removes.
  const collapsed = (text ?? '')
    .slice(0, max * 4)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  return collapsed.length > max ? `${collapsed.slice(0, max)}…` : collapsed;
}

/** Text of an element without the text of form controls inside it (e.g. a label wrapping a select). */
export function textWithoutControls(element: Element): string {
  const parts: string[] = [];
  // Enough text for cleanText's cut: an element that wraps half the page is not read to its end.
  let length = 0;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (length > MAX_LABEL_LENGTH * 4) return;
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isFormControl(el) || el.localName === 'script' || el.localName === 'style' || el.localName === 'option')
          continue;
        if (el.matches(EDITABLE_SELECTOR)) continue;
        walk(el);
      }
    }
  };
  if (isEditable(element)) return '';
  walk(element);
  return cleanText(parts.join(' '));
}

export function textOfIds(root: Document | ShadowRoot, ids: string): string {
  return cleanText(
    ids
      .slice(0, MAX_LABEL_LENGTH * 4)
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, MAX_LABELLEDBY_IDS)
      .map((id) => root.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .map((el) => textWithoutControls(el))
      .join(' '),
  );
}

/** Text of separators only (-, －, ‐, ~, /, (, )): what stands between the boxes of a split number. */
const SEPARATOR_ONLY = /^[\s\-－‐ー―~〜～/／()（）]+$/u;

/** A unit that names a box of a split date or time when it stands alone after it (＿年＿月＿日, ＿時＿分). */
const UNIT = /^[年月日時分]$/u;

/** The unit right after a box (its own text node or a span), when it is one. */
function followingUnit(control: Element): string | undefined {
  let next = control.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  const text = next && (next.nodeType === 3 || (next as Element).localName === 'span') ? next.textContent : '';
  const unit = /^\s*([年月日時分])(?![\u3400-\u9fff])/u.exec(text ?? '')?.[1];
  return unit;
}

/** Text right before the control inside the same container (e.g. 「姓」 before the input in a table cell). */
function precedingText(control: Element, container: Element): string {
  const parts: string[] = [];
  let node: Node | null = control;
  while (node && node !== container) {
    let sibling: Node | null = node.previousSibling;
    while (sibling) {
      if (sibling.nodeType === 1 && isFormControl(sibling as Element)) return cleanText(parts.reverse().join(' '));
      // Text typed into an editable region next to the field is the user's, not the page's.
      if (sibling.nodeType === 1 && isEditable(sibling as Element)) {
        sibling = sibling.previousSibling;
        continue;
      }
      if (sibling.nodeType === 1 && (sibling as Element).querySelector('input, select, textarea'))
        return cleanText(parts.reverse().join(' '));
      const text = sibling.nodeType === 1 ? textWithoutControls(sibling as Element) : cleanText(sibling.textContent);
      // A note (※…) before the words next to the box is the previous field's: the label stops there.
      if (sibling.nodeType === 1 && parts.length > 0 && /^※/.test(text)) return cleanText(parts.reverse().join(' '));
      if (text) parts.push(text);
      sibling = sibling.previousSibling;
    }
    node = node.parentNode;
  }
  return cleanText(parts.reverse().join(' '));
}

/**
 * The headers over a control's table cell: th cells to its left (group header, then sub-header), else the first cell
 * of the row when it holds only text (作成コーナー-style tables without th), and the column header.
 */
function cellHeaders(cell: HTMLTableCellElement): string[] {
  const { row, column } = tableHeaders(cell);
  const texts = row.map((th) => textWithoutControls(th)).filter(Boolean);
  if (texts.length === 0) {
    const first = (cell.parentElement as HTMLTableRowElement | null)?.cells[0];
    if (first && first !== cell && !first.querySelector('input, select, textarea')) {
      const text = textWithoutControls(first);
      if (text) texts.push(text);
    }
  }
  const columnText = column ? textWithoutControls(column) : '';
  if (columnText && !texts.includes(columnText)) texts.push(columnText);
  return texts;
}

/** The accessible name of a group around a control (role=radiogroup / group with aria-label or aria-labelledby). */
function groupName(control: Element, root: Document | ShadowRoot): string {
  const group = control.closest('[role="radiogroup"], [role="group"]');
  if (!group) return '';
  const labelledBy = group.getAttribute('aria-labelledby');
  return labelledBy ? textOfIds(root, labelledBy) : cleanText(group.getAttribute('aria-label'));
}

/** The dt a control's dd belongs to (dl layouts: <dt>氏名</dt><dd><input></dd>). */
function definitionTerm(control: Element): string {
  const dd = control.closest('dd');
  let dt = dd?.previousElementSibling ?? null;
  while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
  return dt ? textWithoutControls(dt) : '';
}

/**
 * label[for] elements of one tree by their `for` id. `control.labels` searches the whole document on every call in
 * Chromium, which made a 3,000-field page take seconds; one pass over the labels makes it linear.
 */
export type LabelIndex = Map<string, HTMLLabelElement[]>;

/** Indexes the label[for] elements under `root`. */
export function indexLabels(root: ParentNode): LabelIndex {
  const index: LabelIndex = new Map();
  for (const label of Array.from(root.querySelectorAll<HTMLLabelElement>('label[for]'))) {
    const list = index.get(label.htmlFor);
    if (list) list.push(label);
    else index.set(label.htmlFor, [label]);
  }
  return index;
}

/** A control's label elements: from the index when given (fast), else the browser's `labels`. */
function labelsOf(control: FormControl, index?: LabelIndex): HTMLLabelElement[] {
  if (!index) return Array.from(control.labels ?? []);
  const wrapping = control.closest('label');
  const byFor = control.id ? (index.get(control.id) ?? []) : [];
  return wrapping && !byFor.includes(wrapping) ? [...byFor, wrapping] : byFor;
}

/** The explicit label of a control: label[for], a wrapping label, aria-labelledby or aria-label. */
function explicitLabel(control: FormControl, root: Document | ShadowRoot, index?: LabelIndex): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  // At most the first MAX_LABELLEDBY_IDS ids are read (textOfIds).
  if (labelledBy) {
    const text = textOfIds(root, labelledBy);
    if (text) return text;
  }
  const fromLabels = labelsOf(control, index)
    .map((label) => textWithoutControls(label))
    .filter(Boolean)
    .join(' ');
  if (fromLabels) return cleanText(fromLabels);
  return cleanText(control.getAttribute('aria-label'));
}

/**
 * The label of a form control. Tries, in order: aria-labelledby, label elements, aria-label, the text before it in
 * its table cell under the row header, a fieldset legend, title, placeholder.
 */
export function labelFor(control: FormControl, index?: LabelIndex): LabelInfo {
  // Inside an editable region (a rich-text editor), every text around is the user's.
  if (isEditable(control)) return { text: '', context: [] };
  // aria-labelledby ids resolve in the control's own tree (its shadow root, if it is in one).
  const root = control.getRootNode() as Document | ShadowRoot;
  const context: string[] = [];
  const cell = control.closest<HTMLTableCellElement>('td, th');
  const push = (text: string) => {
    if (text && !context.includes(text)) context.push(text);
  };
  // A table's caption names what all its rows are about (在日親族: the relatives), outermost.
  const caption = cell?.closest('table')?.caption;
  push(caption ? textWithoutControls(caption) : '');
  const legend = control.closest('fieldset')?.querySelector(':scope > legend');
  push(legend ? textWithoutControls(legend) : '');
  if (cell) cellHeaders(cell).forEach(push);
  push(definitionTerm(control));
  push(groupName(control, root));

  let text = explicitLabel(control, root, index);
  if (!text && cell) text = precedingText(control, cell);
  if (!text && !cell && control.parentElement) text = precedingText(control, control.parentElement);
  // ＿年＿月＿日: the unit before a box is the previous box's; this box's unit is the one after it.
  if (UNIT.test(text)) text = followingUnit(control) ?? text;
  // A separator between the boxes of one number (03 - 1234 - 5678) names nothing: the box's title does.
  if (SEPARATOR_ONLY.test(text)) text = '';
  if (!text) text = cleanText(control.getAttribute('title') ?? control.getAttribute('placeholder'));
  if (!text && context.length > 0) text = context.pop() ?? '';
  // A row header that only repeats the label (郵便番号 ＊ over <label>郵便番号</label>) is not context.
  const core = withoutMarks(text);
  return { text, context: context.filter((c) => withoutMarks(c) !== core) };
}
