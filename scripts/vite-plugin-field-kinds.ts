/**
 * Vite plugin that compiles dictionaries/hints/field-kinds.yaml into the virtual module `virtual:tebiki-field-kinds`
 * (default export: FieldKindRules), failing the build with the validator's messages (file, entry, reason).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/dictionary/schema.ts';
import { compileFieldKinds, FIELD_KINDS_PATH } from '../src/hints/compile-field-kinds.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';

export const VIRTUAL_FIELD_KINDS_ID = 'virtual:tebiki-field-kinds';
const RESOLVED_ID = `\0${VIRTUAL_FIELD_KINDS_ID}`;

export function tebikiFieldKinds(): Plugin {
  const file = path.join(PROJECT_ROOT, FIELD_KINDS_PATH);
  return {
    name: 'tebiki-field-kinds',
    resolveId: (id) => (id === VIRTUAL_FIELD_KINDS_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(file);
      const { rules, errors } = compileFieldKinds(readFileSync(file, 'utf8'), FIELD_KINDS_PATH);
      if (errors.length > 0 || !rules) {
        this.error(`${errors.length} field-kind rule error(s):\n${errors.map(formatIssue).join('\n')}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(rules))});\n`;
    },
  };
}
