import { describe, expect, it } from 'vitest';
import { buildKeyTrie, buildKeyTrieData, loadKeyTrie, ROOT, type KeyTrieData } from './key-trie.ts';

const trie = buildKeyTrie([
  ['電子', 1],
  ['電子証明書', 2],
  ['電話', 3],
  ['者', 4],
  ['𠮷野', 5],
]);

describe('buildKeyTrie', () => {
  it('finds whole keys and nothing else', () => {
    expect(trie.get('電子')).toBe(1);
    expect(trie.get('電子証明書')).toBe(2);
    expect(trie.get('電話')).toBe(3);
    expect(trie.get('者')).toBe(4);
    expect(trie.get('電子証明')).toBe(-1); // a prefix, not a key
    expect(trie.get('電')).toBe(-1);
    expect(trie.get('住所')).toBe(-1);
    expect(trie.get('')).toBe(-1);
  });

  it('walks by char code, through surrogate pairs too', () => {
    let node = ROOT;
    for (const ch of '電子') node = trie.child(node, ch.charCodeAt(0));
    expect(trie.entryAt(node)).toBe(1);
    expect(trie.child(node, '話'.charCodeAt(0))).toBe(-1);
    expect(trie.get('𠮷野')).toBe(5);
  });

  it('keeps the last entry of a repeated key and counts its nodes', () => {
    const t = buildKeyTrie([
      ['ab', 1],
      ['ab', 2],
      ['ac', 3],
    ]);
    expect(t.get('ab')).toBe(2);
    expect(t.size).toBe(4); // root, a, b, c
  });

  it('stores the trie breadth-first: child counts, one char per edge, an entry per node', () => {
    expect(
      buildKeyTrieData([
        ['ab', 1],
        ['ac', 3],
        ['b', 2],
      ]),
    ).toEqual({
      counts: [2, 2, 0, 0, 0],
      chars: 'abbc',
      entries: [-1, -1, 2, 1, 3],
    });
  });

  it('survives a JSON round trip, lone surrogates included', () => {
    const data = JSON.parse(JSON.stringify(buildKeyTrieData([['𠮷野', 7]]))) as KeyTrieData;
    expect(loadKeyTrie(data).get('𠮷野')).toBe(7);
  });

  it('loads an empty trie', () => {
    const t = buildKeyTrie([]);
    expect(t.get('a')).toBe(-1);
    expect(t.size).toBe(1);
  });

  it('finds children of a node with many edges (binary search)', () => {
    const keys = [...'あいうえおかきくけこさしすせそ'].map((c, i) => [`字${c}`, i] as const);
    const t = buildKeyTrie(keys);
    for (const [key, entry] of keys) expect(t.get(key)).toBe(entry);
    expect(t.get('字ん')).toBe(-1);
  });
});
