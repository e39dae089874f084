/**
 * A compact trie over UTF-16 code units, mapping dictionary keys to entry numbers.
 *
 * Why not a Map of strings: walking a label with `text.slice(i, j)` allocates and hashes a new string
 * at every step, and that was most of the glosser's time. Here a walk reads char codes and typed arrays
 * only. The root's children (a few thousand first characters) are a Map keyed by char code; deeper
 * nodes, which have few children, keep sorted edges in typed arrays. It also takes less heap than a
 * Map holding every key and prefix as a string.
 */

/** Node id of the root. */
export const ROOT = 0;

/** An immutable trie built by {@link buildKeyTrie}. */
export interface KeyTrie {
  /** The child of `node` along char code `code`, or -1. */
  child(node: number, code: number): number;
  /** The entry whose key ends at `node`, or -1. */
  entryAt(node: number): number;
  /** The entry of a whole key, or -1. @example trie.get('氏名') */
  get(key: string): number;
  /** Number of nodes (for stats). */
  readonly size: number;
}

/**
 * Builds a trie from key → entry pairs. Keys must be non-empty; a repeated key keeps its last entry
 * (resolve preferences before building).
 */
export function buildKeyTrie(pairs: Iterable<readonly [key: string, entry: number]>): KeyTrie {
  // Build with temporary Maps, then lay the nodes out breadth-first in typed arrays.
  const children: Array<Map<number, number> | undefined> = [undefined];
  const ends: number[] = [-1];
  for (const [key, entry] of pairs) {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let map = children[node];
      if (!map) children[node] = map = new Map();
      let next = map.get(code);
      if (next === undefined) {
        next = ends.length;
        ends.push(-1);
        children.push(undefined);
        map.set(code, next);
      }
      node = next;
    }
    ends[node] = entry;
  }

  const count = ends.length;
  const entry = new Int32Array(count);
  const firstEdge = new Int32Array(count);
  const edgeCount = new Int32Array(count);
  const edgeChar = new Uint16Array(Math.max(count - 1, 0));
  const edgeNode = new Int32Array(Math.max(count - 1, 0));
  const rootChildren = new Map<number, number>();
  // Breadth-first renumbering: new ids in visiting order, each node's edges sorted by char code.
  const order = [ROOT];
  const newId = new Int32Array(count);
  let edges = 0;
  for (let k = 0; k < order.length; k++) {
    const old = order[k]!;
    entry[k] = ends[old]!;
    firstEdge[k] = edges;
    const map = children[old];
    if (!map) continue;
    const sorted = [...map].sort((a, b) => a[0] - b[0]);
    edgeCount[k] = sorted.length;
    for (const [code, child] of sorted) {
      newId[child] = order.length;
      order.push(child);
      edgeChar[edges] = code;
      edgeNode[edges] = newId[child]!;
      if (k === ROOT) rootChildren.set(code, newId[child]!);
      edges++;
    }
  }

  const child = (node: number, code: number): number => {
    if (node === ROOT) return rootChildren.get(code) ?? -1;
    let lo = firstEdge[node]!;
    let hi = lo + edgeCount[node]! - 1;
    // Binary search; most nodes have one to three edges, so this ends after a step or two.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = edgeChar[mid]!;
      if (c === code) return edgeNode[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  const get = (key: string): number => {
    let node = ROOT;
    for (let i = 0; i < key.length && node >= 0; i++) node = child(node, key.charCodeAt(i));
    return node > ROOT ? entry[node]! : -1;
  };

  return { child, entryAt: (node) => entry[node]!, get, size: count };
}
