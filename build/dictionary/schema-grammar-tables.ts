/**
 * Validators of the grammar's tables: deinflect.yaml (conjugation classes and transforms), languages.yaml (join
 * templates and verb forms) and english.yaml (English morphology). Each reports every problem with the file, the item
 * and the reason.
 */

import * as v from 'valibot';
import { isRecord } from '../lib/yaml-source.ts';
import { checkValue, missingKeyMessage } from '../lib/yaml-schema.ts';
import { GLOSS_LANGUAGES } from '../../src/i18n/languages.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import {
  JOINS,
  VERB_FORMS,
  type CompiledGrammar,
  type DeinflectRule,
  type LanguageTemplates,
} from '../../src/dictionary/schema-grammar.ts';
import { IssueList, isText } from './schema-grammar-checks.ts';

const nonEmpty = (text: string) => text.trim().length > 0;
const DEINFLECT = 'the file must be a mapping with `classes` and `transforms`';

/** deinflect.yaml, whose class names are `classes` (a rule's `from` and `to` become masks of their bits). */
function deinflectFile(classes: readonly string[]) {
  const unknown = (names: string) => names.split(/\s+/).filter((name) => name !== '' && !classes.includes(name));
  const mask = (names: string) =>
    names === '' ? 0 : names.split(/\s+/).reduce((m, name) => m | (1 << classes.indexOf(name)), 0);
  const Rule = v.pipe(
    v.custom<[string, string, string, string]>(
      (rule) => Array.isArray(rule) && rule.length === 4 && rule.every((x) => typeof x === 'string'),
      ({ input }) => `a rule must be [in, out, from, to] (got ${JSON.stringify(input)})`,
    ),
    v.check(
      (rule) => rule[3] !== '',
      ({ input }) => `rule ${JSON.stringify(input)} needs a \`to\` class`,
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const name of [...unknown(dataset.value[2]), ...unknown(dataset.value[3])])
        addIssue({ message: `unknown class ${name}` });
    }),
    v.transform(([suffixIn, suffixOut, from, to]): DeinflectRule => [suffixIn, suffixOut, mask(from), mask(to)]),
  );
  const Transform = v.pipe(
    v.custom<Record<string, unknown>>(
      (raw) => isRecord(raw) && isText(raw['tag']) && Array.isArray(raw['rules']),
      'a transform must have a `tag` and a `rules` list',
    ),
    v.looseObject({ tag: v.string(), rules: v.array(Rule) }),
    v.transform(({ tag, rules }) => ({ tag, rules })),
  );
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (data) => isRecord(data) && isRecord(data['classes']) && Array.isArray(data['transforms']),
      DEINFLECT,
    ),
    v.check(() => classes.length <= 30, 'at most 30 classes (they are bits of a mask)'),
    v.looseObject({
      transforms: v.array(Transform),
      'godan-ru': v.optional(
        v.union(
          [
            v.pipe(
              v.string(),
              v.transform((verb) => [verb]),
            ),
            v.array(v.pipe(v.string(), v.check(nonEmpty, '`godan-ru` must be a list of verbs'))),
          ],
          '`godan-ru` must be a list of verbs',
        ),
        [],
      ),
    }),
  );
}

/** Validates deinflect.yaml into classes, transforms (with masks) and the godan る verbs. */
export function validateDeinflect(
  file: string,
  data: unknown,
): { classes: string[]; transforms: CompiledGrammar['transforms']; godanRu: string[]; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const classes = isRecord(data) && isRecord(data['classes']) ? Object.keys(data['classes']) : [];
  const transforms = isRecord(data) && Array.isArray(data['transforms']) ? data['transforms'] : [];
  const parsed = checkValue(deinflectFile(classes), data, (reason, path) => {
    if (path[0] !== 'transforms' || typeof path[1] !== 'number') return issues.error(reason);
    // A transform's problems name it by its tag, once it has a tag and rules.
    const raw: unknown = transforms[path[1]];
    const named = isRecord(raw) && isText(raw['tag']) && Array.isArray(raw['rules']);
    issues.error(reason, path[1], named ? (raw['tag'] as string) : undefined);
  });
  return {
    classes,
    transforms: parsed?.transforms ?? [],
    godanRu: parsed?.['godan-ru'] ?? [],
    issues: issues.issues,
  };
}

const LANGUAGES_FILE = 'the file must be a mapping with `particles` and `languages`';

