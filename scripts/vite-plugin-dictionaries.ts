/**
 * Vite plugin that compiles dictionaries/**\/*.yaml into the virtual module `virtual:tebiki-index`
 * (default export: the CompiledIndex), failing the build with the validator's messages (file, line,
 * entry, reason) and recompiling when a YAML file changes in dev.
 *
 * Wiring (wxt.config.ts):  vite: () => ({ plugins: [preact(), tebikiDictionaries()] })
 * and (vitest.config.ts):  plugins: [WxtVitest(), tebikiDictionaries()]
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compile } from '../build/dictionary/compile.ts';
import { validateGeneral } from '../src/dictionary/general.ts';
import { formatIssue } from '../build/dictionary/validate-source.ts';
import { DICTIONARIES_DIR, LAYER_DIRS, listDictionaryFiles, loadDictionaryFiles } from './lib/load-dictionaries.ts';
import { virtualModulesPlugin } from './lib/virtual-module.ts';
import { GENERAL_FILE, readGeneralText } from './lib/node-general.ts';

/** A file the build writes into the extension (WXT's build:publicAssets hook takes these). */
export type DictionaryAsset =
  { relativeDest: string; contents: string } | { relativeDest: string; absoluteSrc: string };

/**
 * The dictionary files the extension ships, validated: the compiled index (dict/index.json, which the background
 * hands to content scripts and the tokenizer host reads), the general dictionary (dict/general.tsv.gz) and its
 * attribution (dict/NOTICE.txt). Throws with every problem when a source is bad, so the build fails.
 *
 * Wiring (wxt.config.ts): hooks: { 'build:publicAssets': (_, files) => void files.push(...dictionaryAssets()) }
 */
export function dictionaryAssets(
  dir: string = DICTIONARIES_DIR,
  generalFile: string = GENERAL_FILE,
): DictionaryAsset[] {
  const { index, errors } = compile(loadDictionaryFiles(dir));
  if (errors.length > 0)
    throw new Error(`${errors.length} dictionary error(s):\n${errors.map(formatIssue).join('\n')}`);
  const problems = validateGeneral(readGeneralText(generalFile));
  if (problems.length > 0) throw new Error(`${path.relative(process.cwd(), generalFile)}:\n${problems.join('\n')}`);
  const licence = readFileSync(path.join(path.dirname(generalFile), 'LICENSE'), 'utf8');
  const notice = [
    'Tebiki ships a general Japanese-English dictionary (dict/general.tsv.gz) derived from EDICT, the dictionary',
    'file of the JMdict/EDICT project, used in conformance with the EDRDG licence statement',
    '(https://www.edrdg.org/edrdg/licence.html). Documentation: https://www.edrdg.org/wiki/index.php/JMdict-EDICT_Dictionary_Project',
    '',
    licence,
  ].join('\n');
  return [
    { relativeDest: 'dict/index.json', contents: JSON.stringify(index) },
    { relativeDest: 'dict/general.tsv.gz', absoluteSrc: generalFile },
    { relativeDest: 'dict/NOTICE.txt', contents: notice },
  ];
}

/** The id application code imports. */
export const VIRTUAL_INDEX_ID = 'virtual:tebiki-index';

/** Options of {@link tebikiDictionaries}. */
export interface DictionaryPluginOptions {
  /** The dictionaries folder (default: <project>/dictionaries). */
  dir?: string;
}

/**
 * Creates the plugin.
 * @example import index from 'virtual:tebiki-index'; createGlosser(index)
 */
export function tebikiDictionaries(options: DictionaryPluginOptions = {}): Plugin {
  const dir = path.resolve(options.dir ?? DICTIONARIES_DIR);
  const isSource = (file: string) =>
    /\.ya?ml$/i.test(file) &&
    LAYER_DIRS.some((layer) => path.resolve(file).startsWith(path.join(dir, layer) + path.sep));

  return virtualModulesPlugin({
    name: 'tebiki-dictionaries',
    modules: {
      [VIRTUAL_INDEX_ID]: ({ watch, warn, fail }) => {
        // Watch the files (rebuilds in `wxt` dev and `build --watch`) and the layer folders (new files).
        for (const file of listDictionaryFiles(dir)) watch(file);
        for (const layer of LAYER_DIRS) watch(path.join(dir, layer));

        const { index, errors, warnings } = compile(loadDictionaryFiles(dir));
        if (errors.length > 0) {
          const list = errors.map(formatIssue).join('\n');
          fail(
            `${errors.length} dictionary error(s); fix them or run \`npx tsx scripts/compile-dictionaries.ts\`:\n${list}`,
          );
        }
        if (warnings.length > 0) {
          // One line, not hundreds: the compile script lists them.
          warn(
            `${warnings.length} dictionary warning(s); \`npx tsx scripts/compile-dictionaries.ts --warnings\` lists them`,
          );
        }
        // A JSON string is faster for V8 than an object literal of the same size, and parsed on first use (not while
        // the content script starts, when the page may be busy).
        return [
          `const source = ${JSON.stringify(JSON.stringify(index))};`,
          'let index;',
          'export function loadIndex() {',
          '  return (index ??= JSON.parse(source));',
          '}',
          '',
        ].join('\n');
      },
    },
    reload: { folder: dir, isSource },
  });
}
