/**
 * Loads kuromoji's dictionary (12 gzipped files) without kuromoji's own loader: each file is read by an injected
 * function (the platform's fetch + DecompressionStream in the extension, fs + zlib in Node), and the tokenizer is
 * built from kuromoji's dictionary and tokenizer modules directly. kuromoji's builder would bring `async` (whose
 * lodash helper looks up the global object with `Function('return this')`) and `fflate`; neither is needed here.
 */

import DynamicDictionaries from '@sglkc/kuromoji/src/dict/DynamicDictionaries.js';
import Tokenizer from '@sglkc/kuromoji/src/Tokenizer.js';
import type { IpadicFeatures } from '@sglkc/kuromoji';

/** The dictionary's files, in the order {@link buildTokenizer} uses them. */
export const KUROMOJI_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;

/** Reads one dictionary file, unpacked (the files are gzipped). */
export type ReadDictionaryFile = (name: (typeof KUROMOJI_FILES)[number]) => Promise<ArrayBuffer>;

/** A built kuromoji tokenizer (IPADIC features per token). */
export interface KuromojiTokenizer {
  tokenize(text: string): IpadicFeatures[];
}

/**
 * Builds the tokenizer from the 12 files.
 * @example await buildTokenizer((name) => fetchGunzipped(`/dict/${name}`))
 */
export async function buildTokenizer(read: ReadDictionaryFile): Promise<KuromojiTokenizer> {
  const [base, check, tid, tidPos, tidMap, cc, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] = await Promise.all(
    KUROMOJI_FILES.map(read),
  );
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(base!), new Int32Array(check!));
  dic.loadTokenInfoDictionaries(new Uint8Array(tid!), new Uint8Array(tidPos!), new Uint8Array(tidMap!));
  dic.loadConnectionCosts(new Int16Array(cc!));
  dic.loadUnknownDictionaries(
    new Uint8Array(unk!),
    new Uint8Array(unkPos!),
    new Uint8Array(unkMap!),
    new Uint8Array(unkChar!),
    new Uint32Array(unkCompat!),
    new Uint8Array(unkInvoke!),
  );
  return new Tokenizer(dic);
}

/** Reads a gzipped extension file (or any URL) with the platform's DecompressionStream. */
export async function fetchGunzipped(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}
