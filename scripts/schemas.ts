/**
 * Writes the data files' JSON Schemas for editors (dictionaries/schemas/*.schema.json) and the VS Code settings
 * that map the files to them, from the build's valibot schemas (build/editor-schemas.ts). Run it after changing a
 * schema; `npm test` fails while they differ.
 *
 *   npm run schemas
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EDITOR_SCHEMAS } from '../build/editor-schemas.ts';
import { editorFiles } from '../build/lib/editor-schema.ts';
import { formatJson } from './lib/format-json.ts';

for (const [path, text] of Object.entries(await editorFiles(EDITOR_SCHEMAS, formatJson))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
