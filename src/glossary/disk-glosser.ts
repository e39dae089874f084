/**
 * A glosser over the dictionaries on disk, for unit tests of the grammar (the real data, compiled once per test
 * file). Test-only: not imported by app code.
 */

import { compile } from '../../build/dictionary/compile.ts';
import { loadDictionaryFiles } from '../../scripts/lib/load-dictionaries.ts';
import { createGlosser, type Glosser } from './matcher.ts';

let shared: Glosser | undefined;

/** The real dictionaries' glosser; throws when they do not compile. */
export function diskGlosser(): Glosser {
  if (shared) return shared;
  const { index, errors } = compile(loadDictionaryFiles());
  if (errors.length > 0) throw new Error(`dictionary errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return (shared = createGlosser(index));
}
