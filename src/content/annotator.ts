/**
 * Wires a page to the overlay: scans it into the item store in frame-paced slices (schedule.ts), rescans what is
 * added later (watch.ts), and answers focus and hover with the tooltip built from the item (interactions.ts,
 * tooltip-build.ts); leaving a field checks it, a click on a conversion runs it (field-actions.ts). The annotator owns
 * an AbortSignal (its own controller, combined with the content script's): `stop()` aborts it, which removes every
 * listener, observer and timer it added.
 */
import fieldKindRules from 'virtual:tebiki-field-kinds';
import type { ConversionId } from '@/src/hints/convert';
import type { Shortcuts, TooltipCommand } from '@/src/keyboard/commands';
import type { PortalId } from '@/src/portals/portals';
import type { matchScreen } from '@/src/portals/screens';
import { findControls, isFormControl, isVisible, type FormControl } from './controls';
import { chipsOf } from './chips-feed';
import { applyConversion, checkField } from './field-actions';
import { understandField, type FieldUnderstanding } from './field-understanding';
import { meaningOf } from './gloss-read';
import { focusedElement, listenInteractions } from './interactions';
import { cleanText } from './labels';
import type { Overlay } from './overlay';
import { looksSecret } from './read-value';
import { scanItems, type ScanItem } from './scan';
import { createWorkQueue } from './schedule';
import { createStore, selectOptions, type TextGlosser, type Item, type ItemStore } from './store';
import { shown, type Texts } from './texts';
import { buildTooltip } from './tooltip-build';
import type { Shown } from './tooltip-model';
import { createWatcher } from './watch';
import { createHoverIntent } from './hover-intent';
import { runCommand } from './keyboard';

export interface AnnotatorOptions {
  doc: Document;
  overlay: Overlay;
  glosser: TextGlosser;
  /** The user's language: catalogue and data texts (read at each show, so a new language applies at once). */
  texts: () => Texts;
  furigana: () => boolean;
  /** Whether inline chips are on (read on every change, so the popup's toggle applies at once). */
  inline: () => boolean;
  /** The portal, for its field limits (作成コーナー: フリガナ 姓 ≤ 11) and its profile. */
  portal?: PortalId;
  /** The screen's profile, for which secret a password field is. */
  screen?: () => ReturnType<typeof matchScreen>;
  /** The content script's signal (WXT's ctx.signal): when it aborts, the annotator stops too. */
  signal?: AbortSignal;
  /** Debounce of rescans after DOM changes, in ms. */
  debounceMs?: number;
  /** How long the pointer rests before a hover shows a tooltip, in ms (the user's setting; read on every hover). */
  hoverDelay?: () => number;
  /** Focus-only mode: hovering shows nothing (the user's setting). */
  focusOnly?: () => boolean;
  /** The tooltip's text size (the user's setting). */
  textSize?: () => 'small' | 'medium' | 'large';
  /** The keys bound to Tebiki's commands now, shown on the tooltip's buttons. */
  shortcuts?: () => Shortcuts;
}

export interface Annotator {
  /** Counts for the popup: visible controls, and those with a meaning. */
  counts(): { fields: number; annotated: number };
  /** When the first full scan and gloss finished (performance.now()), for benchmarks. */
  readonly readyAt: number | null;
  /** Re-applies settings (inline chips, furigana, language, text size). */
  refresh(): void;
  /** Runs one of Tebiki's keyboard commands in this frame; true when it did something. */
  command(command: TooltipCommand): boolean;
  stop(): void;
  /** The store, for tests and the popup's counts. */
  readonly store: ItemStore;
}

const SECRET_WORDS = new RegExp(fieldKindRules.secretWords ?? '(?!)', 'u');
const OPTION_LENGTH = 40;

/** A label, header or term that names exactly one control: hovering it explains that control. */
function controlNamedBy(el: Element): FormControl | null {
  if (el.localName === 'label') {
    const control = (el as HTMLLabelElement).control;
    return control && isFormControl(control) ? control : null;
  }
  let scope: Element | null = null;
  if (el.localName === 'th' || el.localName === 'td') scope = el.closest('thead') ? null : el.parentElement;
  else if (el.localName === 'dt') {
    scope = el.nextElementSibling;
    while (scope && scope.localName !== 'dd') scope = scope.nextElementSibling;
  }
  if (!scope) return null;
  const controls = findControls(scope).filter((c) => !el.contains(c));
  return controls.length === 1 ? controls[0]! : null;
}

