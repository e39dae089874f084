/**
 * Validators of words.yaml (grammar words and their templates) and senses.yaml (what a word becomes by context). Each
 * reports every problem with the file, the item and the reason, like the dictionary validator (schema.ts).
 */

import * as v from 'valibot';
import { isRecord } from '../lib/yaml-source.ts';
import { checkValue, mapping } from '../lib/yaml-schema.ts';
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
import { IssueList, isText, stringList, templatesOf } from './schema-grammar-checks.ts';

/** The placeholders a grammar word's templates must have, by kind and `takes`. */
function placeholdersFor(kind: GrammarKind, takes: Takes | undefined): string[] {
  if (kind === 'counter' || kind === 'ordinal' || kind === 'era') return ['{n}'];
  if (takes === 'both') return ['{a}', '{b}'];
  if (takes) return ['{x}'];
  return [];
}

const nonEmpty = (text: string) => text.trim().length > 0;
const text = (message: string) => v.pipe(v.string(message), v.check(nonEmpty, message));
/** A list of strings, or one string (taken as a list of one). */
const strings = (message: string) =>
  v.union(
    [
      v.pipe(
        v.string(),
        v.transform((one) => [one]),
      ),
      v.array(text(message), message),
    ],
    message,
  );
const KIND = `\`kind\` must be one of ${GRAMMAR_KINDS.join(', ')}`;
const READING = '`reading` must be hiragana (required when the term has kanji)';
const VALUE = '`value` (a number) is required for kinds number and era, and only for them';

/** What words.yaml's entries must have before the rest is checked: a mapping with a `term`. */
const WordHead = v.looseObject({ term: text('a word must be a mapping with a `term`') });

/** The keys of a word, each taking anything: for a word whose kind is unknown, only its keys and kind are checked. */
const anyKeys = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, v.optional(v.unknown())]));
const WORD_KEYS = ['term', 'variants', 'reading', 'takes', 'joins', 'particle', 'value', 'parts', 'en-one', 'en-nth'];
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
        ...anyKeys(['parts', 'en-one', 'en-nth']),
        term: v.string(),
        kind: v.literal(kind),
        reading: v.optional(v.pipe(v.string(READING), v.check(isHiragana, READING))),
        takes: v.optional(v.picklist(['before', 'after', 'both'], '`takes` must be before, after or both')),
        joins: v.optional(v.literal('after', '`joins` may only be `after`')),
        variants: v.optional(strings('`variants` must be a list of strings')),
        particle: v.optional(strings('`particle` must be a list of strings')),
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
      if (isText(word['en-nth'])) rule.nth = word['en-nth'];
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

const SENSE_KEYS = new Set([
  'term',
  'reading',
  'after',
  'inside',
  'alone',
  'role',
  'portal',
  'screen',
  'fieldKind',
  'near',
  'rule',
  'kind',
  'gloss',
  'en-one',
  'en-nth',
  ...GLOSS_LANGUAGES,
]);
export const SENSE_AFTER = ['number', 'counter', 'time', 'no', 'bracket', 'word', 'verb', 'adjective'];
export const ROLES = ['label', 'option', 'heading', 'button', 'message', 'note'];

/** A sense as validated, before its rule is resolved to an index. */
export interface SenseSource {
  sense: Omit<Sense, 'rule'>;
  /** `rule: <term>` of words.yaml, or a rule defined in place. */
  ruleTerm?: string;
  ownRule?: GrammarRule;
}

