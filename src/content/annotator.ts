/**
 * Wires the page to the overlay. Scans the page at start and again for content added later (debounced
 * MutationObserver, also inside open shadow roots) in slices of a few milliseconds, glosses every label found, and
 * shows the explanation when a field, its label, a button or a message is focused or hovered. Esc hides it. Listeners are added through
 * `listen`, so they go away when the content script is invalidated.
 */
import type { PortalId } from '@/src/portals/portals';
import { isFormControl, type FormControl } from './controls';
import { applyConversion, checkField, conversionLabel, fieldHelp, type FieldHelp } from './field-help';
import { explainGlosses, hasEnglish, itemTexts, type Glosser } from './explain';
import type { Overlay } from './overlay';
import { scanItems, visibleFields, type ScanItem } from './scan';
import type { FieldSection, TooltipModel } from './tooltip-view';

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
  /** Whether inline chips are on (read on every change, so the popup's toggle applies at once). */
  inline: () => boolean;
  emptyText: string;
  /** The portal, for its field limits (作成コーナー: フリガナ 姓 ≤ 11). */
  portal?: PortalId;
  /** Debounce of rescans after DOM changes, in ms. */
  debounceMs?: number;
}

export interface Annotator {
  /** Counts for the popup: visible controls, and those with an English explanation. */
  counts(): { fields: number; annotated: number };
  /** When the first full scan and gloss finished (performance.now()), for benchmarks. */
  readonly readyAt: number | null;
  /** Re-applies settings (inline chips, furigana). */
  refresh(): void;
  stop(): void;
}

const DEFAULT_DEBOUNCE_MS = 50;
/**
 * Longest run of scanning and glossing in one task. Long tasks start at 50 ms; a slice well under it leaves room for
 * the page's own work in the same frame on a slow machine.
 */
const SLICE_MS = 16;
/** How long a slice waits for the page's next frame before it starts anyway (hidden pages draw none). */
const FRAME_WAIT_MS = 100;

/** The scanned item an event is about: the element itself, a label's control, or the nearest scanned ancestor. */
function itemForEvent(event: Event, items: Map<Element, ScanItem>): ScanItem | null {
  // composedPath()[0] is the real target inside an open shadow root (event.target is retargeted to the host).
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  const label = target.closest('label');
  if (!isFormControl(target) && label && label.control && items.has(label.control)) return items.get(label.control)!;
  let el: Element | null = target;
  while (el) {
    const item = items.get(el);
    if (item) return item;
    el = el.parentElement;
  }
  return null;
}

