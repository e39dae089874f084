/**
 * Validators of words.yaml (grammar words and their templates) and senses.yaml (what a word becomes by context), as
 * valibot schemas (build/lib/yaml-schema.ts). Each reports every problem with the file, the item and the reason, like
 * the dictionary validator (validate-source.ts), and keeps the items that passed.
 */

import * as v from 'valibot';
import { isRecord } from '../lib/yaml-source.ts';
import { checkValue, mapping, missingKeyMessage, yamlMapping } from '../lib/yaml-schema.ts';
import { hasKanji, isHiragana } from '../../src/glossary/char-class.ts';
import { GLOSS_LANGUAGES } from '../../src/i18n/languages.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import {
  GRAMMAR_KINDS,
  type GrammarKind,
  type GrammarRule,
  type Sense,
  type Takes,
  type Templates,
} from '../../src/dictionary/schema-grammar.ts';
import { IssueList, isText, stringList as readStringList } from './schema-grammar-checks.ts';

/** The placeholders a grammar word's templates must have, by kind and `takes`. */
function placeholdersFor(kind: GrammarKind, takes: Takes | undefined): string[] {
  if (kind === 'counter' || kind === 'ordinal' || kind === 'era') return ['{n}'];
  if (takes === 'both') return ['{a}', '{b}'];
  if (takes) return ['{x}'];
  return [];
}

const nonEmpty = (text: string) => text.trim().length > 0;
const text = (message: string) => v.pipe(v.string(message), v.check(nonEmpty, message));
/** A list of non-empty strings, or one string (taken as a list of one). */
const stringList = (message: string) =>
  v.pipe(
    v.custom<unknown>((value) => readStringList(value) !== undefined, message),
    v.transform((value) => readStringList(value)!),
  );
const KIND = `\`kind\` must be one of ${GRAMMAR_KINDS.join(', ')}`;
const READING = '`reading` must be hiragana (required when the term has kanji)';
const VALUE = '`value` (a number) is required for kinds number and era, and only for them';

/** What words.yaml's entries must have before the rest is checked: a mapping with a `term`. */
const WordHead = v.looseObject({ term: text('a word must be a mapping with a `term`') });
const SenseHead = v.looseObject({ term: text('a sense must be a mapping with a `term`') });

/** The keys of a word, each taking anything: for a word whose kind is unknown, only its keys and kind are checked. */
const anyKeys = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, v.optional(v.unknown())]));
/** A counter's ordinal form per language (`en-nth: '{nth} digit'`, `vi-nth: 'chữ số thứ {n}'`): 4桁目. */
const NTH_KEYS = GLOSS_LANGUAGES.map((lang) => `${lang}-nth`);
const WORD_KEYS = [
  'term',
  'variants',
  'reading',
  'takes',
  'joins',
  'particle',
  'value',
  'parts',
  'en-one',
  ...NTH_KEYS,
];

/** The ordinal templates of a word or sense as read (`en-nth`, `vi-nth`, …), by language; undefined when none. */
function nthTemplates(fields: Record<string, unknown>): GrammarRule['nth'] {
  const nth: NonNullable<GrammarRule['nth']> = {};
  for (const lang of GLOSS_LANGUAGES) if (isText(fields[`${lang}-nth`])) nth[lang] = fields[`${lang}-nth`] as string;
  return Object.keys(nth).length > 0 ? nth : undefined;
}

/** An ordinal template must say where the number goes. */
const NthTemplate = (key: string) =>
  v.optional(
    v.pipe(
      v.string(`\`${key}\` must be a non-empty string with {n} or {nth}`),
      v.check((t) => t.includes('{n}') || t.includes('{nth}'), `\`${key}\` must contain {n} or {nth}`),
    ),
  );
const nthEntries = Object.fromEntries(NTH_KEYS.map((key) => [key, NthTemplate(key)]));
const UnknownKindWord = mapping(
  { ...anyKeys([...WORD_KEYS, ...GLOSS_LANGUAGES]), kind: v.picklist(GRAMMAR_KINDS, KIND) },
  KIND,
);

