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

/** A module compiled from the rule files `files()` names (paths from the project root); its errors fail the build. */
function rulesModule(
  id: string,
  files: () => string[],
  compile: () => { data: unknown; errors: DictionaryIssue[] },
): (context: VirtualModuleContext) => string {
  return ({ watch, fail }) => {
    for (const file of files()) watch(path.join(PROJECT_ROOT, file));
    const { data, errors } = compile();
    if (errors.length > 0) fail(`${errors.length} rule error(s) in ${id}:\n${errors.map(formatIssue).join('\n')}`);
    return jsonModule(data);
  };
}

/** A module compiled from one rules file (field kinds, evidence). */
function ruleFileModule(
  id: string,
  file: string,
  compile: (text: string, file: string) => { rules: unknown; errors: DictionaryIssue[] },
): (context: VirtualModuleContext) => string {
  return rulesModule(
    id,
    () => [file],
    () => {
      const { rules, errors } = compile(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), file);
      return { data: rules, errors };
    },
  );
}

export function tebikiFieldKinds(): Plugin {
  return virtualModulesPlugin({
    name: 'tebiki-field-kinds',
    modules: {
      [VIRTUAL_FIELD_KINDS_ID]: ruleFileModule(VIRTUAL_FIELD_KINDS_ID, FIELD_KINDS_PATH, compileFieldKinds),
      'virtual:tebiki-evidence': ruleFileModule('virtual:tebiki-evidence', EVIDENCE_PATH, compileEvidence),
      'virtual:tebiki-portals': rulesModule(
        'virtual:tebiki-portals',
        () => Object.keys(readProfileFiles()),
        () => {
          const { profiles, errors } = compileProfiles(readProfileFiles());
          return { data: profiles, errors };
        },
      ),
    },
  });
}
