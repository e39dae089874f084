/**
 * Validators of words.yaml (grammar words and their templates) and senses.yaml (what a word becomes by context). Each
 * reports every problem with the file, the item and the reason, like the dictionary validator (schema.ts).
 */

import { isRecord } from '../lib/yaml-source.ts';
import { hasKanji, isHiragana } from '../../src/glossary/char-class.ts';
import { GLOSS_LANGUAGES } from '../../src/i18n/languages.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import {
  GRAMMAR_KINDS,
  type GrammarKind,
  type GrammarRule,
  type Sense,
  type Takes,
} from '../../src/dictionary/schema-grammar.ts';
import { IssueList, isText, stringList, templatesOf } from './schema-grammar-checks.ts';

const WORD_KEYS = new Set([
  'term',
  'variants',
  'reading',
  'kind',
  'takes',
  'joins',
  'particle',
  'value',
  'parts',
  'en-one',
  'en-nth',
  ...GLOSS_LANGUAGES,
]);
const KIND_SET = new Set<string>(GRAMMAR_KINDS);

/** The placeholders a grammar word's templates must have, by kind and `takes`. */
function placeholdersFor(kind: GrammarKind, takes: Takes | undefined): string[] {
  if (kind === 'counter' || kind === 'ordinal' || kind === 'era') return ['{n}'];
  if (takes === 'both') return ['{a}', '{b}'];
  if (takes) return ['{x}'];
  return [];
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
    const term = isRecord(raw) && isText(raw['term']) ? raw['term'].trim() : '';
    if (!isRecord(raw) || !term) return issues.error('a word must be a mapping with a `term`', index);
    const before = issues.issues.length;
    for (const key of Object.keys(raw)) if (!WORD_KEYS.has(key)) issues.error(`unknown key \`${key}\``, index, term);
    const kind = raw['kind'];
    if (typeof kind !== 'string' || !KIND_SET.has(kind)) {
      issues.error(`\`kind\` must be one of ${GRAMMAR_KINDS.join(', ')}`, index, term);
      return;
    }
    const reading = raw['reading'];
    if (reading === undefined ? hasKanji(term) : typeof reading !== 'string' || !isHiragana(reading)) {
      issues.error('`reading` must be hiragana (required when the term has kanji)', index, term);
    }
    const takes = raw['takes'];
    if (takes !== undefined && takes !== 'before' && takes !== 'after' && takes !== 'both') {
      issues.error('`takes` must be before, after or both', index, term);
    }
    const joins = raw['joins'];
    if (joins !== undefined && joins !== 'after') issues.error('`joins` may only be `after`', index, term);
    const variants = stringList(raw['variants']);
    if (raw['variants'] !== undefined && !variants) issues.error('`variants` must be a list of strings', index, term);
    const particle = stringList(raw['particle']);
    if (raw['particle'] !== undefined && !particle) issues.error('`particle` must be a list of strings', index, term);
    const value = raw['value'];
    if ((kind === 'number' || kind === 'era') !== (typeof value === 'number')) {
      issues.error('`value` (a number) is required for kinds number and era, and only for them', index, term);
    }
    const rule: GrammarRule = { term, kind: kind as GrammarKind, templates: { en: '' } };
    if (kind === 'number') rule.templates = { en: term };
    else {
      const templates = templatesOf(raw, issues, index, term, placeholdersFor(kind as GrammarKind, takes as Takes));
      if (templates) rule.templates = templates;
    }
    if (issues.issues.length > before) return;
    if (takes) rule.takes = takes as Takes;
    if (joins === 'after') rule.joinsAfter = true;
    if (particle) rule.particle = particle;
    if (typeof value === 'number') rule.value = value;
    if (isText(raw['en-one'])) rule.one = raw['en-one'];
    if (isText(raw['en-nth'])) rule.nth = raw['en-nth'];
    rules.push({ rule, forms: [term, ...(variants ?? [])], ...(typeof reading === 'string' ? { reading } : {}) });
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
