/**
 * The texts other than dictionary entries that a language pack translates, by id, with their English: the field-kind
 * hints (`kind:<kind>.<field>`, the PIN block's `kind:<kind>.pin.<field>`), the screen names (`screen:<id>`), the
 * portal notes (`portal:<portal>.<n>`, n counting from 1) and the portals' own secrets (`secret:<id>.name`,
 * `secret:<id>.which`, `secret:<id>.use`). The ids are what the content script looks up in a pack's `texts`; this module is the one place
 * that derives them from the data.
 *
 * Build-time only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileFieldKinds, FIELD_KINDS_PATH } from '../../build/hints/compile-field-kinds.ts';
import type { FieldKindRules } from '../../src/hints/types.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';

/**
 * Fields of a kind's hint that are translated. `example` is not: it is a value in the form's own script
 * (スミス マリア, 090-1234-5678), the same for every reader.
 */
export const HINT_FIELDS = ['what', 'format', 'limit'] as const;
export const PIN_FIELDS = ['which', 'use', 'format', 'reset'] as const;

/**
 * The translatable texts of the field-kind rules.
 * @example fieldKindTexts(rules).get('kind:katakana.what') // 'The reading in katakana, …'
 */
export function fieldKindTexts(rules: FieldKindRules): Map<string, string> {
  const texts = new Map<string, string>();
  for (const kind of rules.kinds) {
    const hint = kind.hint.text['en'];
    for (const field of HINT_FIELDS) if (hint?.[field]) texts.set(`kind:${kind.kind}.${field}`, hint[field]);
    const pin = kind.pin?.text['en'];
    for (const field of PIN_FIELDS) if (pin?.[field]) texts.set(`kind:${kind.kind}.pin.${field}`, pin[field]);
  }
  return texts;
}

/** Where the portal profiles are once they are data (dictionaries/portals/<portal>.yaml). */
export const PORTALS_DIR = 'dictionaries/portals';

/**
 * Screen names, portal notes and portal secrets of the profiles in dictionaries/portals/*.yaml, read as plain YAML
 * (their validator is the portals' compiler; a malformed file fails the build there).
 * @example portalYamlTexts(root).get('screen:keisan-address') // 'Enter address, name, etc.'
 */
export function portalYamlTexts(root: string): Map<string, string> {
  const texts = new Map<string, string>();
  const dir = path.join(root, PORTALS_DIR);
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const data = parseYaml(readFileSync(path.join(dir, name), 'utf8')) as {
      portal?: string;
      notes?: Array<{ text?: string }>;
      screens?: Array<{ id?: string; name?: string }>;
      secrets?: Array<{ id?: string; name?: string; which?: string; use?: string }>;
    } | null;
    if (!data?.portal) continue;
    data.notes?.forEach((note, n) => note.text && texts.set(`portal:${data.portal}.${n + 1}`, note.text));
    for (const screen of data.screens ?? [])
      if (screen.id && screen.name) texts.set(`screen:${screen.id}`, screen.name);
    for (const secret of data.secrets ?? []) {
      if (secret.id && secret.name) texts.set(`secret:${secret.id}.name`, secret.name);
      if (secret.id && secret.which) texts.set(`secret:${secret.id}.which`, secret.which);
      if (secret.id && secret.use) texts.set(`secret:${secret.id}.use`, secret.use);
    }
  }
  return texts;
}

/** Every translatable text of the project's data, with the field-kind file's errors (the build reports them too). */
export function loadTexts(root: string): { texts: Map<string, string>; errors: DictionaryIssue[] } {
  const yaml = readFileSync(path.join(root, FIELD_KINDS_PATH), 'utf8');
  const { rules, errors } = compileFieldKinds(yaml, FIELD_KINDS_PATH);
  return { texts: new Map([...fieldKindTexts(rules), ...portalYamlTexts(root)]), errors };
}
