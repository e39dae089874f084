/**
 * The general dictionary in Node (CLI, benchmarks, tests): read from dictionaries/general/edict.tsv.gz.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadGeneral, type GeneralDictionary } from '../../src/dictionary/general.ts';
import { PROJECT_ROOT } from './load-dictionaries.ts';

/** The committed general dictionary. */
export const GENERAL_FILE = path.join(PROJECT_ROOT, 'dictionaries/general/edict.tsv.gz');

let shared: GeneralDictionary | undefined;

/** The TSV text of the general dictionary. */
export function readGeneralText(file: string = GENERAL_FILE): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}

/** Loads the general dictionary once per process (~0.3 s). */
export function loadNodeGeneral(): GeneralDictionary {
  return (shared ??= loadGeneral(readGeneralText()));
}
