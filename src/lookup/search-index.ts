/**
 * The search index of the glossary lookup, built once per page load from the compiled index (the one the content
 * script glosses with) and, when the user reads another language, that language's pack.
 *
 * What it holds, each sorted or hashed for the query (search.ts):
 * - every match key of every entry (terms and variants, as the glosser's trie holds them), sorted for prefixes;
 * - readings, exact (hiragana) and loose (kana-keys.ts), sorted for prefixes;
 * - the words of each meaning (English always, the pack's language too), sorted for prefixes while the user is
 *   still typing, and grouped by stem.
 * Building it walks ~12,000 entries once (tens of ms: `npm run bench` reports it); a query then touches only what
 * matches.
 */
import type { CompiledIndex } from '@/src/dictionary/compiled-index';
import type { LanguagePack } from '@/src/dictionary/language-pack';

import { looseKana } from './kana-keys';
import { foldText, stem, wordsOf } from './words';
import { katakanaToHiragana } from '@/src/text/kana';

/** Which meaning a word came from: the English of the index, or the pack's language. */
export type MeaningSource = 'en' | 'pack';

/**
 * A sorted list of distinct keys, each with the entries it leads to (key k's entries are
 * `list[starts[k]] … list[starts[k + 1] - 1]`, in the order they were added): exact and prefix lookups by binary
 * search, and few objects for the garbage collector (one string per key, two typed arrays).
 */
export interface SortedKeys {
  keys: string[];
  starts: Int32Array;
  list: Int32Array;
}

export interface SearchIndex {
  readonly index: CompiledIndex;
  /** The pack whose glosses were indexed, if any (it fits the index: same entry count). */
  readonly pack: LanguagePack | null;
  /** Every match key (normalised term or variant) → entries. */
  readonly keys: SortedKeys;
  /** Exact readings (hiragana; a kana term reads as itself) → entries. */
  readonly readingKeys: SortedKeys;
  /** Loose readings (kana-keys.ts) → entries. */
  readonly looseKeys: SortedKeys;
  /** Folded words of the meanings → entries, by source. */
  readonly words: Record<MeaningSource, SortedKeys>;
  /** Stem → positions of the words (in `words`) that have it, by source. */
  readonly stems: Record<MeaningSource, Map<string, number[]>>;
  /** Folded pack gloss per entry, for languages written without spaces (substring search). */
  readonly packText: string[];
  /** Term of each entry as written (the dictionaries write them normalised), for "contains". */
  readonly terms: string[];
}

/** Collects key → entry pairs, then lays them out sorted by key in one pass (a counting sort). */
class KeyCollector {
  private readonly ids = new Map<string, number>();
  private readonly pairKey: number[] = [];
  private readonly pairEntry: number[] = [];
  add(key: string, entry: number): void {
    if (!key) return;
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    this.pairKey.push(id);
    this.pairEntry.push(entry);
  }
  sorted(): SortedKeys {
    const keys = [...this.ids.keys()].sort();
    const rank = new Int32Array(keys.length);
    keys.forEach((key, k) => (rank[this.ids.get(key)!] = k));
    const starts = new Int32Array(keys.length + 1);
    for (const id of this.pairKey) starts[rank[id]! + 1]!++;
    for (let k = 0; k < keys.length; k++) starts[k + 1]! += starts[k]!;
    const fill = starts.slice(0, keys.length);
    const list = new Int32Array(this.pairKey.length);
    let used = 0;
    for (let p = 0; p < this.pairKey.length; p++) {
      const k = rank[this.pairKey[p]!]!;
      const at = fill[k]!;
      // The same entry twice in a row under one key (a word repeated in one gloss) is kept once.
      if (at > starts[k]! && list[at - 1] === this.pairEntry[p]) continue;
      list[at] = this.pairEntry[p]!;
      fill[k] = at + 1;
      used++;
    }
    if (used === list.length) return { keys, starts, list };
    // Close the gaps the skipped repeats left.
    const packed = new Int32Array(used);
    const packedStarts = new Int32Array(keys.length + 1);
    for (let k = 0, at = 0; k < keys.length; k++) {
      packedStarts[k] = at;
      packed.set(list.subarray(starts[k], fill[k]), at);
      at += fill[k]! - starts[k]!;
      packedStarts[k + 1] = at;
    }
    return { keys, starts: packedStarts, list: packed };
  }
}

/**
 * Every key of the compiled trie with its entries, in sorted order: a depth-first walk of the breadth-first layout
 * (key-trie.ts: the edges of node n are consecutive and sorted, and edge e leads to node e + 1) visits keys in
 * code-unit order, so no sort is needed. A key the glossary shadows also leads to its vocabulary entry.
 */
