/**
 * Watches the page (and each open shadow root found in it) for content added later: a debounced MutationObserver
 * that hands the added subtrees, outermost only, to `onAdded`. Every observer disconnects and the pending timer is
 * cleared when the signal aborts.
 */

/** Debounce of rescans after DOM changes, in ms. */
export const DEFAULT_DEBOUNCE_MS = 50;

export interface Watcher {
  /** Starts watching a document, shadow root or element (once per node). */
  observe(node: Document | ShadowRoot | Element): void;
  /** How many observers are connected (for tests). */
  readonly observers: number;
}

export interface WatchOptions {
  doc: Document;
  signal: AbortSignal;
  debounceMs?: number;
  /** Hears the roots of what was added or changed (connected, none inside another). */
  onAdded(roots: Element[]): void;
  /** Nodes whose changes are ignored (Tebiki's own overlay). */
  ignore?: (element: Element) => boolean;
}

/** Creates a watcher; nothing is observed until `observe` is called. */
export function createWatcher(options: WatchOptions): Watcher {
  const { doc, signal } = options;
  const observed = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  signal.addEventListener(
    'abort',
    () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      for (const observer of observers) observer.disconnect();
      observers.length = 0;
      pending = [];
    },
    { once: true },
  );

  const flush = () => {
    timer = null;
    if (signal.aborted) return;
    const nodes = pending;
    pending = [];
    const roots = nodes.filter((node) => node.isConnected && !nodes.some((o) => o !== node && o.contains(node)));
    options.onAdded([...new Set(roots)] as Element[]);
  };

  const record = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const added of Array.from(record.addedNodes)) {
        if (added.nodeType === 1 && !options.ignore?.(added as Element)) pending.push(added);
        else if (added.nodeType === 3 && added.parentElement) pending.push(added.parentElement);
      }
      if (record.type === 'characterData' && record.target.parentElement) pending.push(record.target.parentElement);
    }
    if (pending.length > 0 && timer === null && !signal.aborted) {
      timer = setTimeout(flush, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    }
  };

  return {
    observe(node) {
      if (signal.aborted || observed.has(node) || !doc.defaultView) return;
      observed.add(node);
      const observer = new doc.defaultView.MutationObserver(record);
      observer.observe(node, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    },
    get observers() {
      return observers.length;
    },
  };
}
