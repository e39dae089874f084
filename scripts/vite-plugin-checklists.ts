/**
 * Vite plugin that compiles dictionaries/checklists/*.yaml into the virtual module `virtual:tebiki-checklists`
 * (default export: the Checklists object of src/checklist/types.ts), failing the build with the compiler's messages
 * (file, line, entry, reason) and recompiling when a checklist file changes in dev.
 *
 * The checklists are small (~60 KB) and only the popup, the options page and the background's reminders import them,
 * so they are a module of their own rather than part of `virtual:tebiki-index`, which the content script bundles.
 *
 * Wiring (wxt.config.ts):  vite: () => ({ plugins: [preact(), tebikiDictionaries(), tebikiChecklists()] })
 * and (vitest.config.ts):  plugins: [WxtVitest(), tebikiDictionaries(), tebikiChecklists()]
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileChecklists, formatChecklistError, type ChecklistSourceFile } from '../build/checklist/compile.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';
import {
  isYamlIn,
  jsonModule,
  readYamlFolder,
  virtualModulesPlugin,
  type VirtualModuleContext,
} from './lib/virtual-module.ts';

/** The id application code imports (declared in src/checklist/virtual.d.ts). */
export const VIRTUAL_CHECKLISTS_ID = 'virtual:tebiki-checklists';
/**
 * The background's share: only what reminders and the badge say (their texts in every language), so that the
 * service worker does not carry the whole checklist content (issue 17.5).
 */
export const VIRTUAL_REMINDER_STRINGS_ID = 'virtual:tebiki-reminder-strings';
/** The checklist locale files (src/i18n/locales/checklists/<lang>.json). */
const LOCALES_DIR = path.join(PROJECT_ROOT, 'src', 'i18n', 'locales', 'checklists');
/** The string ids the background needs: reminder texts, the names of what expires, the badge's title. */
const REMINDER_STRING = /^(lifecycle\.reminder\.|lifecycle\.target\.|guide\.label\.badge)/;

/**
 * The reminder and badge strings by language: English from the YAML, the others from the locale files.
 * @example reminderStrings(checklists.strings).vi['lifecycle.target.card.label']
 */
export function reminderStrings(english: Record<string, string>, dir: string = LOCALES_DIR) {
  const pick = (table: Record<string, string>) =>
    Object.fromEntries(Object.entries(table).filter(([id]) => REMINDER_STRING.test(id)));
  const languages: Record<string, Record<string, string>> = { en: pick(english) };
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json')) {
      const table = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, string>;
      languages[name.replace(/\.json$/, '')] = pick(table);
    }
  }
  return languages;
}

/** Default checklist sources folder. */
export const CHECKLISTS_DIR = path.join(PROJECT_ROOT, 'dictionaries', 'checklists');

/** Options of {@link tebikiChecklists}. */
export interface ChecklistPluginOptions {
  /** The checklist sources folder (default: <project>/dictionaries/checklists). */
  dir?: string;
  /** What file paths in messages are relative to (default: the project root). */
  root?: string;
}

/**
 * Reads every YAML file of the checklists folder, with paths relative to `root` as writers know them.
 * @example compileChecklists(readChecklistFiles())
 */
export function readChecklistFiles(dir: string = CHECKLISTS_DIR, root: string = PROJECT_ROOT): ChecklistSourceFile[] {
  return readYamlFolder(dir, root);
}

/**
 * Creates the plugin.
 * @example import checklists from 'virtual:tebiki-checklists'; questionsToAsk({}, checklists.eligibility, today)
 */
export function tebikiChecklists(options: ChecklistPluginOptions = {}): Plugin {
  const dir = path.resolve(options.dir ?? CHECKLISTS_DIR);
  const root = path.resolve(options.root ?? PROJECT_ROOT);
  const compiled = ({ watch, fail }: VirtualModuleContext) => {
    const files = readChecklistFiles(dir, root);
    // Watch the files (rebuilds in `wxt` dev and `build --watch`); new files are caught by the dev reload. Not the
    // folder itself: in serve mode (vitest) Vite would try to import it.
    for (const file of files) watch(path.join(root, file.path));
    const { checklists, errors } = compileChecklists(files);
    if (!checklists) {
      const list = errors.map(formatChecklistError).join('\n');
      return fail(`${errors.length} checklist error(s) in ${path.relative(root, dir) || dir}:\n${list}`);
    }
    return checklists;
  };

  return virtualModulesPlugin({
    name: 'tebiki-checklists',
    modules: {
      [VIRTUAL_CHECKLISTS_ID]: (context) => jsonModule(compiled(context)),
      [VIRTUAL_REMINDER_STRINGS_ID]: (context) => {
        const checklists = compiled(context);
        for (const name of existsSync(LOCALES_DIR) ? readdirSync(LOCALES_DIR) : []) {
          context.watch(path.join(LOCALES_DIR, name));
        }
        const { targets, reminders } = checklists.lifecycle;
        return jsonModule({ targets, reminders, strings: reminderStrings(checklists.strings) });
      },
    },
    reload: { folder: dir, isSource: isYamlIn(dir) },
  });
}
