/**
 * Wires the page to the overlay: focusing or hovering a field (or its label) shows its explanation; leaving it,
 * or Esc, hides it. Listeners are added through `listen`, so they go away when the content script is invalidated.
 */
import { findControls, isFormControl, isVisible, type FormControl } from './controls';
import { explainGlosses, explainLabel, hasEnglish, labelTexts, type Glosser } from './explain';
import { labelFor } from './labels';
import type { Overlay } from './overlay';
import type { TooltipModel } from './tooltip-view';

/** Adds an event listener that is removed when the content script goes away. */
export type Listen = (
  target: Document | Window,
  type: string,
  handler: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;

export interface AnnotatorOptions {
  doc: Document;
  overlay: Overlay;
  glosser: Glosser;
  listen: Listen;
  furigana: () => boolean;
  emptyText: string;
}

export interface Annotator {
  /** Counts for the popup: visible controls, and those with an English explanation. */
  counts(): { fields: number; annotated: number };
}

/** The control a hovered element stands for: the control itself, or the control its label points to. */
function controlFromTarget(target: EventTarget | null): FormControl | null {
  if (!(target instanceof Element)) return null;
  if (isFormControl(target)) return target;
  const label = target.closest('label');
  return label && isFormControl(label.control) ? label.control : null;
}

/** Starts explaining the fields of `doc`. */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, overlay, glosser, listen } = options;
  const cache = new WeakMap<FormControl, TooltipModel>();
  const refined = new WeakSet<FormControl>();
  const explainOptions = () => ({ furigana: options.furigana(), emptyText: options.emptyText });

  const modelFor = (control: FormControl): TooltipModel => {
    let model = cache.get(control);
    if (!model) {
      model = explainLabel(labelFor(control, doc), glosser, explainOptions());
      cache.set(control, model);
    }
    return model;
  };

  /** Asks the shared tokenizer for readings and inflected words once per control; updates a visible tooltip. */
  const refineLater = (control: FormControl) => {
    if (refined.has(control) || !glosser.refineAll) return;
    refined.add(control);
    void glosser.refineAll(labelTexts(labelFor(control, doc))).then((results) => {
      if (!results) return refined.delete(control);
      cache.set(control, explainGlosses(results, explainOptions()));
      if (overlay.visibleFor === control) overlay.show(control, modelFor(control));
    });
  };

  const show = (control: FormControl) => {
    overlay.show(control, modelFor(control));
    refineLater(control);
  };

  listen(doc, 'focusin', (event) => {
    const control = controlFromTarget(event.target);
    if (control) show(control);
  });
  listen(doc, 'focusout', (event) => {
    if (overlay.visibleFor === event.target) overlay.hide();
  });
  listen(doc, 'mouseover', (event) => {
    const control = controlFromTarget(event.target);
    if (control) show(control);
  });
  listen(doc, 'mouseout', (event) => {
    const control = controlFromTarget(event.target);
    // Keep the tooltip of the focused field while the pointer wanders.
    if (control && overlay.visibleFor === control && doc.activeElement !== control) overlay.hide();
  });
  listen(doc, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && overlay.visibleFor) overlay.hide();
  });
  const follow = () => overlay.reposition();
  listen(doc, 'scroll', follow, { capture: true, passive: true });
  if (doc.defaultView) listen(doc.defaultView, 'resize', follow, { passive: true });

  return {
    counts() {
      const controls = findControls(doc).filter(isVisible);
      return { fields: controls.length, annotated: controls.filter((c) => hasEnglish(modelFor(c))).length };
    },
  };
}
