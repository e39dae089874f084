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
import type { Plugin, ViteDevServer } from 'vite';
import { compileChecklists, formatChecklistError, type ChecklistSourceFile } from '../src/checklist/compile.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';

/** The id application code imports (declared in src/checklist/virtual.d.ts). */
export const VIRTUAL_CHECKLISTS_ID = 'virtual:tebiki-checklists';
const RESOLVED_ID = `\0${VIRTUAL_CHECKLISTS_ID}`;

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
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { path: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
    });
}

/**
 * Creates the plugin.
 * @example import checklists from 'virtual:tebiki-checklists'; questionsToAsk({}, checklists.eligibility, today)
 */
export function tebikiChecklists(options: ChecklistPluginOptions = {}): Plugin {
  const dir = path.resolve(options.dir ?? CHECKLISTS_DIR);
  const root = path.resolve(options.root ?? PROJECT_ROOT);
  const isSource = (file: string) => /\.ya?ml$/i.test(file) && path.dirname(path.resolve(file)) === dir;

  return {
    name: 'tebiki-checklists',

    resolveId(id) {
      return id === VIRTUAL_CHECKLISTS_ID ? RESOLVED_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readChecklistFiles(dir, root);
      // Watch the files (rebuilds in `wxt` dev and `build --watch`); new files are caught by configureServer. Not
      // the folder itself: in serve mode (vitest) Vite would try to import it.
      for (const file of files) this.addWatchFile(path.join(root, file.path));

      const { checklists, errors } = compileChecklists(files);
      if (!checklists) {
        const list = errors.map(formatChecklistError).join('\n');
        this.error(`${errors.length} checklist error(s) in ${path.relative(root, dir) || dir}:\n${list}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(checklists))});\n`;
    },

    configureServer(server) {
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!isSource(file)) return;
        invalidate(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/** Drops the compiled module from every module graph the dev server has (one per environment in Vite 6+). */
function invalidate(server: ViteDevServer): void {
  for (const env of Object.values(server.environments ?? {})) {
    const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) env.moduleGraph.invalidateModule(mod);
  }
  const legacy = server.moduleGraph?.getModuleById(RESOLVED_ID);
  if (legacy) server.moduleGraph.invalidateModule(legacy);
}