/** A word of kind `kind` (its templates must have the placeholders of its kind and `takes`). */
function wordSchema(kind: GrammarKind, takes: unknown) {
  const placeholders = placeholdersFor(kind, takes as Takes);
  const numeric = kind === 'number' || kind === 'era';
  // A number's template is its term: it has no texts to check.
  const languages =
    kind === 'number'
      ? anyKeys(GLOSS_LANGUAGES)
      : Object.fromEntries(
          GLOSS_LANGUAGES.map((lang) => [
            lang,
            lang === 'en'
              ? text('`en` is missing or empty')
              : v.optional(text(`\`${lang}\` must be a non-empty string`)),
          ]),
        );
  return v.pipe(
    mapping(
      {
        ...anyKeys(['parts', 'en-one']),
        ...nthEntries,
        term: v.string(),
        kind: v.literal(kind),
        reading: v.optional(v.pipe(v.string(READING), v.check(isHiragana, READING))),
        takes: v.optional(v.picklist(['before', 'after', 'both'], '`takes` must be before, after or both')),
        joins: v.optional(v.literal('after', '`joins` may only be `after`')),
        variants: v.optional(stringList('`variants` must be a list of strings')),
        particle: v.optional(stringList('`particle` must be a list of strings')),
        value: numeric ? v.number(VALUE) : v.optional(v.custom((value) => typeof value !== 'number', VALUE)),
        ...languages,
      },
      KIND,
    ),
    // Checked on the word as read so far, beside its other problems.
    v.rawCheck(({ dataset, addIssue }) => {
      if (!isRecord(dataset.value)) return;
      const word = dataset.value;
      if (word['reading'] === undefined && hasKanji(String(word['term']).trim())) addIssue({ message: READING });
      // Each language's template must say where the phrase goes (any one placeholder: {nth} stands for {n}).
      if (kind === 'number' || placeholders.length === 0 || !isText(word['en'])) return;
      for (const lang of GLOSS_LANGUAGES) {
        const template = word[lang];
        if (!isText(template)) continue;
        const has = (p: string) => template.includes(p) || (p === '{n}' && template.includes('{nth}'));
        if (!placeholders.some(has)) addIssue({ message: `\`${lang}\` must contain ${placeholders.join(' or ')}` });
      }
    }),
    v.transform((word) => {
      const term = word.term.trim();
      const texts: Record<string, unknown> = word;
      const templates: Templates = { en: term };
      if (kind !== 'number') {
        templates.en = texts['en'] as string;
        for (const lang of GLOSS_LANGUAGES)
          if (lang !== 'en' && texts[lang] !== undefined) templates[lang] = texts[lang] as string;
      }
      const rule: GrammarRule = { term, kind, templates };
      if (word.takes) rule.takes = word.takes;
      if (word.joins === 'after') rule.joinsAfter = true;
      if (word.particle) rule.particle = word.particle;
      if (typeof word.value === 'number') rule.value = word.value;
      if (isText(word['en-one'])) rule.one = word['en-one'];
      const nth = nthTemplates(texts);
      if (nth) rule.nth = nth;
      return {
        rule,
        forms: [term, ...(word.variants ?? [])],
        ...(typeof word.reading === 'string' ? { reading: word.reading } : {}),
      };
    }),
  );
}

/** Validates words.yaml; returns the rules with their spellings (term first, then variants). */
export function validateGrammarWords(
  file: string,
  data: unknown,
): { rules: Array<{ rule: GrammarRule; forms: string[]; reading?: string }>; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const rules: Array<{ rule: GrammarRule; forms: string[]; reading?: string }> = [];
  const words = isRecord(data) ? data['words'] : undefined;
  if (!Array.isArray(words)) {
    issues.error('the file must be a mapping with a `words` list');
    return { rules, issues: issues.issues };
  }
  words.forEach((raw: unknown, index) => {
    if (!v.is(WordHead, raw)) return issues.error('a word must be a mapping with a `term`', index);
    const term = raw.term.trim();
    const kind = raw['kind'];
    const report = (reason: string) => issues.error(reason, index, term);
    if (!(GRAMMAR_KINDS as readonly unknown[]).includes(kind)) return void checkValue(UnknownKindWord, raw, report);
    const word = checkValue(wordSchema(kind as GrammarKind, raw['takes']), raw, report);
    if (word) rules.push(word);
  });
  return { rules, issues: issues.issues };
}

