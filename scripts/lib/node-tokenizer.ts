/**
 * The real kuromoji tokenizer in Node, for the CLI, benchmarks and tests. Node-only: it resolves the
 * dictionary folder inside node_modules.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadKuromoji } from '../../src/tokenizer/kuromoji.ts';
import type { TokenizeFn } from '../../src/tokenizer/token.ts';

/** The folder of @sglkc/kuromoji's dictionary files (12 `.dat.gz` files). */
export function nodeDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict') + path.sep;
}

let shared: Promise<TokenizeFn> | undefined;

/**
 * Loads kuromoji from node_modules once per process (~0.5 s, ~300 MiB) and shares it.
 * @example const tokenize = await loadNodeTokenizer(); tokenize('氏名')
 */
export function loadNodeTokenizer(): Promise<TokenizeFn> {
  const dir = nodeDictionaryPath();
  shared ??= loadKuromoji(async (name) => {
    const bytes = gunzipSync(await readFile(path.join(dir, name)));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  return shared;
}
