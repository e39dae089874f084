/**
 * Which elements are form controls a user fills in, and which must never be read.
 */

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Input types that a person does not fill in or that carry no label of their own. */
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** True for inputs, selects and textareas that a person fills in. */
export function isFormControl(element: Element | null): element is FormControl {
  if (!element) return false;
  const tag = element.localName;
  if (tag === 'select' || tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !SKIPPED_INPUT_TYPES.has((element as HTMLInputElement).type);
}

/** All form controls in a root, in document order. */
export function findControls(root: ParentNode): FormControl[] {
  return Array.from(root.querySelectorAll('input, select, textarea')).filter(isFormControl);
}

/** Whether an element is rendered (has a box). Hidden controls are not counted or explained. */
export function isVisible(element: Element): boolean {
  const rects = element.getClientRects();
  return rects.length > 0 && (rects[0]?.width ?? 0) > 0;
}