export const SENSE_AFTER = ['number', 'counter', 'time', 'no', 'bracket', 'word', 'verb', 'adjective'];
export const ROLES = ['label', 'option', 'heading', 'button', 'message', 'note'];
const SENSE_LISTS = ['after', 'role', 'portal', 'screen', 'fieldKind', 'near'] as const;
const SENSE_KINDS = ['counter', 'time', 'relation', 'condition'] as const;
const NEEDS_EFFECT = 'a sense needs one of `rule`, `kind` (with templates) or `gloss` (or only a `reading`)';

/** A sense as validated, before its rule is resolved to an index. */
export interface SenseSource {
  sense: Omit<Sense, 'rule'>;
  /** `rule: <term>` of words.yaml, or a rule defined in place. */
  ruleTerm?: string;
  ownRule?: GrammarRule;
}

/** Texts by language, `en` required (a gloss, or the templates of a sense's own rule). */
const templateEntries = Object.fromEntries(
  GLOSS_LANGUAGES.map((lang) => [
    lang,
    lang === 'en' ? text('`en` is missing or empty') : v.optional(text(`\`${lang}\` must be a non-empty string`)),
  ]),
);
/** The templates among a mapping's keys: `en`, then the other languages that have one. */
function templatesIn(raw: Record<string, unknown>): Templates {
  const templates: Templates = { en: raw['en'] as string };
  for (const lang of GLOSS_LANGUAGES)
    if (lang !== 'en' && raw[lang] !== undefined) templates[lang] = raw[lang] as string;
  return templates;
}

const Gloss = v.pipe(
  yamlMapping('`gloss` must map languages to texts (en required)'),
  v.looseObject(
    templateEntries,
    missingKeyMessage(templateEntries, '`gloss` must map languages to texts (en required)'),
  ),
  v.transform(templatesIn),
);

/**
 * A sense of senses.yaml. What it does (`effect`: a rule of words.yaml, a rule of its own `kind`, a gloss, or only a
 * reading) is read first, so that only that part is checked; `wordClasses` are the classes `after` may name.
 */