export function trieKeys(index: CompiledIndex): SortedKeys {
  const { counts, chars, entries } = index.trie;
  const firstEdge = new Int32Array(counts.length + 1);
  for (let n = 0; n < counts.length; n++) firstEdge[n + 1] = firstEdge[n]! + counts[n]!;
  const shadowed = new Map<string, number[]>();
  index.shadowedKeys.forEach((key, k) => {
    const list = shadowed.get(key) ?? [];
    list.push(index.shadowedEntries[k]!);
    shadowed.set(key, list);
  });

  const keys: string[] = [];
  const starts: number[] = [0];
  const list: number[] = [];
  // Depth-first with an explicit stack of nodes and the characters of the path in a buffer: a string is made only
  // for a node that ends a key (a third of the nodes), not for every prefix.
  const stack: number[] = [0];
  const depthOf = new Int32Array(counts.length);
  const path: number[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const depth = depthOf[node]!;
    if (node > 0) path[depth - 1] = chars.charCodeAt(node - 1);
    path.length = depth;
    if (entries[node]! >= 0 && depth > 0) {
      const key = String.fromCharCode(...path);
      keys.push(key);
      list.push(entries[node]!);
      const more = shadowed.get(key);
      if (more) list.push(...more);
      starts.push(list.length);
    }
    // Children pushed in reverse, so that the smallest is visited first.
    for (let e = firstEdge[node + 1]! - 1; e >= firstEdge[node]!; e--) {
      depthOf[e + 1] = depth + 1;
      stack.push(e + 1);
    }
  }
  return { keys, starts: Int32Array.from(starts), list: Int32Array.from(list) };
}

/**
 * Builds the search index.
 * @param pack the user's language pack, or null (English only). A pack built for another index is ignored.
 * @example const search = buildSearchIndex(loadIndex(), null); searchEntries(search, 'expiry')
 */
export function buildSearchIndex(index: CompiledIndex, pack: LanguagePack | null): SearchIndex {
  const count = index.term.length;
  const usable = pack && pack.gloss.length === count ? pack : null;

  const readingKeys = new KeyCollector();
  const looseKeys = new KeyCollector();
  const terms = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const term = index.term[i]!;
    terms[i] = term;
    const reading = index.reading[i] || (/^[\u3041-\u30ff]+$/.test(term) ? katakanaToHiragana(term) : '');
    readingKeys.add(reading, i);
    looseKeys.add(looseKana(reading), i);
  }

  const words = { en: new KeyCollector(), pack: new KeyCollector() };
  const packText: string[] = [];
  for (let i = 0; i < count; i++) for (const word of wordsOf(foldText(index.en[i]!))) words.en.add(word, i);
  if (usable) {
    for (let i = 0; i < count; i++) {
      const folded = foldText(usable.gloss[i] ?? '');
      packText.push(folded);
      for (const word of wordsOf(folded)) words.pack.add(word, i);
    }
  }
  const sortedWords = { en: words.en.sorted(), pack: words.pack.sorted() };

  return {
    index,
    pack: usable,
    keys: trieKeys(index),
    readingKeys: readingKeys.sorted(),
    looseKeys: looseKeys.sorted(),
    words: sortedWords,
    stems: { en: stemsOf(sortedWords.en), pack: stemsOf(sortedWords.pack) },
    packText,
    terms,
  };
}

/** Stem → positions of the distinct words that have it (stemming each distinct word once). */
function stemsOf(words: SortedKeys): Map<string, number[]> {
  const out = new Map<string, number[]>();
  words.keys.forEach((word, k) => {
    const key = stem(word);
    const list = out.get(key);
    if (list) list.push(k);
    else out.set(key, [k]);
  });
  return out;
}

/** The entries of the k-th key. */
export function entriesAt(sorted: SortedKeys, k: number): Int32Array {
  return sorted.list.subarray(sorted.starts[k], sorted.starts[k + 1]);
}

/** The entries of an exact key, or none. */
export function exact(sorted: SortedKeys, key: string): ArrayLike<number> & Iterable<number> {
  const at = lowerBound(sorted.keys, key);
  return sorted.keys[at] === key ? entriesAt(sorted, at) : EMPTY;
}
const EMPTY = new Int32Array(0);

/**
 * Calls `visit` with the entries of every key that starts with `prefix` (the key itself included), stopping after
 * `limit` keys: enough for a ranking, never a walk of the whole list for a one-letter query.
 */
export function withPrefix(
  sorted: SortedKeys,
  prefix: string,
  visit: (entries: Int32Array, key: string) => void,
  limit = 400,
): void {
  if (!prefix) return;
  let seen = 0;
  for (let at = lowerBound(sorted.keys, prefix); at < sorted.keys.length && seen < limit; at++, seen++) {
    const key = sorted.keys[at]!;
    if (!key.startsWith(prefix)) break;
    visit(entriesAt(sorted, at), key);
  }
}

/** First position whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
