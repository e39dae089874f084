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
import { type DictionaryIssue } from '../src/dictionary/schema.ts';
import { formatIssue } from '../build/dictionary/validate-source.ts';
import { compileEvidence, EVIDENCE_PATH } from '../build/hints/compile-evidence.ts';
import { compileFieldKinds, FIELD_KINDS_PATH } from '../build/hints/compile-field-kinds.ts';
import { compileProfiles, PROFILES_DIR } from '../build/portals/compile-profiles.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';
import { jsonModule, virtualModulesPlugin, type VirtualModuleContext } from './lib/virtual-module.ts';

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

/** A module compiled from the rule files `watch` gives; its errors fail the build. */
function rulesModule(
  id: string,
  watchFiles: () => string[],
  compile: () => { data: unknown; errors: DictionaryIssue[] },
): (context: VirtualModuleContext) => string {
  return ({ watch, fail }) => {
    for (const file of watchFiles()) watch(file);
    const { data, errors } = compile();
    if (errors.length > 0) fail(`${errors.length} rule error(s) in ${id}:\n${errors.map(formatIssue).join('\n')}`);
    return jsonModule(data);
  };
}

/** Reads one rules file of the project. */
const readRules = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

export function tebikiFieldKinds(): Plugin {
  return virtualModulesPlugin({
    name: 'tebiki-field-kinds',
    modules: {
      [VIRTUAL_FIELD_KINDS_ID]: rulesModule(
        VIRTUAL_FIELD_KINDS_ID,
        () => [path.join(PROJECT_ROOT, FIELD_KINDS_PATH)],
        () => {
          const { rules, errors } = compileFieldKinds(readRules(FIELD_KINDS_PATH), FIELD_KINDS_PATH);
          return { data: rules, errors };
        },
      ),
      'virtual:tebiki-evidence': rulesModule(
        'virtual:tebiki-evidence',
        () => [path.join(PROJECT_ROOT, EVIDENCE_PATH)],
        () => {
          const { rules, errors } = compileEvidence(readRules(EVIDENCE_PATH), EVIDENCE_PATH);
          return { data: rules, errors };
        },
      ),
      'virtual:tebiki-portals': rulesModule(
        'virtual:tebiki-portals',
        () => Object.keys(readProfileFiles()).map((file) => path.join(PROJECT_ROOT, file)),
        () => {
          const { profiles, errors } = compileProfiles(readProfileFiles());
          return { data: profiles, errors };
        },
      ),
    },
  });
}
