import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatIssue } from './validate-source.ts';

const GRAMMAR = 'dictionaries/grammar';
const errorsOf = (path: string, text: string) =>
  compile([{ path: `${GRAMMAR}/${path}`, text }]).errors.map(formatIssue);

describe('grammar files are validated at build time', () => {
  it('accepts a small valid words file and makes its words match', () => {
    const { index, errors } = compile([
      {
        path: `${GRAMMAR}/words.yaml`,
        text: "words:\n  - { term: 以外, reading: いがい, kind: restriction, takes: before, en: 'other than {x}', vi: 'ngoài {x}' }\n",
      },
    ]);
    expect(errors).toEqual([]);
    expect(index.grammar.rules[0]).toMatchObject({ term: '以外', kind: 'restriction', templates: { vi: 'ngoài {x}' } });
    expect(index.term).toContain('以外');
  });

  it.each([
    ['words.yaml', 'words:\n  - { term: 以外, reading: いがい, kind: foo, en: x }\n', '`kind` must be one of'],
    [
      'words.yaml',
      "words:\n  - { term: 以外, kind: restriction, takes: before, en: 'other than {x}' }\n",
      '`reading` must be hiragana',
    ],
    [
      'words.yaml',
      "words:\n  - { term: 以外, reading: いがい, kind: restriction, takes: before, en: 'other than' }\n",
      'must contain {x}',
    ],
    ['senses.yaml', 'senses:\n  - { term: 目, after: [somewhere], gloss: { en: eye } }\n', 'unknown `after` somewhere'],
    ['senses.yaml', 'senses:\n  - { term: 目 }\n', 'a sense needs one of'],
    [
      'deinflect.yaml',
      'classes: { v1: x }\ntransforms:\n  - { tag: negative, rules: [[ない, る, adj-i, v1]] }\n',
      'unknown class adj-i',
    ],
    ['languages.yaml', 'particles: { の: nowhere }\nlanguages: {}\n', 'unknown join nowhere'],
    ['english.yaml', 'verbs: [a]\nirregular: {}\n', 'the file must be a mapping with `verbs` and `irregular`'],
    ['english.yaml', 'verbs: { payment: " " }\nirregular: {}\n', 'verb of payment must be a string'],
    ['english.yaml', 'verbs: {}\nirregular: { go: [gone] }\n', 'irregular go must be [past participle, -ing form]'],
    ['english.yaml', 'verbs: {}\nirregular: { go: [gone, going, x] }\n', 'irregular go must be [past participle'],
    ['other.yaml', 'x: 1\n', 'unknown grammar file'],
  ])('reports a bad %s naming the file and the reason', (file, text, reason) => {
    const errors = errorsOf(file, text);
    expect(
      errors.some((e) => e.startsWith(`${GRAMMAR}/${file}`) && e.includes(reason)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('compiles the project grammar without errors', async () => {
    const { loadDictionaryFiles } = await import('../../scripts/lib/load-dictionaries.ts');
    expect(compile(loadDictionaryFiles()).errors.map(formatIssue)).toEqual([]);
  });
});
