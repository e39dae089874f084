import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from './validate-source.ts';
import { validateDeinflect, validateLanguages } from './schema-grammar-tables.ts';

const realLanguages = () =>
  parse(readFileSync('dictionaries/grammar/languages.yaml', 'utf8')) as {
    languages: Record<string, { space?: string; joins: Record<string, string>; verbs: unknown }>;
  };
const deinflect = (text: string) => validateDeinflect('deinflect.yaml', parse(text)).issues.map(formatIssue);
const languages = (change: (data: ReturnType<typeof realLanguages>) => unknown) =>
  validateLanguages('languages.yaml', change(realLanguages())).issues.map(formatIssue);

describe('the grammar tables', () => {
  it('compile a deinflect table with class masks', () => {
    const text =
      'classes: { v1: x, v5: y }\ntransforms:\n  - { tag: neg, rules: [[ない, る, v1, v1 v5]] }\ngodan-ru: 要る';
    expect(validateDeinflect('deinflect.yaml', parse(text))).toEqual({
      classes: ['v1', 'v5'],
      transforms: [{ tag: 'neg', rules: [['ない', 'る', 1, 3]] }],
      godanRu: ['要る'],
      issues: [],
    });
  });

  it.each([
    ['a list', '- 1', ['deinflect.yaml: the file must be a mapping with `classes` and `transforms`']],
    [
      'an unknown class',
      'classes: { v1: x }\ntransforms:\n  - { tag: negative, rules: [[ない, る, adj-i, v1 x]] }',
      [
        'deinflect.yaml: entry #1 (negative): unknown class adj-i',
        'deinflect.yaml: entry #1 (negative): unknown class x',
      ],
    ],
    [
      'a rule without a `to` class',
      "classes: { v1: x }\ntransforms:\n  - { tag: negative, rules: [[ない, る, v1, '']] }",
      ['deinflect.yaml: entry #1 (negative): rule ["ない","る","v1",""] needs a `to` class'],
    ],
    [
      'a rule that is no quadruple',
      'classes: { v1: x }\ntransforms:\n  - { tag: negative, rules: [[ない, る]] }',
      ['deinflect.yaml: entry #1 (negative): a rule must be [in, out, from, to] (got ["ない","る"])'],
    ],
    [
      'a transform without a tag or rules',
      'classes: { v1: x }\ntransforms:\n  - { rules: [] }\n  - { tag: t }',
      [
        'deinflect.yaml: entry #1: a transform must have a `tag` and a `rules` list',
        'deinflect.yaml: entry #2: a transform must have a `tag` and a `rules` list',
      ],
    ],
    [
      'godan-ru that is no list of verbs',
      "classes: { v1: x }\ntransforms: []\ngodan-ru: [' ']",
      ['deinflect.yaml: `godan-ru` must be a list of verbs'],
    ],
  ])('report %s in deinflect.yaml', (_why, text, expected) => {
    expect(deinflect(text)).toEqual(expected);
  });

  it('compile the project languages without a problem', () => {
    expect(languages((data) => data)).toEqual([]);
  });

  it.each([
    ['a list', () => [], ['languages.yaml: the file must be a mapping with `particles` and `languages`']],
    [
      'an unknown join',
      () => ({ particles: { の: 'nowhere' }, languages: {} }),
      expect.arrayContaining(['languages.yaml: particle の: unknown join nowhere']) as unknown as string[],
    ],
    [
      'a language without space',
      (data: ReturnType<typeof realLanguages>) => (delete data.languages['ko']!.space, data),
      ['languages.yaml: language ko needs `space` and `joins`'],
    ],
    [
      'a missing join',
      (data: ReturnType<typeof realLanguages>) => (delete data.languages['ko']!.joins['of'], data),
      ['languages.yaml: language ko: join `of` is missing'],
    ],
    [
      'a verb form without {v}',
      (data: ReturnType<typeof realLanguages>) => ((data.languages['vi']!.verbs = { past: 'x' }), data),
      expect.arrayContaining(['languages.yaml: language vi: verb form `past` needs {v}']) as unknown as string[],
    ],
  ])('report %s in languages.yaml', (_why, change, expected) => {
    expect(languages(change as (data: ReturnType<typeof realLanguages>) => unknown)).toEqual(expected);
  });
});
