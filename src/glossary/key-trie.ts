/**
 * A compact trie over UTF-16 code units, mapping dictionary keys to entry numbers.
 *
 * Why a trie: walking a label with `text.slice(i, j)` and a Map of strings allocates and hashes a new
 * string at every step, and that was most of the glosser's time; here a walk reads char codes only.
 * Why built at compile time: laying out 20,000 nodes cost 30–80 ms in a cold content script. The
 * compiler stores the trie in breadth-first order, where the children of a node are consecutive and
 * edge e leads to node e + 1, so the stored form is just a child count per node, one character per
 * edge and an entry per node; loading it is one prefix sum.
 */

/** Node id of the root. */
export const ROOT = 0;

/** The stored form of a trie (JSON-serialisable), breadth-first. */
export interface KeyTrieData {
  /** Number of children of each node. */
  counts: number[];
  /** The character of each edge; edges are grouped by parent in node order, each group sorted. */
  chars: string;
  /** Entry whose key ends at each node, -1 for none. */
  entries: number[];
}

/** A trie ready for walking. */
export interface KeyTrie {
  /** The child of `node` along char code `code`, or -1. */
  child(node: number, code: number): number;
  /** The entry whose key ends at `node`, or -1. */
  entryAt(node: number): number;
  /** The entry of a whole key, or -1. @example trie.get('氏名') */
  get(key: string): number;
  /** Number of nodes. */
  readonly size: number;
}

/**
 * Builds the stored form from key → entry pairs. Empty keys are ignored; a repeated key keeps its
 * last entry (resolve preferences first).
 */
export function buildKeyTrieData(pairs: Iterable<readonly [key: string, entry: number]>): KeyTrieData {
  const byKey = new Map<string, number>();
  for (const [key, value] of pairs) if (key.length > 0) byKey.set(key, value);
  // Sorted keys (by code unit) put each node's keys in one contiguous range.
  const keys = [...byKey.keys()].sort();
  const data: KeyTrieData = { counts: [], chars: '', entries: [] };
  const chars: string[] = [];
  // Breadth-first: a queue of key ranges [lo, hi) sharing a prefix of length `depth`.
  const queue: Array<[lo: number, hi: number, depth: number]> = keys.length > 0 ? [[0, keys.length, 0]] : [[0, 0, 0]];
  for (let q = 0; q < queue.length; q++) {
    let [lo] = queue[q]!;
    const [, hi, depth] = queue[q]!;
    let entry = -1;
    if (lo < hi && keys[lo]!.length === depth) entry = byKey.get(keys[lo++]!)!; // the prefix itself sorts first
    let count = 0;
    for (let k = lo; k < hi;) {
      const code = keys[k]!.charCodeAt(depth);
      let end = k + 1;
      while (end < hi && keys[end]!.charCodeAt(depth) === code) end++;
      chars.push(String.fromCharCode(code));
      queue.push([k, end, depth + 1]);
      count++;
      k = end;
    }
    data.counts.push(count);
    data.entries.push(entry);
  }
  data.chars = chars.join('');
  return data;
}

/**
 * Makes a stored trie walkable.
 * @example loadKeyTrie(index.trie).get('暗証番号')
 */
export function loadKeyTrie(data: KeyTrieData): KeyTrie {
  const size = data.counts.length;
  const firstEdge = new Int32Array(size + 1);
  for (let n = 0; n < size; n++) firstEdge[n + 1] = firstEdge[n]! + data.counts[n]!;
  const entries = Int32Array.from(data.entries);
  const chars = data.chars;
  // The root has thousands of children (first characters): a Map beats binary search there.
  const rootChildren = new Map<number, number>();
  for (let e = 0; e < firstEdge[1]!; e++) rootChildren.set(chars.charCodeAt(e), e + 1);

  const child = (node: number, code: number): number => {
    if (node === ROOT) return rootChildren.get(code) ?? -1;
    let lo = firstEdge[node]!;
    let hi = firstEdge[node + 1]! - 1;
    // Binary search; most nodes have one to three edges, so this ends after a step or two.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = chars.charCodeAt(mid);
      if (c === code) return mid + 1;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  const get = (key: string): number => {
    let node = ROOT;
    for (let i = 0; i < key.length && node >= 0; i++) node = child(node, key.charCodeAt(i));
    return node > ROOT ? entries[node]! : -1;
  };

  return { child, entryAt: (node) => entries[node]!, get, size };
}

/** Builds a walkable trie directly (tests and tools). */
export function buildKeyTrie(pairs: Iterable<readonly [key: string, entry: number]>): KeyTrie {
  return loadKeyTrie(buildKeyTrieData(pairs));
}