/** Starts explaining the page. */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, overlay, glosser } = options;
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([controller.signal, options.signal]) : controller.signal;
  const store = createStore(glosser, (el) => selectOptions(el, (t) => cleanText(t, OPTION_LENGTH)));
  const screen: () => ReturnType<typeof matchScreen> = options.screen ?? (() => ({ title: '' }));
  /** What the last conversion said (other candidates, or what to type instead), shown until the next check. */
  const said = new WeakMap<Item, Shown[]>();
  let readyAt: number | null = null;

  const take = (scanned: ScanItem) => {
    const item = store.add(scanned);
    // A field seen as a password once stays secret, whatever a show/hide toggle makes its type later.
    if (item.kind === 'field') looksSecret(item.element as FormControl);
  };

  const fieldOf = (item: Item): FieldUnderstanding | null => {
    if (item.field !== undefined) return item.field;
    item.field =
      item.kind === 'field'
        ? understandField(item.element as FormControl, item.label, {
            ...(options.portal ? { portal: options.portal } : {}),
            screen,
          })
        : null;
    return item.field;
  };

  /** The item whose tooltip shows, and what it is placed by (the field, or the label the pointer is on). */
  let visible: { item: Item; anchor: Element } | null = null;
  const hide = () => {
    visible = null;
    overlay.hide();
  };

  const show = (item: Item, anchor: Element = item.element) => {
    if (signal.aborted) return;
    visible = { item, anchor };
    const field = fieldOf(item) ?? undefined;
    const note = field?.note ? store.addText(item, field.note, 'note') : undefined;
    const texts = options.texts();
    const model = buildTooltip(item, {
      texts,
      furigana: options.furigana(),
      ...(field ? { field } : {}),
      ...(note ? { note } : {}),
      cardSecrets: screen().profile?.cardSecrets ?? false,
      secretWords: SECRET_WORDS,
      ...(options.shortcuts ? { shortcuts: options.shortcuts() } : {}),
    });
    const extra = said.get(item) ?? [];
    if (extra.length > 0) model.problems = [...extra, ...model.problems];
    const ui = {
      more: texts.catalogue.t('tooltip.more'),
      less: texts.catalogue.t('tooltip.less'),
      interactive: focusedElement(doc) === item.element,
      ...(options.shortcuts?.()['tooltip-more'] ? { moreShortcut: options.shortcuts()['tooltip-more'] } : {}),
    };
    overlay.show(anchor, model, (id) => act(item, id as ConversionId), ui);
    // Readings and inflected words from the shared tokenizer, once per text; a visible tooltip is drawn again
    // (not while the keyboard is inside it: drawing it again would take the focus from under the user).
    void store.refine(item).then((changed) => {
      if (changed && !signal.aborted && visible?.item === item && overlay.visibleFor && !overlay.hasFocus) {
        show(item, visible.anchor);
      }
    });
  };

  /** Runs a conversion the user clicked (or pressed Alt+Shift+N for), then shows the tooltip again. */
  const act = (item: Item, id: ConversionId): void => {
    const field = fieldOf(item);
    if (!field || signal.aborted) return;
    const outcome = applyConversion(item.element as FormControl, field, id);
    const texts = options.texts();
    const lines: Shown[] = [];
    if (outcome.written && outcome.also.length > 0) {
      lines.push(shown(texts, 'tooltip.alsoPossible', { values: outcome.also.join(', ') }));
    } else if (!outcome.written && outcome.instead?.era) {
      lines.push(shown(texts, 'warn.eraInstead', { ...outcome.instead }));
    } else if (!outcome.written && outcome.instead) lines.push(shown(texts, 'warn.noFit'));
    said.set(item, lines);
    if (outcome.written) item.problems = [];
    show(item);
  };

  /** Checks a field the user left: problems show beside it (never blocking) and in its tooltip on return. */
  const check = (item: Item) => {
    const field = fieldOf(item);
    if (!field) return;
    said.delete(item);
    item.problems = checkField(item.element as FormControl, field);
    const texts = options.texts();
    if (item.problems.length > 0) {
      overlay.showStatus(
        item.element,
        item.problems.map((p) => texts.catalogue.t(p.message, p.params)),
      );
    } else overlay.clearStatus(item.element);
  };

  const renderChips = () => {
    if (signal.aborted) return;
    if (!options.inline()) return overlay.chips.clear();
    overlay.chips.set(chipsOf(store.items()));
  };

  const queue = createWorkQueue<ScanItem>({
    doc,
    signal,
    take,
    // main.ts awaits the index before it starts the annotator; this only covers a start without it.
    ...(glosser.prepare ? { prepare: () => void Promise.resolve(glosser.prepare!()).catch(() => undefined) } : {}),
    idle() {
      // Items whose elements left the page are dropped, so a page that swaps content doesn't grow the store forever.
      store.prune();
      renderChips();
      readyAt ??= performance.now();
    },
  });
  const watcher = createWatcher({
    doc,
    signal,
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    ignore: (el) => overlay.owns(el) || el.closest('tebiki-overlay') !== null,
    onAdded(roots) {
      for (const root of roots) queue.push(scanItems(root, (shadow) => watcher.observe(shadow)));
      queue.runNow();
    },
  });

  /** Scans and glosses one control at once (focused before the slices reached it). */
  const scanNow = (control: FormControl): Item | undefined => {
    for (const scanned of scanItems(control, (shadow) => watcher.observe(shadow))) if (scanned) take(scanned);
    return store.get(control);
  };

  /** The item an element belongs to: a control a label names, else the nearest scanned ancestor. */
  const itemFor = (target: Element): Item | undefined => {
    const label = target.closest('label, th, td, dt');
    const named = label && !isFormControl(target) ? controlNamedBy(label) : null;
    if (named) return store.get(named) ?? scanNow(named);
    for (let el: Element | null = target; el; el = el.parentElement) {
      const item = store.get(el);
      if (item) return item;
    }
    return isFormControl(target) ? scanNow(target) : undefined;
  };

  /** Shows what the pointer rests on (after the hover delay). */
  const showHovered = (target: Element) => {
    if (!target.isConnected || overlay.hasFocus) return;
    const item = itemFor(target);
    if (!item || (visible?.item === item && overlay.visibleFor)) return;
    // A label, header or term that names a field explains that field, placed by what the pointer is on.
    const label =
      item.element !== target && !item.element.contains(target) ? target.closest('label, th, td, dt') : null;
    show(item, label ?? item.element);
  };
  const hover = createHoverIntent({
    delay: () => options.hoverDelay?.() ?? 0,
    enabled: () => !(options.focusOnly?.() ?? false),
    show: showHovered,
    signal,
  });
  // A chip's marker (a label whose chip did not fit) opens its label's tooltip on hover.
  overlay.chips.setHandlers({
    open: (anchor) => showHovered(anchor),
    close: (anchor) => {
      const item = itemFor(anchor);
      if (item && visible?.item === item && focusedElement(doc) !== item.element) hide();
    },
  });

  /** Runs a conversion of the visible tooltip (0 for its first button); false when there is none. */
  const actVisible = (index: number): boolean => {
    const item = overlay.visibleFor ? visible?.item : undefined;
    const id = item ? fieldOf(item)?.conversions[index] : undefined;
    if (!item || !id) return false;
    act(item, id);
    return true;
  };

  listenInteractions(doc, signal, {
    focus(target) {
      hover.cancel();
      const item = itemFor(target);
      if (!item) return;
      overlay.clearStatus(item.element);
      show(item);
    },
    blur(target) {
      // Focus moved into the tooltip (a keyboard command): the tooltip stays, and the field is checked on return.
      if (overlay.hasFocus) return;
      if (overlay.visibleFor && visible?.item.element === target) hide();
      const item = store.get(target);
      if (item?.kind === 'field') check(item);
    },
    over(target) {
      if (overlay.owns(target)) return;
      hover.over(target);
    },
    out(target, to) {
      hover.out(target);
      if (overlay.hasFocus) return;
      const item = itemFor(target);
      if (!item || !overlay.visibleFor || visible?.item !== item) return;
      // Keep the tooltip while the pointer moves within what it explains (a label's inner span, the field it names),
      // onto Tebiki's own overlay, or wanders while the field has the focus.
      if (to && (overlay.owns(to) || itemFor(to) === item)) return;
      const focused = focusedElement(doc);
      if (focused === item.element) return;
      // The pointer leaves what it showed: back to the field being typed in, if any, else nothing.
      const typing = focused ? store.get(focused) : undefined;
      if (typing?.kind === 'field') show(typing);
      else hide();
    },
    escape() {
      hover.cancel();
      if (overlay.visibleFor) hide();
    },
    moved(documentScroll) {
      overlay.reposition(!documentScroll);
    },
  });

  overlay.setTextSize(options.textSize?.() ?? 'medium');
  // The first slice runs after the page's next frame, not in the task that started the script.
  watcher.observe(doc);
  queue.push(scanItems(doc, (shadow) => watcher.observe(shadow)));
  queue.kick();
  // A field the user tabbed into before Tebiki started is explained at once.
  const focused = focusedElement(doc);
  if (focused && isFormControl(focused)) {
    const item = scanNow(focused);
    if (item) show(item);
  }

  return {
    counts() {
      const fields = [...store.items()].filter(
        (item) => item.kind === 'field' && item.element.isConnected && isVisible(item.element),
      );
      const annotated = fields.filter((item) => item.texts.some((t) => meaningOf(t.gloss) !== undefined));
      return { fields: fields.length, annotated: annotated.length };
    },
    get readyAt() {
      return readyAt;
    },
    refresh() {
      store.forgetDerived();
      overlay.setTextSize(options.textSize?.() ?? 'medium');
      renderChips();
    },
    command(command) {
      return runCommand(
        command,
        { focusTooltip: () => overlay.focusTooltip(), action: actVisible, more: () => overlay.toggleDetails() },
        doc,
      );
    },
    stop() {
      controller.abort();
      store.clear();
    },
    store,
  };
}
