/**
 * Vite plugin that compiles the hint and portal rules into virtual modules, failing the build with the validators'
 * messages (file, entry, reason):
 *  - `virtual:tebiki-field-kinds` ← dictionaries/hints/field-kinds.yaml (FieldKindRules)
 *  - `virtual:tebiki-evidence` ← dictionaries/hints/evidence.yaml (EvidenceRules)
 *  - `virtual:tebiki-portals` ← dictionaries/portals/*.yaml (PortalProfiles)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, type DictionaryIssue } from '../src/dictionary/schema.ts';
import { compileEvidence, EVIDENCE_PATH } from '../src/hints/compile-evidence.ts';
import { compileFieldKinds, FIELD_KINDS_PATH } from '../src/hints/compile-field-kinds.ts';
import { compileProfiles, PROFILES_DIR } from '../src/portals/compile-profiles.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';
import { jsonModule } from './lib/virtual-module.ts';

export const VIRTUAL_FIELD_KINDS_ID = 'virtual:tebiki-field-kinds';

/** The portal profile files, path (as writers know it) → text. */
export function readProfileFiles(root = PROJECT_ROOT): Record<string, string> {
  const dir = path.join(root, PROFILES_DIR);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    files[`${PROFILES_DIR}/${name}`] = readFileSync(path.join(dir, name), 'utf8');
  }
  return files;
}

/** Each virtual module: the files it reads and how it compiles them. */
const MODULES: Record<string, { watch: () => string[]; compile: () => { data: unknown; errors: DictionaryIssue[] } }> =
  {
    [VIRTUAL_FIELD_KINDS_ID]: {
      watch: () => [path.join(PROJECT_ROOT, FIELD_KINDS_PATH)],
      compile: () => {
        const text = readFileSync(path.join(PROJECT_ROOT, FIELD_KINDS_PATH), 'utf8');
        const { rules, errors } = compileFieldKinds(text, FIELD_KINDS_PATH);
        return { data: rules, errors };
      },
    },
    'virtual:tebiki-evidence': {
      watch: () => [path.join(PROJECT_ROOT, EVIDENCE_PATH)],
      compile: () => {
        const { rules, errors } = compileEvidence(
          readFileSync(path.join(PROJECT_ROOT, EVIDENCE_PATH), 'utf8'),
          EVIDENCE_PATH,
        );
        return { data: rules, errors };
      },
    },
    'virtual:tebiki-portals': {
      watch: () => Object.keys(readProfileFiles()).map((file) => path.join(PROJECT_ROOT, file)),
      compile: () => {
        const { profiles, errors } = compileProfiles(readProfileFiles());
        return { data: profiles, errors };
      },
    },
  };

export function tebikiFieldKinds(): Plugin {
  return {
    name: 'tebiki-field-kinds',
    resolveId: (id) => (Object.hasOwn(MODULES, id) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0') || !Object.hasOwn(MODULES, id.slice(1))) return undefined;
      const module = MODULES[id.slice(1)]!;
      for (const file of module.watch()) this.addWatchFile(file);
      const { data, errors } = module.compile();
      if (errors.length > 0) {
        this.error(`${errors.length} rule error(s) in ${id.slice(1)}:\n${errors.map(formatIssue).join('\n')}`);
      }
      return jsonModule(data);
    },
  };
}
