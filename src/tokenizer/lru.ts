/**
 * A small least-recently-used cache. A Map iterates in insertion order, so deleting and re-inserting a
 * key on every hit keeps the least recently used key first, and eviction is O(1) with no linked list.
 */

/** LRU cache of at most `capacity` entries. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  /** @param capacity maximum number of entries; at least 1. */
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`LRU capacity must be at least 1 (got ${capacity})`);
  }

  /** Number of entries held. */
  get size(): number {
    return this.map.size;
  }

  /** The value for `key`, marking it most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** True when `key` is cached (does not change its recency). */
  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Stores `value` as most recently used, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
  }

  /** Removes every entry. */
  clear(): void {
    this.map.clear();
  }

  /** Keys from least to most recently used (for tests and stats). */
  keys(): K[] {
    return [...this.map.keys()];
  }
}