function senseSchema(raw: Record<string, unknown>, wordClasses: Record<string, string[]>) {
  const effects = ['rule', 'kind', 'gloss'].filter((key) => raw[key] !== undefined);
  const effect = effects.length === 1 ? effects[0] : undefined;
  const kind = effect === 'kind' && (SENSE_KINDS as readonly unknown[]).includes(raw['kind']) ? raw['kind'] : undefined;
  const after = `; use ${SENSE_AFTER.join(', ')} or a class`;
  const lists = Object.fromEntries(
    SENSE_LISTS.map((key) => [key, v.optional(stringList(`\`${key}\` must be a list of strings`))]),
  );
  const READING = '`reading` must be hiragana';
  const entries: v.ObjectEntries = {
    ...anyKeys(['rule', 'kind', 'gloss', 'en-one', ...GLOSS_LANGUAGES]),
    ...nthEntries,
    term: v.string(),
    ...lists,
    inside: v.optional(v.literal('bracket', '`inside` may only be `bracket`')),
    alone: v.optional(v.literal(true, '`alone` may only be true')),
    reading: v.optional(v.pipe(v.string(READING), v.check(isHiragana, READING))),
    ...(effect === 'rule' ? { rule: text('`rule` must name a term of words.yaml') } : {}),
    ...(effect === 'gloss' ? { gloss: Gloss } : {}),
    ...(effect === 'kind'
      ? { kind: v.picklist(SENSE_KINDS, 'a sense may define a rule of kind counter, time, relation or condition') }
      : {}),
    ...(kind ? templateEntries : {}),
  };
  return v.pipe(
    mapping(entries, 'a sense must be a mapping with a `term`'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!isRecord(dataset.value)) return;
      const sense = dataset.value;
      for (const a of Array.isArray(sense['after']) ? (sense['after'] as unknown[]) : [])
        if (typeof a === 'string' && !SENSE_AFTER.includes(a) && !(a in wordClasses))
          addIssue({ message: `unknown \`after\` ${a}${after}` });
      for (const r of Array.isArray(sense['role']) ? (sense['role'] as unknown[]) : [])
        if (typeof r === 'string' && !ROLES.includes(r)) addIssue({ message: `unknown role ${r}` });
      if (effects.length > 1 || (effects.length === 0 && sense['reading'] === undefined))
        addIssue({ message: NEEDS_EFFECT });
      // Each language's template must say where the phrase goes (any one placeholder: {nth} stands for {n}).
      if (!kind || !isText(sense['en'])) return;
      const placeholders = placeholdersFor(kind as GrammarKind, kind === 'counter' ? undefined : 'before');
      for (const lang of GLOSS_LANGUAGES) {
        const template = sense[lang];
        if (!isText(template)) continue;
        const has = (p: string) => template.includes(p) || (p === '{n}' && template.includes('{nth}'));
        if (!placeholders.some(has)) addIssue({ message: `\`${lang}\` must contain ${placeholders.join(' or ')}` });
      }
    }),
    v.transform((read): SenseSource => {
      const fields: Record<string, unknown> = read;
      const sense: Omit<Sense, 'rule'> = { term: (fields['term'] as string).trim() };
      for (const key of SENSE_LISTS) if (fields[key] !== undefined) sense[key] = fields[key] as string[];
      if (fields['inside'] === 'bracket') sense.inside = 'bracket';
      if (fields['alone'] === true) sense.alone = true;
      if (typeof fields['reading'] === 'string') sense.reading = fields['reading'];
      if (effect === 'gloss') sense.gloss = fields['gloss'] as Templates;
      const source: SenseSource = { sense };
      if (effect === 'rule') source.ruleTerm = fields['rule'] as string;
      if (kind) {
        const takes = kind === 'counter' ? undefined : 'before';
        const rule: GrammarRule = {
          term: sense.term,
          kind: kind as GrammarKind,
          templates: templatesIn(fields),
          ...(takes ? { takes, joinsAfter: true } : {}),
        };
        if (isText(fields['en-one'])) rule.one = fields['en-one'];
        const nth = nthTemplates(fields);
        if (nth) rule.nth = nth;
        source.ownRule = rule;
      }
      return source;
    }),
  );
}

const SensesFile = v.pipe(
  v.custom<Record<string, unknown>>(
    (data) => isRecord(data) && Array.isArray(data['senses']),
    'the file must be a mapping with a `senses` list',
  ),
  v.looseObject({
    classes: v.optional(
      v.pipe(
        yamlMapping('`classes` must map a class name to a list of words'),
        v.record(v.string(), stringList('class `{key}` must be a list of words')),
      ),
    ),
  }),
);

/** Validates senses.yaml. */
export function validateSenses(
  file: string,
  data: unknown,
): { senses: SenseSource[]; wordClasses: Record<string, string[]>; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const senses: SenseSource[] = [];
  const wordClasses: Record<string, string[]> = {};
  checkValue(SensesFile, data, (reason) => issues.error(reason));
  if (!isRecord(data) || !Array.isArray(data['senses'])) return { senses, wordClasses, issues: issues.issues };
  // The classes that are lists of words, also when another is not (`after` may name them).
  const classes = isRecord(data['classes']) ? data['classes'] : {};
  for (const [name, words] of Object.entries(classes)) {
    const list = v.safeParse(stringList(''), words);
    if (list.success) wordClasses[name] = list.output;
  }
  (data['senses'] as unknown[]).forEach((raw, index) => {
    if (!v.is(SenseHead, raw)) return issues.error('a sense must be a mapping with a `term`', index);
    const term = raw.term.trim();
    const sense = checkValue(senseSchema(raw, wordClasses), raw, (reason) => issues.error(reason, index, term));
    if (sense) senses.push(sense);
  });
  return { senses, wordClasses, issues: issues.issues };
}
