/**
 * Loads and validates the portal profiles (dictionaries/portals/*.yaml) into {@link PortalProfiles}. Like the other
 * rule compilers it reports every problem in one pass (file, entry, reason) and keeps what passed. Runs at build
 * time and in tests (it needs the YAML parser, which the content script does not bundle).
 */
import { parseDocument } from 'yaml';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import { isSecretKind } from '../../src/hints/types.ts';
import { isObj, regexProblem, type Report } from '../hints/validate-values.ts';
import type {
  CredentialRule,
  PortalProfile,
  PortalProfiles,
  PortalSecret,
  ScreenProfile,
} from '../../src/portals/profile-types.ts';
import { PORTALS, type PortalId } from '../../src/portals/portals.ts';

export const PROFILES_DIR = 'dictionaries/portals';

export interface CompiledProfiles {
  profiles: PortalProfiles;
  errors: DictionaryIssue[];
}

const TOP_KEYS = new Set(['portal', 'card_secrets', 'notes', 'secrets', 'credentials', 'screens']);
const SCREEN_KEYS = new Set(['id', 'heading', 'path', 'name', 'credentials']);
const RULE_KEYS = new Set(['match', 'secret', 'not', 'context', 'not_context']);
const SECRET_KEYS = new Set(['id', 'name', 'which', 'use', 'not_card_pin', 'source']);
/** Facts name their source: official ([G]), third party ([3P]), or the section of FACTS.md they come from. */
const SOURCE = /^(\[(G|3P)\] |FACTS\.md: )\S/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Compiles the profile files (path → YAML text).
 * @example compileProfiles({ 'dictionaries/portals/etax.yaml': text }).profiles.etax?.screens[0]?.id // 'etax-login'
 */
export function compileProfiles(files: Record<string, string>): CompiledProfiles {
  const errors: DictionaryIssue[] = [];
  const profiles: PortalProfiles = {};
  const screenIds = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    const report: Report = (reason) => errors.push({ severity: 'error', file: path, reason });
    const profile = compileFile(text, path, report, screenIds);
    if (!profile) continue;
    if (profiles[profile.portal]) report(`portal \`${profile.portal}\` has two profile files`);
    else profiles[profile.portal] = profile;
  }
  return { profiles, errors };
}

function compileFile(text: string, path: string, report: Report, screenIds: Set<string>): PortalProfile | undefined {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(`YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const raw: unknown = doc.toJS();
  if (!isObj(raw)) return void report('a profile must be a mapping with `portal` and `screens`');
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) report(`unknown key \`${key}\``);
  const portal = raw.portal;
  if (typeof portal !== 'string' || !PORTALS.some((p) => p.id === portal)) {
    return void report(`\`portal\` must be a portal id of src/portals/portals.ts (got ${JSON.stringify(portal)})`);
  }
  if (!path.endsWith(`/${portal}.yaml`)) report(`the file of portal \`${portal}\` must be named ${portal}.yaml`);
  if (raw.card_secrets !== undefined && typeof raw.card_secrets !== 'boolean')
    report('`card_secrets` must be true or false');
  const secrets = list(raw.secrets, 'secrets', report)
    .map((s, i) => validateSecret(s, `secrets[${i}]`, report))
    .filter((s): s is PortalSecret => s !== undefined);
  const known = new Set(secrets.map((s) => s.id));
  const rules = (value: unknown, where: string) =>
    list(value, where, report)
      .map((r, i) => validateCredential(r, `${where}[${i}]`, known, report))
      .filter((r): r is CredentialRule => r !== undefined);
  const notes = list(raw.notes, 'notes', report).filter((n, i) => {
    const ok = isObj(n) && isText(n.text) && isText(n.source) && SOURCE.test(n.source);
    if (!ok) report(`notes[${i}] must be { text, source } with a source marked [G], [3P] or FACTS.md:`);
    return ok;
  }) as { text: string; source: string }[];
  const screens = list(raw.screens, 'screens', report)
    .map((s, i) => validateScreen(s, `screens[${i}]`, rules, report))
    .filter((s): s is ScreenProfile => s !== undefined);
  for (const screen of screens) {
    if (screenIds.has(screen.id)) report(`screen id \`${screen.id}\` is used twice`);
    screenIds.add(screen.id);
  }
  return {
    portal: portal as PortalId,
    cardSecrets: raw.card_secrets === true,
    notes: notes.map(({ text, source }) => ({ text, source })),
    secrets,
    credentials: rules(raw.credentials, 'credentials'),
    screens,
  };
}

