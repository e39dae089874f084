/**
 * Validators of the grammar's tables: deinflect.yaml (conjugation classes and transforms), languages.yaml (join
 * templates and verb forms) and english.yaml (English morphology). Each reports every problem with the file, the item
 * and the reason.
 */

import * as v from 'valibot';
import { isRecord } from '../lib/yaml-source.ts';
import { GLOSS_LANGUAGES } from '../../src/i18n/languages.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import {
  JOINS,
  VERB_FORMS,
  type CompiledGrammar,
  type DeinflectRule,
  type LanguageTemplates,
} from '../../src/dictionary/schema-grammar.ts';
import { IssueList, isText, stringList } from './schema-grammar-checks.ts';

/** Validates deinflect.yaml into classes, transforms (with masks) and the godan る verbs. */
export function validateDeinflect(
  file: string,
  data: unknown,
): { classes: string[]; transforms: CompiledGrammar['transforms']; godanRu: string[]; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const out = { classes: [] as string[], transforms: [] as CompiledGrammar['transforms'], godanRu: [] as string[] };
  if (!isRecord(data) || !isRecord(data['classes']) || !Array.isArray(data['transforms'])) {
    issues.error('the file must be a mapping with `classes` and `transforms`');
    return { ...out, issues: issues.issues };
  }
  out.classes = Object.keys(data['classes']);
  if (out.classes.length > 30) issues.error('at most 30 classes (they are bits of a mask)');
  const mask = (text: string, where: number, tag: string): number => {
    if (text === '') return 0;
    let m = 0;
    for (const name of text.split(/\s+/)) {
      const k = out.classes.indexOf(name);
      if (k < 0) issues.error(`unknown class ${name}`, where, tag);
      else m |= 1 << k;
    }
    return m;
  };
  (data['transforms'] as unknown[]).forEach((raw, index) => {
    const tag = isRecord(raw) && isText(raw['tag']) ? raw['tag'] : '';
    if (!isRecord(raw) || !tag || !Array.isArray(raw['rules'])) {
      return issues.error('a transform must have a `tag` and a `rules` list', index);
    }
    const rules: DeinflectRule[] = [];
    for (const rule of raw['rules'] as unknown[]) {
      if (!Array.isArray(rule) || rule.length !== 4 || !rule.every((x) => typeof x === 'string')) {
        issues.error(`a rule must be [in, out, from, to] (got ${JSON.stringify(rule)})`, index, tag);
        continue;
      }
      const [suffixIn = '', suffixOut = '', from = '', to = ''] = rule;
      if (!to) issues.error(`rule ${JSON.stringify(rule)} needs a \`to\` class`, index, tag);
      rules.push([suffixIn, suffixOut, mask(from, index, tag), mask(to, index, tag)]);
    }
    out.transforms.push({ tag, rules });
  });
  const godan = stringList(data['godan-ru']);
  if (data['godan-ru'] !== undefined && !godan) issues.error('`godan-ru` must be a list of verbs');
  out.godanRu = godan ?? [];
  return { ...out, issues: issues.issues };
}

/** Validates languages.yaml. */
export function validateLanguages(
  file: string,
  data: unknown,
): { particles: Record<string, string>; languages: Record<string, LanguageTemplates>; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const out = { particles: {} as Record<string, string>, languages: {} as Record<string, LanguageTemplates> };
  if (!isRecord(data) || !isRecord(data['particles']) || !isRecord(data['languages'])) {
    issues.error('the file must be a mapping with `particles` and `languages`');
    return { ...out, issues: issues.issues };
  }
  for (const [particle, join] of Object.entries(data['particles'])) {
    if (typeof join !== 'string' || !JOINS.includes(join))
      issues.error(`particle ${particle}: unknown join ${String(join)}`);
    else out.particles[particle] = join;
  }
  for (const lang of GLOSS_LANGUAGES) {
    const raw = data['languages'][lang];
    if (!isRecord(raw) || typeof raw['space'] !== 'string' || !isRecord(raw['joins'])) {
      issues.error(`language ${lang} needs \`space\` and \`joins\``);
      continue;
    }
    const joins: Record<string, string> = {};
    for (const join of JOINS) {
      const text = raw['joins'][join];
      if (!isText(text)) issues.error(`language ${lang}: join \`${join}\` is missing`);
      else joins[join] = text;
    }
    const verbs: Record<string, string> = {};
    const rawVerbs = isRecord(raw['verbs']) ? raw['verbs'] : {};
    for (const form of lang === 'en' ? [] : VERB_FORMS) {
      const text = rawVerbs[form];
      if (!isText(text) || !text.includes('{v}')) issues.error(`language ${lang}: verb form \`${form}\` needs {v}`);
      else verbs[form] = text;
    }
    out.languages[lang] = { space: raw['space'], joins, verbs };
  }
  return { ...out, issues: issues.issues };
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