/** Starts explaining the page. */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, overlay, glosser, listen } = options;
  const items = new Map<Element, ScanItem>();
  const models = new Map<Element, TooltipModel>();
  const refined = new WeakSet<Element>();
  const observers: MutationObserver[] = [];
  const observed = new WeakSet<Node>();
  let readyAt: number | null = null;
  let stopped = false;
  const explainOptions = () => ({ furigana: options.furigana(), emptyText: options.emptyText });

  const helps = new Map<Element, FieldHelp | null>();
  /** Problems found when the user last left a field (shown beside it, and in its tooltip on return). */
  const problems = new WeakMap<Element, string[]>();

  const helpFor = (item: ScanItem): FieldHelp | null => {
    if (item.kind !== 'field') return null;
    if (!helps.has(item.element)) {
      helps.set(item.element, fieldHelp(item.element as FormControl, item.label, options.portal));
    }
    return helps.get(item.element) ?? null;
  };

  const fieldSection = (item: ScanItem): FieldSection | undefined => {
    const help = helpFor(item);
    if (!help) return undefined;
    return {
      kind: help.kind,
      lines: help.lines,
      ...(help.source ? { source: help.source } : {}),
      problems: problems.get(item.element) ?? [],
      actions: help.conversions.map((id) => ({ id, label: conversionLabel(id) })),
    };
  };

  const withField = (item: ScanItem, model: TooltipModel): TooltipModel => {
    const field = fieldSection(item);
    if (!field) return model;
    // The field kind's hint says what to enter; the glossary's hint on the same words would say it twice.
    const entries = model.entries.map(({ hint: _hint, ...entry }) => entry);
    return { ...model, entries, field };
  };

  const modelFor = (item: ScanItem): TooltipModel => {
    let model = models.get(item.element);
    if (!model) {
      model = explainGlosses(
        itemTexts(item).map((text) => glosser.gloss(text)),
        explainOptions(),
      );
      models.set(item.element, model);
    }
    return model;
  };

  /** Asks the shared tokenizer for readings and inflected words once per item; updates a visible tooltip. */
  const refineLater = (item: ScanItem) => {
    if (refined.has(item.element) || !glosser.refineAll) return;
    refined.add(item.element);
    void glosser.refineAll(itemTexts(item)).then((results) => {
      if (!results || stopped) return void refined.delete(item.element);
      models.set(item.element, explainGlosses(results, explainOptions()));
      if (overlay.visibleFor === item.element) show(item);
    });
  };

  /** Runs a conversion the user clicked (or pressed Alt+Shift+N for), then re-checks the field. */
  const act = (item: ScanItem, id: string) => {
    const help = helpFor(item);
    if (!help) return;
    const candidates = applyConversion(item.element as FormControl, help, id as FieldHelp['conversions'][number]);
    if (candidates.length > 1) problems.set(item.element, [`Also possible: ${candidates.slice(1).join(', ')}`]);
    else problems.delete(item.element);
    show(item);
  };

  const show = (item: ScanItem) => {
    overlay.show(item.element, withField(item, modelFor(item)), (id) => act(item, id));
    refineLater(item);
  };

  /** The boxes of a number split over several fields: fields of the same kind in the same cell or block. */
  const splitGroup = (item: ScanItem, help: FieldHelp): FormControl[] => {
    const container = item.element.parentElement?.closest('td, dd, fieldset, div, li') ?? item.element.parentElement;
    if (!container) return [item.element as FormControl];
    return Array.from(container.querySelectorAll('input'))
      .map((el) => items.get(el))
      .filter((other): other is ScanItem => other !== undefined && helpFor(other)?.kind === help.kind)
      .map((other) => other.element as FormControl);
  };

  /** Checks a field the user left: problems show beside it (never blocking) and in its tooltip on return. */
  const check = (item: ScanItem) => {
    const help = helpFor(item);
    if (!help || help.secret) return;
    const found = checkField(item.element as FormControl, help, splitGroup(item, help)).map((p) => p.message);
    if (found.length > 0) {
      problems.set(item.element, found);
      overlay.showStatus(item.element, found);
    } else {
      problems.delete(item.element);
      overlay.clearStatus(item.element);
    }
  };

  const renderChips = () => {
    if (!options.inline()) return overlay.chips.clear();
    const chips = [];
    for (const item of items.values()) {
      if (!item.element.isConnected) continue;
      const model = modelFor(item);
      const entry = model.entries[model.entries.length - 1];
      const text = entry?.english ?? entry?.words.map((w) => w.gloss).join(' ');
      // Fields are explained by their label's chip (fields with only a placeholder get their own).
      const anchor = item.kind === 'field' ? (labelElement(item.element) ?? item.element) : item.element;
      if (text) chips.push({ anchor, text });
    }
    overlay.chips.set(dedupe(chips));
  };

  /** Scans waiting to be worked through: each a lazy walk of one root (the page, or content added later). */
  const queue: Iterator<ScanItem | null>[] = [];
  let scheduled = false;

  const take = (item: ScanItem | null) => {
    if (!item) return;
    items.set(item.element, item);
    modelFor(item);
  };

  /** Scans and glosses `root` at once (a field focused before its rescan: one control, or a small subtree). */
  const annotateNow = (root: Element) => {
    for (const item of scanItems(root, observe)) take(item);
  };

  /**
   * Works through the queue for at most SLICE_MS, then gives the thread back to the page and goes on in a later
   * task: a page with 10,000 fields stays responsive while it is scanned. When the queue is empty, items whose
   * elements left the page are dropped and the chips drawn.
   */
  let prepared = false;
  const work = () => {
    scheduled = false;
    if (stopped) return;
    // The first slice only loads the glossary index (from the background, then parsed): the scan waits for it.
    if (!prepared) {
      prepared = true;
      if (glosser.prepare) {
        const ready = () => {
          models.clear(); // a field explained before the index arrived is explained again with it
          schedule();
        };
        void Promise.resolve(glosser.prepare()).then(ready, ready);
        return;
      }
    }
    const end = performance.now() + SLICE_MS;
    while (queue.length > 0) {
      const next = queue[0]!.next();
      if (next.done) queue.shift();
      else take(next.value);
      if (performance.now() >= end && queue.length > 0) return schedule();
    }
    // Drop items whose elements left the page, so a page that swaps content doesn't grow our maps forever.
    for (const element of items.keys()) {
      if (element.isConnected) continue;
      items.delete(element);
      models.delete(element);
      helps.delete(element);
    }
    renderChips();
    readyAt ??= performance.now();
  };
  /**
   * The next slice runs after the page's next frame: timer tasks back to back can hold frames off for the whole
   * scan. A hidden page draws no frames, so there (and should a frame not come) a timer starts the slice.
   */
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    let started = false;
    const next = () => {
      if (started) return;
      started = true;
      setTimeout(work, 0);
    };
    const view = doc.defaultView;
    if (view && doc.visibilityState === 'visible') view.requestAnimationFrame(next);
    setTimeout(next, FRAME_WAIT_MS);
  };

  /** Queues `root` for scanning and glossing; the document and the shadow roots found in it are watched. */
  const annotate = (root: Document | Element) => {
    if (root === doc) observe(doc);
    queue.push(scanItems(root, observe));
  };

  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (stopped) return;
    const roots = pending.filter((node) => node.isConnected && !pending.some((o) => o !== node && o.contains(node)));
    pending = [];
    for (const root of roots) annotate(root as Element);
    if (!scheduled) work();
  };

  function observe(node: Document | ShadowRoot | Element) {
    if (observed.has(node) || !doc.defaultView) return;
    observed.add(node);
    const observer = new doc.defaultView.MutationObserver((records) => {
      for (const record of records) {
        for (const added of Array.from(record.addedNodes)) {
          if (added.nodeType === 1 && !(added as Element).closest('tebiki-overlay')) pending.push(added);
          else if (added.nodeType === 3 && added.parentElement) pending.push(added.parentElement);
        }
        if (record.type === 'characterData' && record.target.parentElement) pending.push(record.target.parentElement);
      }
      if (pending.length > 0 && timer === null) timer = setTimeout(flush, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    });
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  }

  /** The item for an event; a field the debounced rescan has not reached yet is scanned on the spot. */
  const itemFor = (event: Event): ScanItem | null => {
    const found = itemForEvent(event, items);
    if (found) return found;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !isFormControl(target)) return null;
    annotateNow(target);
    return items.get(target) ?? null;
  };

  listen(doc, 'focusin', (event) => {
    const item = itemFor(event);
    if (!item) return;
    overlay.clearStatus(item.element);
    show(item);
  });
  listen(doc, 'focusout', (event) => {
    const target = event.composedPath()[0];
    if (overlay.visibleFor && overlay.visibleFor === target) overlay.hide();
    const item = target instanceof Element ? items.get(target) : undefined;
    if (item?.kind === 'field') check(item);
  });
  listen(doc, 'mouseover', (event) => {
    const item = itemFor(event);
    if (item) show(item);
  });
  listen(doc, 'mouseout', (event) => {
    const item = itemForEvent(event, items);
    // Keep the tooltip of the focused field while the pointer wanders.
    const active = doc.activeElement?.shadowRoot?.activeElement ?? doc.activeElement;
    if (item && overlay.visibleFor === item.element && active !== item.element) overlay.hide();
  });
  listen(doc, 'keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key === 'Escape' && overlay.visibleFor) overlay.hide();
    // Alt+Shift+1…9: the tooltip's conversion buttons, from the keyboard, without leaving the field.
    const digit = /^Digit([1-9])$/.exec(key.code)?.[1];
    const visible = overlay.visibleFor ? items.get(overlay.visibleFor) : undefined;
    if (digit && key.altKey && key.shiftKey && visible) {
      const id = helpFor(visible)?.conversions[Number(digit) - 1];
      if (id) {
        key.preventDefault();
        act(visible, id);
      }
    }
  });
  // Chips are placed in the document's coordinates: scrolling the document does not move them relative to their
  // labels, scrolling a box inside the page (or resizing) does.
  const follow = (event: Event) => overlay.reposition(event.target !== doc);
  listen(doc, 'scroll', follow, { capture: true, passive: true });
  if (doc.defaultView) listen(doc.defaultView, 'resize', follow, { passive: true });

  // The first slice runs after the page's next frame, not in the task that started the script.
  annotate(doc);
  schedule();
  // A field the user tabbed into before Tebiki started is explained at once.
  const focused = doc.activeElement?.shadowRoot?.activeElement ?? doc.activeElement;
  if (focused && isFormControl(focused)) {
    annotateNow(focused);
    const item = items.get(focused);
    if (item) show(item);
  }

  return {
    counts() {
      const fields = visibleFields([...items.values()]);
      return { fields: fields.length, annotated: fields.filter((item) => hasEnglish(modelFor(item))).length };
    },
    get readyAt() {
      return readyAt;
    },
    refresh() {
      models.clear();
      helps.clear();
      renderChips();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      for (const observer of observers) observer.disconnect();
      items.clear();
      models.clear();
      helps.clear();
    },
  };
}

/** The label element that names a field, for placing its chip. */
function labelElement(field: Element): Element | null {
  const labels = (field as HTMLInputElement).labels;
  if (labels && labels.length > 0) return labels[0]!;
  const cell = field.closest('td');
  const header = cell?.parentElement?.querySelector(':scope > th');
  return header ?? null;
}

/** One chip per anchor (a row header labels several fields). */
function dedupe<T extends { anchor: Element }>(chips: T[]): T[] {
  const seen = new Set<Element>();
  return chips.filter((chip) => (seen.has(chip.anchor) ? false : (seen.add(chip.anchor), true)));
}
