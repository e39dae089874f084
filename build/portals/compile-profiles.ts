/**
 * Loads and validates the portal profiles (dictionaries/portals/*.yaml, format in its README.md) into
 * {@link PortalProfiles}. The schema is valibot's (build/lib/yaml-schema.ts): every problem is reported in one pass
 * with file, line and the entry's path (`screens[0].id …`). Runs at build time and in tests (it needs the YAML
 * parser, which the content script does not bundle).
 */
import * as v from 'valibot';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import { isSecretKind } from '../../src/hints/types.ts';
import { isRecord, parseYamlSource, type SourceIssue } from '../lib/yaml-source.ts';
import { checkYaml, mapping } from '../lib/yaml-schema.ts';
import { regexProblem } from '../hints/validate-values.ts';
import type {
  CredentialRule,
  PortalProfile,
  PortalProfiles,
  PortalSecret,
  ScreenProfile,
} from '../../src/portals/profile-types.ts';
import { PORTALS } from '../../src/portals/portals.ts';

export const PROFILES_DIR = 'dictionaries/portals';

export interface CompiledProfiles {
  profiles: PortalProfiles;
  errors: DictionaryIssue[];
}

/** Facts name their source: official ([G]), third party ([3P]), or the section of FACTS.md they come from. */
const SOURCE = /^(\[(G|3P)\] |FACTS\.md: )\S/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const Text = (message: string) =>
  v.pipe(
    v.string(message),
    v.check((text) => text.trim() !== '', message),
  );

/** A list (`{path}` names it); an absent list is empty. */
const list = <S extends v.GenericSchema>(item: S) => v.optional(v.array(item, '`{path}` must be a list'), []);

/** A regex source; an absent one is reported as required (a missing key), a bad one with its problem. */
const Regex = (labelText = true) =>
  v.custom<string>(
    (raw) => regexProblem(raw, labelText) === undefined,
    ({ input }) => (input === undefined ? '{path} is required' : `{path} ${regexProblem(input, labelText)}`),
  );

const SECRET = '{parent} needs an id (not a card PIN kind), name, which, use and a marked source';
const Secret = v.pipe(
  mapping(
    {
      id: v.pipe(
        v.string(SECRET),
        v.regex(ID, SECRET),
        v.check((id) => !isSecretKind(id), SECRET),
      ),
      name: Text(SECRET),
      which: Text(SECRET),
      use: Text(SECRET),
      not_card_pin: v.optional(v.unknown()),
      source: v.pipe(Text(SECRET), v.regex(SOURCE, SECRET)),
    },
    '{path} must be a mapping',
    '{parent}: unknown key `{key}`',
  ),
  v.transform((raw): PortalSecret => ({
    id: raw.id,
    name: raw.name,
    which: raw.which,
    use: raw.use,
    notCardPin: raw.not_card_pin === true,
    source: raw.source,
  })),
);

/** A credential rule; its `secret` is a card PIN kind or one of the portal's own secrets (`known`). */
const credential = (known: ReadonlySet<unknown>) =>
  v.pipe(
    mapping(
      {
        match: Regex(),
        secret: v.custom<string>(
          (secret) => typeof secret === 'string' && (isSecretKind(secret) || known.has(secret)),
          "{path} must be a card PIN kind or one of this portal's secrets",
        ),
        not: v.optional(Regex()),
        context: v.optional(Regex()),
        not_context: v.optional(Regex()),
      },
      '{path} must be a mapping',
      '{parent}: unknown key `{key}`',
    ),
    v.transform(({ match, secret, not, context, not_context: notContext }): CredentialRule => {
      const rule: CredentialRule = { match, secret };
      if (not !== undefined) rule.not = not;
      if (context !== undefined) rule.context = context;
      if (notContext !== undefined) rule.notContext = notContext;
      return rule;
    }),
  );

const screen = (known: ReadonlySet<unknown>) =>
  v.pipe(
    mapping(
      {
        id: v.pipe(
          v.string('{path} must be lower-case words with hyphens'),
          v.regex(ID, '{path} must be lower-case words with hyphens'),
        ),
        heading: v.optional(Regex(false)),
        path: v.optional(Regex(false)),
        name: Text("{path} is required (the screen's English name)"),
        credentials: list(credential(known)),
      },
      '{path} must be a mapping',
      '{parent}: unknown key `{key}`',
    ),
    v.check(({ heading, path }) => heading !== undefined || path !== undefined, '{path} needs a heading or a path'),
    v.transform(({ id, name, credentials, heading, path }): ScreenProfile => {
      const compiled: ScreenProfile = { id, name, credentials };
      if (heading !== undefined) compiled.heading = heading;
      if (path !== undefined) compiled.path = path;
      return compiled;
    }),
  );

const NOTE = '{path} must be { text, source } with a source marked [G], [3P] or FACTS.md:';
const Note = v.pipe(
  v.custom<{ text: string; source: string }>(
    (n) => isRecord(n) && isText(n['text']) && isText(n['source']) && SOURCE.test(n['source']),
    NOTE,
  ),
  v.transform(({ text, source }) => ({ text, source })),
);

/** A profile file at `file`, whose own secrets' ids are `known`. */
export const profileFile = (file: string, known: ReadonlySet<unknown>) =>
  v.pipe(
    mapping(
      {
        portal: v.picklist(
          PORTALS.map((p) => p.id),
          ({ input }) => `\`portal\` must be a portal id of src/portals/portals.ts (got ${JSON.stringify(input)})`,
        ),
        card_secrets: v.optional(v.boolean('`card_secrets` must be true or false')),
        notes: list(Note),
        secrets: list(Secret),
        credentials: list(credential(known)),
        screens: list(screen(known)),
      },
      'a profile must be a mapping with `portal` and `screens`',
    ),
    v.check(
      ({ portal }) => file.endsWith(`/${portal}.yaml`),
      ({ input }) => `the file of portal \`${input.portal}\` must be named ${input.portal}.yaml`,
    ),
    v.transform((raw): PortalProfile => ({
      portal: raw.portal,
      cardSecrets: raw.card_secrets === true,
      notes: raw.notes,
      secrets: raw.secrets,
      credentials: raw.credentials,
      screens: raw.screens,
    })),
  );

/** The ids a profile gives its own secrets, which its credential rules may name. */
function secretIds(data: unknown): Set<unknown> {
  const secrets = isRecord(data) && Array.isArray(data['secrets']) ? (data['secrets'] as unknown[]) : [];
  return new Set(secrets.map((secret) => (isRecord(secret) ? secret['id'] : undefined)));
}

/**
 * Compiles the profile files (path → YAML text).
 * @example compileProfiles({ 'dictionaries/portals/etax.yaml': text }).profiles.etax?.screens[0]?.id // 'etax-login'
 */
export function compileProfiles(files: Record<string, string>): CompiledProfiles {
  const errors: DictionaryIssue[] = [];
  const profiles: PortalProfiles = {};
  const screenIds = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    const report = (issue: SourceIssue) => errors.push({ severity: 'error', ...issue });
    const parsed = parseYamlSource(path, text, report);
    const profile = parsed && checkYaml(profileFile(path, secretIds(parsed.data)), parsed, path, report);
    if (!profile) continue;
    for (const { id } of profile.screens) {
      if (screenIds.has(id)) report({ file: path, reason: `screen id \`${id}\` is used twice` });
      screenIds.add(id);
    }
    if (profiles[profile.portal]) report({ file: path, reason: `portal \`${profile.portal}\` has two profile files` });
    else profiles[profile.portal] = profile;
  }
  return { profiles, errors };
}
