/**
 * The language packs in the build:
 * - {@link languagePackFiles} for WXT's `build:publicAssets` hook: one asset per language, lang/<lang>.json, never
 *   in a script bundle; the build fails naming file, line, entry and reason on a bad translation;
 * - {@link tebikiLanguageCoverage}, a Vite plugin for `virtual:tebiki-language-coverage`: what each language covers,
 *   for the language picker (popup and options only; a few hundred bytes).
 *
 * Wiring (wxt.config.ts): hooks: { 'build:publicAssets': (_wxt, files) => files.push(...languagePackFiles()) } and
 * vite plugins: [tebikiLanguageCoverage()]; (vitest.config.ts): plugins: [tebikiLanguageCoverage()].
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../../build/dictionary/validate-source.ts';
import { PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { buildPacksFromDisk, listTranslationFiles, MESSAGES_DIR } from './load.ts';

export const VIRTUAL_COVERAGE_ID = 'virtual:tebiki-language-coverage';
const RESOLVED_ID = `\0${VIRTUAL_COVERAGE_ID}`;

/**
 * The packs as generated public files (throws with every problem listed when a translation is bad).
 * @example files.push(...languagePackFiles())
 */
export function languagePackFiles(root: string = PROJECT_ROOT): Array<{ relativeDest: string; contents: string }> {
  const { packs, errors } = buildPacksFromDisk(root);
  if (errors.length > 0) {
    const list = errors.map(formatIssue).join('\n');
    throw new Error(`${errors.length} translation error(s); \`npm run lang:summary\` lists them too:\n${list}`);
  }
  return Object.values(packs).map((pack) => ({
    relativeDest: `lang/${pack.lang}.json`,
    contents: JSON.stringify(pack),
  }));
}

/** Creates the coverage plugin. */
export function tebikiLanguageCoverage(root: string = PROJECT_ROOT): Plugin {
  return {
    name: 'tebiki-language-coverage',
    resolveId: (id) => (id === VIRTUAL_COVERAGE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Rebuild when a translation or message table changes (`wxt` dev, --watch). Files only: Vite's dev server
      // takes a watched folder for an import and fails to resolve it.
      const messages = path.join(root, MESSAGES_DIR);
      for (const name of readdirSync(messages).filter((f) => f.endsWith('.json'))) {
        this.addWatchFile(path.join(messages, name));
      }
      for (const file of listTranslationFiles(root)) this.addWatchFile(path.join(root, file.path));
      const { coverage, errors } = buildPacksFromDisk(root);
      if (errors.length > 0)
        this.error(`${errors.length} translation error(s):\n${errors.map(formatIssue).join('\n')}`);
      return `export default ${JSON.stringify(coverage)};\n`;
    },
  };
}