/** Validates senses.yaml. */
export function validateSenses(
  file: string,
  data: unknown,
): { senses: SenseSource[]; wordClasses: Record<string, string[]>; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const senses: SenseSource[] = [];
  const wordClasses: Record<string, string[]> = {};
  if (!isRecord(data) || !Array.isArray(data['senses'])) {
    issues.error('the file must be a mapping with a `senses` list');
    return { senses, wordClasses, issues: issues.issues };
  }
  const classes = data['classes'];
  if (classes !== undefined) {
    if (!isRecord(classes)) issues.error('`classes` must map a class name to a list of words');
    else
      for (const [name, words] of Object.entries(classes)) {
        const list = stringList(words);
        if (!list) issues.error(`class \`${name}\` must be a list of words`);
        else wordClasses[name] = list;
      }
  }
  (data['senses'] as unknown[]).forEach((raw, index) => {
    const term = isRecord(raw) && isText(raw['term']) ? raw['term'].trim() : '';
    if (!isRecord(raw) || !term) return issues.error('a sense must be a mapping with a `term`', index);
    const before = issues.issues.length;
    for (const key of Object.keys(raw)) if (!SENSE_KEYS.has(key)) issues.error(`unknown key \`${key}\``, index, term);
    const sense: Omit<Sense, 'rule'> = { term };
    for (const key of ['after', 'role', 'portal', 'screen', 'fieldKind', 'near'] as const) {
      if (raw[key] === undefined) continue;
      const list = stringList(raw[key]);
      if (!list) issues.error(`\`${key}\` must be a list of strings`, index, term);
      else sense[key] = list;
    }
    for (const a of sense.after ?? [])
      if (!SENSE_AFTER.includes(a) && !(a in wordClasses)) {
        issues.error(`unknown \`after\` ${a}; use ${SENSE_AFTER.join(', ')} or a class`, index, term);
      }
    for (const r of sense.role ?? []) if (!ROLES.includes(r)) issues.error(`unknown role ${r}`, index, term);
    if (raw['inside'] !== undefined && raw['inside'] !== 'bracket')
      issues.error('`inside` may only be `bracket`', index, term);
    else if (raw['inside'] === 'bracket') sense.inside = 'bracket';
    if (raw['alone'] !== undefined && raw['alone'] !== true) issues.error('`alone` may only be true', index, term);
    else if (raw['alone'] === true) sense.alone = true;
    const reading = raw['reading'];
    if (reading !== undefined) {
      if (typeof reading !== 'string' || !isHiragana(reading)) issues.error('`reading` must be hiragana', index, term);
      else sense.reading = reading;
    }
    const source: SenseSource = { sense };
    const effects = ['rule', 'kind', 'gloss'].filter((k) => raw[k] !== undefined);
    if (effects.length > 1 || (effects.length === 0 && reading === undefined)) {
      issues.error(
        'a sense needs one of `rule`, `kind` (with templates) or `gloss` (or only a `reading`)',
        index,
        term,
      );
    } else if (effects.length === 0) {
      // a reading only
    } else if (raw['rule'] !== undefined) {
      if (!isText(raw['rule'])) issues.error('`rule` must name a term of words.yaml', index, term);
      else source.ruleTerm = raw['rule'];
    } else if (raw['gloss'] !== undefined) {
      const gloss = isRecord(raw['gloss']) ? templatesOf(raw['gloss'], issues, index, term, []) : undefined;
      if (!isRecord(raw['gloss'])) issues.error('`gloss` must map languages to texts (en required)', index, term);
      if (gloss) sense.gloss = gloss;
    } else {
      const kind = raw['kind'];
      if (kind !== 'counter' && kind !== 'time' && kind !== 'relation' && kind !== 'condition') {
        issues.error('a sense may define a rule of kind counter, time, relation or condition', index, term);
      } else {
        const takes = kind === 'counter' ? undefined : 'before';
        const templates = templatesOf(raw, issues, index, term, placeholdersFor(kind, takes));
        if (templates) {
          const rule: GrammarRule = { term, kind, templates, ...(takes ? { takes, joinsAfter: true } : {}) };
          if (isText(raw['en-one'])) rule.one = raw['en-one'];
          if (isText(raw['en-nth'])) rule.nth = raw['en-nth'];
          source.ownRule = rule;
        }
      }
    }
    if (issues.issues.length === before) senses.push(source);
  });
  return { senses, wordClasses, issues: issues.issues };
}
