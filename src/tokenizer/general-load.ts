/**
 * Loads the general dictionary in an extension context (the offscreen document or Firefox's background page): the
 * gzipped file the build copied to /dict/, unpacked with the platform's DecompressionStream, and the deinflection
 * rules from the compiled index (/dict/index.json).
 */

import type { CompiledIndex } from '../dictionary/compiled-index.ts';
import { loadGeneral } from '../dictionary/general.ts';
import { createDeinflector } from '../glossary/deinflect.ts';
import type { LoadedGeneral } from './general-host.ts';

/** Paths of the build's dictionary files in the extension (wxt.config.ts copies them). */
export const DICT_FILES = { index: '/dict/index.json', general: '/dict/general.tsv.gz' } as const;

/** The text of a gzipped extension file. */
export async function fetchGzipText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok || !response.body) throw new Error(`${path}: ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

/** Loads the general dictionary and the deinflector (~0.2 s, ~20 MiB). */
export async function loadGeneralFromExtension(): Promise<LoadedGeneral> {
  const [tsv, index] = await Promise.all([
    fetchGzipText(DICT_FILES.general),
    fetch(DICT_FILES.index).then((r) => r.json() as Promise<CompiledIndex>),
  ]);
  return { dictionary: loadGeneral(tsv), deinflector: createDeinflector(index.grammar) };
}