function list(raw: unknown, where: string, report: Report): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report(`\`${where}\` must be a list`);
    return [];
  }
  return raw;
}

function regex(raw: unknown, where: string, report: Report, labelText = true): string | undefined {
  if (raw === undefined) return undefined;
  const problem = regexProblem(raw, labelText);
  if (problem) return void report(`${where} ${problem}`);
  return raw as string;
}

function validateSecret(raw: unknown, where: string, report: Report): PortalSecret | undefined {
  if (!isObj(raw)) return void report(`${where} must be a mapping`);
  for (const key of Object.keys(raw)) if (!SECRET_KEYS.has(key)) report(`${where}: unknown key \`${key}\``);
  const ok =
    typeof raw.id === 'string' &&
    ID.test(raw.id) &&
    !isSecretKind(raw.id) &&
    isText(raw.name) &&
    isText(raw.which) &&
    isText(raw.use) &&
    isText(raw.source) &&
    SOURCE.test(raw.source);
  if (!ok) return void report(`${where} needs an id (not a card PIN kind), name, which, use and a marked source`);
  return {
    id: raw.id as string,
    name: raw.name as string,
    which: raw.which as string,
    use: raw.use as string,
    notCardPin: raw.not_card_pin === true,
    source: raw.source as string,
  };
}

function validateCredential(
  raw: unknown,
  where: string,
  known: Set<string>,
  report: Report,
): CredentialRule | undefined {
  if (!isObj(raw)) return void report(`${where} must be a mapping`);
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) report(`${where}: unknown key \`${key}\``);
  const match = regex(raw.match, `${where}.match`, report);
  const secret = raw.secret;
  if (typeof secret !== 'string' || (!isSecretKind(secret) && !known.has(secret))) {
    return void report(`${where}.secret must be a card PIN kind or one of this portal's secrets`);
  }
  if (match === undefined) return raw.match === undefined ? void report(`${where}.match is required`) : undefined;
  const rule: CredentialRule = { match, secret };
  const not = regex(raw.not, `${where}.not`, report);
  const context = regex(raw.context, `${where}.context`, report);
  const notContext = regex(raw.not_context, `${where}.not_context`, report);
  if (not !== undefined) rule.not = not;
  if (context !== undefined) rule.context = context;
  if (notContext !== undefined) rule.notContext = notContext;
  return rule;
}

function validateScreen(
  raw: unknown,
  where: string,
  rules: (value: unknown, where: string) => CredentialRule[],
  report: Report,
): ScreenProfile | undefined {
  if (!isObj(raw)) return void report(`${where} must be a mapping`);
  for (const key of Object.keys(raw)) if (!SCREEN_KEYS.has(key)) report(`${where}: unknown key \`${key}\``);
  if (typeof raw.id !== 'string' || !ID.test(raw.id))
    return void report(`${where}.id must be lower-case words with hyphens`);
  if (!isText(raw.name)) return void report(`${where}.name is required (the screen's English name)`);
  const heading = regex(raw.heading, `${where}.heading`, report, false);
  const path = regex(raw.path, `${where}.path`, report, false);
  if (heading === undefined && path === undefined) return void report(`${where} needs a heading or a path`);
  const screen: ScreenProfile = {
    id: raw.id,
    name: raw.name,
    credentials: rules(raw.credentials, `${where}.credentials`),
  };
  if (heading !== undefined) screen.heading = heading;
  if (path !== undefined) screen.path = path;
  return screen;
}
