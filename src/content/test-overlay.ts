/**
 * Test doubles for the content script's units (never imported by extension code): an overlay that records what it
 * is asked to show, a glosser that counts refinements, and a listener counter that tells which listeners are still
 * attached (added and not yet removed by their signal).
 */
import type { ChipLayer } from './chips';
import type { GlossLike } from './gloss-read';
import type { Overlay } from './overlay';
import type { TextGlosser } from './store';
import type { TooltipModel } from './tooltip-model';

export interface RecordingOverlay extends Overlay {
  shown: { anchor: Element; model: TooltipModel; act?: (id: string) => void }[];
  statuses: { anchor: Element; messages: string[] }[];
  textSize: 'small' | 'medium' | 'large';
}

/** An overlay that keeps every show and status instead of drawing them. */
export function recordingOverlay(): RecordingOverlay {
  let visible: Element | null = null;
  const chips: ChipLayer & { items: number } = {
    items: 0,
    set(list) {
      this.items = list.length;
    },
    reposition() {},
    scrolled() {},
    clear() {
      this.items = 0;
    },
    setHandlers() {},
    get count() {
      return this.items;
    },
    get stats() {
      return { chips: this.items, markers: 0, dropped: 0 };
    },
  };
  const overlay: RecordingOverlay = {
    shown: [],
    statuses: [],
    show(anchor, model, act) {
      visible = anchor;
      overlay.shown.push({ anchor, model, ...(act ? { act } : {}) });
    },
    toggleDetails: () => visible !== null,
    showStatus(anchor, messages) {
      overlay.statuses.push({ anchor, messages });
    },
    clearStatus() {},
    reposition() {},
    hide() {
      visible = null;
    },
    get visibleFor() {
      return visible;
    },
    chips,
    textSize: 'medium',
    focusTooltip: () => visible !== null,
    hasFocus: false,
    owns: () => false,
    setTextSize(size) {
      overlay.textSize = size;
    },
    destroy() {},
  };
  return overlay;
}

/** A glosser over a tiny table, counting glosses and refinement requests. */
export function countingGlosser(
  table: Record<string, string> = {},
): TextGlosser & { glosses: number; refines: number } {
  const gloss = (text: string): GlossLike => ({
    text,
    segments: [{ text, source: Object.hasOwn(table, text) ? 'glossary' : 'unknown' }],
    ...(Object.hasOwn(table, text) ? { translation: table[text] } : {}),
  });
  const glosser = {
    glosses: 0,
    refines: 0,
    gloss(text: string) {
      glosser.glosses++;
      return gloss(text);
    },
    refineAll(results: GlossLike[]) {
      glosser.refines++;
      return Promise.resolve(
        results.map((r) => ({ ...r, segments: r.segments.map((s) => ({ ...s, reading: 'よみ' })) })),
      );
    },
  };
  return glosser;
}

/**
 * Counts the listeners attached to `targets` through addEventListener with a signal: those whose signal has not
 * aborted are still attached. Call the returned function to stop counting.
 */
export function countListeners(targets: EventTarget[]): { attached(): number; restore(): void } {
  const added: { signal?: AbortSignal }[] = [];
  // An own property over the method; restoring puts back the target's own property, if it had one.
  const owns = targets.map((target) => Object.getOwnPropertyDescriptor(target, 'addEventListener'));
  for (const target of targets) {
    const add = target.addEventListener.bind(target);
    target.addEventListener = (type, listener, options) => {
      added.push({ ...(typeof options === 'object' && options.signal ? { signal: options.signal } : {}) });
      add(type, listener, options);
    };
  }
  return {
    attached: () => added.filter((a) => !a.signal?.aborted).length,
    restore: () =>
      targets.forEach((target, i) => {
        const own = owns[i];
        if (own) Object.defineProperty(target, 'addEventListener', own);
        else delete (target as Partial<EventTarget>).addEventListener;
      }),
  };
}
