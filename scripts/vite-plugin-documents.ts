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
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileDocuments, formatDocumentIssue, type DocumentSourceFile } from '../build/lookup/compile-documents.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';
import { isYamlIn, jsonModule, readYamlFolder, virtualModulesPlugin } from './lib/virtual-module.ts';

/** The id application code imports (declared in src/lookup/virtual.d.ts). */
export const VIRTUAL_DOCUMENTS_ID = 'virtual:tebiki-documents';

/** Default documents folder. */
export const DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'dictionaries', 'documents');

/**
 * Reads every YAML file of the documents folder, with paths relative to the project root as writers know them.
 * @example compileDocuments(readDocumentFiles())
 */
export function readDocumentFiles(dir: string = DOCUMENTS_DIR, root: string = PROJECT_ROOT): DocumentSourceFile[] {
  return readYamlFolder(dir, root);
}

/** Creates the plugin. @example import documents from 'virtual:tebiki-documents' */
export function tebikiDocuments(dir: string = DOCUMENTS_DIR): Plugin {
  const folder = path.resolve(dir);
  return virtualModulesPlugin({
    name: 'tebiki-documents',
    modules: {
      [VIRTUAL_DOCUMENTS_ID]: ({ watch, fail }) => {
        const files = readDocumentFiles(folder);
        for (const file of files) watch(path.join(PROJECT_ROOT, file.path));
        const { documents, issues } = compileDocuments(files);
        if (issues.length > 0)
          fail(`${issues.length} document error(s):\n${issues.map(formatDocumentIssue).join('\n')}`);
        return jsonModule(documents);
      },
    },
    reload: { folder, isSource: isYamlIn(folder) },
  });
}
