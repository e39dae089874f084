/**
 * Vite plugin that compiles dictionaries/documents/*.yaml into the virtual module `virtual:tebiki-documents`
 * (default export: the KnownDocument list of src/lookup/documents.ts), failing the build with the compiler's
 * messages (file, line, reason) and recompiling when a document file changes in dev.
 *
 * Only the lookup imports it (the popup's and options page's "Explain this text"), lazily: the documents (~30 KB in
 * nine languages) never reach the content script.
 *
 * Wiring (wxt.config.ts and vitest.config.ts): `plugins: [… tebikiDocuments()]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileDocuments, formatDocumentIssue, type DocumentSourceFile } from '../src/lookup/compile-documents.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';

/** The id application code imports (declared in src/lookup/virtual.d.ts). */
export const VIRTUAL_DOCUMENTS_ID = 'virtual:tebiki-documents';
const RESOLVED_ID = `\0${VIRTUAL_DOCUMENTS_ID}`;

/** Default documents folder. */
export const DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'dictionaries', 'documents');

/**
 * Reads every YAML file of the documents folder, with paths relative to the project root as writers know them.
 * @example compileDocuments(readDocumentFiles())
 */
export function readDocumentFiles(dir: string = DOCUMENTS_DIR, root: string = PROJECT_ROOT): DocumentSourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { path: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
    });
}

/** Creates the plugin. @example import documents from 'virtual:tebiki-documents' */
export function tebikiDocuments(dir: string = DOCUMENTS_DIR): Plugin {
  const folder = path.resolve(dir);
  const isSource = (file: string) => /\.ya?ml$/i.test(file) && path.dirname(path.resolve(file)) === folder;
  return {
    name: 'tebiki-documents',
    resolveId(id) {
      return id === VIRTUAL_DOCUMENTS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readDocumentFiles(folder);
      for (const file of files) this.addWatchFile(path.join(PROJECT_ROOT, file.path));
      const { documents, issues } = compileDocuments(files);
      if (issues.length > 0) {
        this.error(`${issues.length} document error(s):\n${issues.map(formatDocumentIssue).join('\n')}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(documents))});\n`;
    },
    configureServer(server) {
      server.watcher.add(folder);
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

/** Drops the compiled module from every module graph the dev server has. */
function invalidate(server: ViteDevServer): void {
  for (const env of Object.values(server.environments ?? {})) {
    const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) env.moduleGraph.invalidateModule(mod);
  }
  const legacy = server.moduleGraph?.getModuleById(RESOLVED_ID);
  if (legacy) server.moduleGraph.invalidateModule(legacy);
}
