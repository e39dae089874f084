/**
 * Loads and compiles the real dictionaries/checklists/*.yaml for tests (Node-only: reads the disk). Test-only: not
 * imported by app code, which gets the compiled checklists from the build.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileChecklists, formatChecklistError, type ChecklistSourceFile } from '../../build/checklist/compile.ts';
import type { Checklists } from './types.ts';

/** The checklist sources folder. */
export const CHECKLISTS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dictionaries/checklists',
);

/** Reads every YAML file of the folder, with paths relative to the project root as the build names them. */
export function loadChecklistFiles(dir: string = CHECKLISTS_DIR): ChecklistSourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => ({ path: `dictionaries/checklists/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
}

let cached: Checklists | undefined;

/**
 * The compiled real checklists; throws with every error when they do not compile.
 * @example const { eligibility } = realChecklists();
 */
export function realChecklists(): Checklists {
  if (cached) return cached;
  const { checklists, errors } = compileChecklists(loadChecklistFiles());
  if (!checklists) throw new Error(`checklists do not compile:\n${errors.map(formatChecklistError).join('\n')}`);
  cached = checklists;
  return checklists;
}
