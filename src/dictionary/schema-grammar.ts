/**
 * The grammar data (dictionaries/grammar/*.yaml, SCHEMA.md "Grammar") as types and runtime validators: grammar words
 * with their per-language templates, deinflection rules, senses by context, the languages' join templates and the
 * English morphology tables. Each validator reports every problem with the file, the item and the reason, like the
 * dictionary validator (schema.ts).
 */

import { hasKanji, isHiragana } from '../glossary/char-class.ts';
import { GLOSS_LANGUAGES, type GlossLanguage } from '../i18n/languages.ts';
import type { DictionaryIssue } from './schema.ts';

/** What a grammar word does (SCHEMA.md). */
export const GRAMMAR_KINDS = [
  'negation',
  'restriction',
  'comparison',
  'condition',
  'coordination',
  'time',
  'relation',
  'counter',
  'ordinal',
  'number',
  'era',
  'sequence',
] as const;
export type GrammarKind = (typeof GRAMMAR_KINDS)[number];

/** Which phrase a grammar word applies to: the one before it, the word after it, or both sides. */
export type Takes = 'before' | 'after' | 'both';

/** Per-language templates; `en` is required, the others fall back to English. */
export type Templates = Partial<Record<GlossLanguage, string>> & { en: string };

/** A grammar word as compiled into the index. */
export interface GrammarRule {
  term: string;
  kind: GrammarKind;
  takes?: Takes;
  /** As a modifier through の, the phrase goes after the noun (prepositional in English). */
  joinsAfter?: boolean;
  /** Particles that may stand between the operand and the word (を for 除く: 所得を除く). */
  particle?: string[];
  /** Multiplier (number), first Western year minus one (era). */
  value?: number;
  templates: Templates;
  /** English singular (`{n}` = 1) and ordinal forms of a counter. */
  one?: string;
  nth?: string;
  /** For a `sequence`: the grammar words and particles it is made of (ない場合 = ない + 場合). */
  parts?: string[];
}

/** Conditions of a sense (senses.yaml). */
export interface SenseWhen {
  after?: string[];
  inside?: 'bracket';
  alone?: boolean;
  role?: string[];
  portal?: string[];
  screen?: string[];
  fieldKind?: string[];
  near?: string[];
}

/** A sense by context, as compiled: the conditions and what the word becomes. */
export interface Sense extends SenseWhen {
  term: string;
  /** The reading in this sense (後 after a verb is あと, not ご). */
  reading?: string;
  /** Index of the grammar rule the word acts as (in CompiledGrammar.rules). */
  rule?: number;
  gloss?: Templates;
}

/** One deinflection rule: [in, out, from mask, to mask]. */
export type DeinflectRule = [suffixIn: string, suffixOut: string, from: number, to: number];

/** Join templates and verb forms of one language. */
export interface LanguageTemplates {
  space: string;
  joins: Record<string, string>;
  verbs: Record<string, string>;
}

/** Everything the grammar files compile to; small, bundled with the index. */
export interface CompiledGrammar {
  rules: GrammarRule[];
  /** Sparse map entry → rule: entries[i] has rule rules[ruleOf[i]]. */
  ruleEntries: number[];
  ruleOf: number[];
  /** Deinflection classes; class k is bit 1 << k. */
  classes: string[];
  transforms: Array<{ tag: string; rules: DeinflectRule[] }>;
  senses: Sense[];
  /** Word classes used by senses (`time`). */
  wordClasses: Record<string, string[]>;
  particles: Record<string, string>;
  languages: Record<string, LanguageTemplates>;
  english: { verbs: Record<string, string>; irregular: Record<string, [pastParticiple: string, ing: string]> };
}

/** The join names every language must give (languages.yaml). */
export const JOINS = [
  'of',
  'mod',
  'compound',
  'object',
  'to',
  'at',
  'subject',
  'topic',
  'dir',
  'and',
  'also',
  'rel',
  'list',
  'range',
];
/** Verb forms (non-English languages; English is conjugated in code). */
export const VERB_FORMS = [
  'negative',
  'past',
  'passive',
  'potential',
  'negative-potential',
  'request',
  'negative-request',
  'progressive',
  'desire',
  'conditional',
  'causative',
];

/** Collects issues for one file. */
export class IssueList {
  readonly issues: DictionaryIssue[] = [];
  constructor(readonly file: string) {}
  error(reason: string, index?: number, term?: string): void {
    this.issues.push({ severity: 'error', file: this.file, reason, ...(index === undefined ? {} : { index, term }) });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every(isText) ? value : undefined;
}

/** Checks the per-language templates of an item; `placeholders` are those the English one must contain. */
function templatesOf(
  raw: Record<string, unknown>,
  issues: IssueList,
  index: number,
  term: string,
  placeholders: readonly string[],
): Templates | undefined {
  const en = raw['en'];
  if (!isText(en)) {
    issues.error('`en` is missing or empty', index, term);
    return undefined;
  }
  const out: Templates = { en };
  for (const lang of GLOSS_LANGUAGES) {
    if (lang === 'en' || raw[lang] === undefined) continue;
    const text = raw[lang];
    if (!isText(text)) issues.error(`\`${lang}\` must be a non-empty string`, index, term);
    else out[lang] = text;
  }
  // Each language's template must say where the phrase goes (any one placeholder: {nth} stands for {n}).
  for (const [lang, text] of Object.entries(out)) {
    const has = (p: string) => text.includes(p) || (p === '{n}' && text.includes('{nth}'));
    if (placeholders.length > 0 && !placeholders.some(has)) {
      issues.error(`\`${lang}\` must contain ${placeholders.join(' or ')}`, index, term);
    }
  }
  return out;
}

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

/** Validates english.yaml. */
export function validateEnglish(
  file: string,
  data: unknown,
): { english: CompiledGrammar['english']; issues: DictionaryIssue[] } {
  const issues = new IssueList(file);
  const english: CompiledGrammar['english'] = { verbs: {}, irregular: {} };
  if (!isRecord(data) || !isRecord(data['verbs']) || !isRecord(data['irregular'])) {
    issues.error('the file must be a mapping with `verbs` and `irregular`');
    return { english, issues: issues.issues };
  }
  for (const [noun, verb] of Object.entries(data['verbs'])) {
    if (!isText(verb)) issues.error(`verb of ${noun} must be a string`);
    else english.verbs[noun] = verb;
  }
  for (const [verb, forms] of Object.entries(data['irregular'])) {
    if (!Array.isArray(forms) || forms.length !== 2 || !forms.every(isText)) {
      issues.error(`irregular ${verb} must be [past participle, -ing form]`);
    } else english.irregular[verb] = [forms[0] as string, forms[1] as string];
  }
  return { english, issues: issues.issues };
}
