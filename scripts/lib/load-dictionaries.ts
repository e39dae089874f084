/**
 * Reads the dictionary sources from disk (Node-only), for the compile script, the Vite plugin, the CLI
 * and tests. Paths are returned relative to the project root so that messages name files the way
 * writers know them (dictionaries/glossary/tax.yaml).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceText } from '../../build/dictionary/compile.ts';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders whose YAML files are compiled, relative to the dictionaries folder. */
export const LAYER_DIRS = ['glossary', 'vocabulary', 'grammar'] as const;

/** Default dictionaries folder. */
export const DICTIONARIES_DIR = path.join(PROJECT_ROOT, 'dictionaries');

/**
 * Lists the YAML sources under `<dir>/glossary`, `<dir>/vocabulary` and `<dir>/grammar` (recursively), sorted.
 * @returns absolute paths
 */
export function listDictionaryFiles(dir: string = DICTIONARIES_DIR): string[] {
  const files: string[] = [];
  for (const layer of LAYER_DIRS) {
    const root = path.join(dir, layer);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (/\.ya?ml$/i.test(name)) files.push(path.join(root, name));
    }
  }
  return files.sort();
}

/**
 * Reads every dictionary source under `dir`.
 * @example compile(loadDictionaryFiles())
 */
export function loadDictionaryFiles(dir: string = DICTIONARIES_DIR, root: string = PROJECT_ROOT): SourceText[] {
  return listDictionaryFiles(dir).map((file) => ({
    path: path.relative(root, file).split(path.sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}