/** One language's templates: `space`, every join, and (but English) every verb form with {v}. */
function languageSchema(lang: string) {
  const needs = `language ${lang} needs \`space\` and \`joins\``;
  const joins = Object.fromEntries(
    JOINS.map((join) => {
      const missing = `language ${lang}: join \`${join}\` is missing`;
      return [join, v.pipe(v.string(missing), v.check(nonEmpty, missing))];
    }),
  );
  const verbs = Object.fromEntries(
    (lang === 'en' ? [] : VERB_FORMS).map((form) => {
      const needsV = `language ${lang}: verb form \`${form}\` needs {v}`;
      return [
        form,
        v.pipe(
          v.string(needsV),
          v.check((text) => nonEmpty(text) && text.includes('{v}'), needsV),
        ),
      ];
    }),
  );
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (raw) => isRecord(raw) && typeof raw['space'] === 'string' && isRecord(raw['joins']),
      needs,
    ),
    v.looseObject({
      space: v.string(),
      joins: v.looseObject(joins, missingKeyMessage(joins, needs)),
      // Verbs that are no mapping are taken as none: each form is reported missing.
      verbs: v.pipe(
        v.unknown(),
        v.transform((raw) => (isRecord(raw) ? raw : {})),
        v.looseObject(verbs, missingKeyMessage(verbs, needs)),
      ),
    }),
    v.transform((raw): LanguageTemplates => ({
      space: raw.space,
      joins: Object.fromEntries(JOINS.map((join) => [join, raw.joins[join] as string])),
      verbs: Object.fromEntries(Object.keys(verbs).map((form) => [form, raw.verbs[form] as string])),
    })),
  );
}

const languageEntries = Object.fromEntries(GLOSS_LANGUAGES.map((lang) => [lang, languageSchema(lang)]));
const LanguagesFile = v.pipe(
  v.custom<Record<string, unknown>>(
    (data) => isRecord(data) && isRecord(data['particles']) && isRecord(data['languages']),
    LANGUAGES_FILE,
  ),
  v.looseObject({
    particles: v.record(
      v.string(),
      v.picklist(JOINS, ({ input }) => `particle {key}: unknown join ${String(input)}`),
    ),
    languages: v.looseObject(languageEntries, missingKeyMessage(languageEntries, LANGUAGES_FILE)),
  }),
);

/** Validates languages.yaml. */
export function validateLanguages(
  file: string,
  data: unknown,
): { particles: Record<string, string>; languages: Record<string, LanguageTemplates>; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const parsed = checkValue(LanguagesFile, data, (reason) => issues.error(reason));
  const languages: Record<string, LanguageTemplates> = {};
  for (const lang of GLOSS_LANGUAGES) if (parsed) languages[lang] = parsed.languages[lang]!;
  return { particles: parsed?.particles ?? {}, languages, issues: issues.issues };
}

/** english.yaml in valibot: two mappings; a verb is a non-empty string, an irregular verb two of them. */
// valibot's record takes a list as a mapping of indexes: a list is refused first.
const Mapping = v.pipe(
  v.unknown(),
  v.check((value) => !Array.isArray(value)),
  v.record(v.string(), v.unknown()),
);
const EnglishFile = v.looseObject({ verbs: Mapping, irregular: Mapping });
const Text = v.pipe(
  v.string(),
  v.check((text) => text.trim().length > 0),
);
const IrregularForms = v.strictTuple([Text, Text]);

/** Validates english.yaml. */
export function validateEnglish(
  file: string,
  data: unknown,
): { english: CompiledGrammar['english']; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const english: CompiledGrammar['english'] = { verbs: {}, irregular: {} };
  const parsed = v.safeParse(EnglishFile, data);
  if (!parsed.success) {
    issues.error('the file must be a mapping with `verbs` and `irregular`');
    return { english, issues: issues.issues };
  }
  const { verbs, irregular } = parsed.output;
  for (const [noun, verb] of Object.entries(verbs)) {
    if (!v.is(Text, verb)) issues.error(`verb of ${noun} must be a string`);
    else english.verbs[noun] = verb;
  }
  for (const [verb, forms] of Object.entries(irregular)) {
    if (!v.is(IrregularForms, forms)) issues.error(`irregular ${verb} must be [past participle, -ing form]`);
    else english.irregular[verb] = [forms[0], forms[1]];
  }
  return { english, issues: issues.issues };
}
