import { describe, expect, it } from 'vitest';
import { compileDocuments, formatDocumentIssue } from './compile-documents.ts';

const file = (text: string) => ({ path: 'dictionaries/documents/sample.yaml', text });
const valid = `id: sample
ja: 見本通知書
title: { en: Sample }
what: { text: { en: What it is. }, sources: [soumu] }
next:
  - text: { en: Do this. }
match: { threshold: 2, phrases: { 見本通知書: 2 } }
`;
const at = (line: number, reason: string) => `dictionaries/documents/sample.yaml:${line}: ${reason}`;

describe('the documents compiler', () => {
  it('compiles a valid document with its phrases longest first', () => {
    const text = valid.replace('{ 見本通知書: 2 }', '{ 見本: 1, 見本通知書: 2, 通知: -1 }');
    const { documents, issues } = compileDocuments([file(`${text}step: pickup\n`)]);
    expect(issues).toEqual([]);
    expect(documents[0]).toEqual({
      id: 'sample',
      ja: '見本通知書',
      title: { en: 'Sample' },
      what: { text: { en: 'What it is.' }, sources: ['soumu'] },
      next: [{ text: { en: 'Do this.' }, sources: [] }],
      match: {
        threshold: 2,
        phrases: [
          ['見本通知書', 2],
          ['見本', 1],
          ['通知', -1],
        ],
      },
      step: 'pickup',
    });
  });

  it.each([
    ['a list for a file', '- 1\n', [':1: a document file is a mapping (id, ja, title, what, next, match)']],
    ['a non-kebab id', valid.replace('id: sample', 'id: Sample'), [at(1, '`id` is kebab-case (pickup-notice)')]],
    [
      'an id other than the name',
      valid.replace('id: sample', 'id: other'),
      [at(1, "`id` must be the file's name (sample)")],
    ],
    [
      'a ja without Japanese',
      valid.replace('ja: 見本通知書', 'ja: Sample'),
      [at(2, "`ja` is the document's name as printed, in Japanese")],
    ],
    ['a bad step', `${valid}step: Pick Up\n`, [at(8, '`step` is a guide step id')]],
    [
      'a title that is a list',
      valid.replace('{ en: Sample }', '[Sample]'),
      [at(3, 'a text is a mapping of language → text, with `en`')],
    ],
    ['a title without English', valid.replace('{ en: Sample }', '{ vi: Mẫu }'), [at(3, 'every text has `en`')]],
    [
      'an unknown language',
      valid.replace('{ en: Sample }', '{ en: Sample, xx: Hm }'),
      [at(3, 'unknown language `xx` (en, ja, zh-CN, ko, vi, pt-BR, fil, ne, id)')],
    ],
    ['an empty text', valid.replace('{ en: Sample }', "{ en: ' ' }"), [at(3, 'the en text is empty')]],
    [
      'markup in a text',
      valid.replace('{ en: Sample }', "{ en: '<b>Sample</b>' }"),
      [at(3, 'the en text has a placeholder or markup; documents are plain text')],
    ],
    [
      'an item that is text',
      valid.replace('- text: { en: Do this. }', '- Do this.'),
      [at(6, 'an item is { text, sources, reported? }')],
    ],
    [
      'an unknown item key',
      valid.replace('sources: [soumu]', 'sources: [soumu], why: 1'),
      [at(4, 'unknown key `why`')],
    ],
    [
      'a bad source id',
      valid.replace('sources: [soumu]', 'sources: [Soumu]'),
      [at(4, '`sources` is a list of source ids (dictionaries/checklists/sources.yaml)')],
    ],
    [
      'a fact without a source',
      valid.replace('sources: [soumu]', 'sources: []'),
      [at(4, 'what a document is needs a source')],
    ],
    [
      'a reported that is text',
      valid.replace('sources: [soumu]', 'sources: [soumu], reported: yes'),
      [at(4, '`reported` is true or false')],
    ],
    [
      'a next that is text',
      valid.replace(/next:\n.*\n/, 'next: now\n'),
      [at(5, '`next` is a list of { text, sources }')],
    ],
    [
      'no next step',
      valid.replace(/next:\n.*\n/, 'next: []\n'),
      [at(5, '`next` says what to do next: at least one item')],
    ],
    [
      'a match without phrases',
      valid.replace(/match: .*/, 'match: { threshold: 2 }'),
      [at(7, '`match` is { threshold, phrases: { phrase: weight } }')],
    ],
    [
      'a threshold of 0',
      valid.replace('threshold: 2', 'threshold: 0'),
      [at(7, '`match.threshold` is a positive number')],
    ],
    [
      'a weight of 0',
      valid.replace('見本通知書: 2 }', '見本通知書: 2, 見本: 0 }'),
      [at(7, 'the weight of 見本 is a whole number other than 0')],
    ],
    [
      'a phrase with spaces',
      valid.replace('見本通知書: 2', '見本 通知書: 2, 見本通知書: 2'),
      [at(7, '見本 通知書 is matched as 見本通知書: write it so (Japanese, no spaces)')],
    ],
    [
      'a threshold never reached',
      valid.replace('threshold: 2', 'threshold: 3'),
      [at(7, 'the phrases add up to 2 at most: the threshold 3 is never reached')],
    ],
    ['an unknown key', `${valid}extra: 1\n`, [at(8, 'unknown key `extra`')]],
    ['a missing key', valid.replace(/^ja: .*\n/m, ''), [at(1, "`ja` is the document's name as printed, in Japanese")]],
    ['broken YAML', 'id: [', [/^dictionaries\/documents\/sample\.yaml:1: YAML: /]],
  ] as Array<[string, string, Array<string | RegExp>]>)(
    'reports %s with the file, the line and what is wrong',
    (_why, text, expected) => {
      const { documents, issues } = compileDocuments([file(text)]);
      expect(documents).toEqual([]);
      const lines = issues.map(formatDocumentIssue);
      expect(lines).toEqual(
        expected.map((e) =>
          e instanceof RegExp
            ? (expect.stringMatching(e) as string)
            : e.startsWith(':')
              ? `dictionaries/documents/sample.yaml${e}`
              : e,
        ),
      );
    },
  );
});

describe('the documents compiler', () => {
  it('accepts a valid document', () => {
    expect(compileDocuments([file(valid)]).issues).toEqual([]);
  });

  it.each([
    ['a wrong id', valid.replace('id: sample', 'id: other'), /:1: `id` must be the file's name/],
    ['a missing English text', valid.replace('title: { en: Sample }', 'title: { vi: Mẫu }'), /:3: every text has `en`/],
    ['an unknown language', valid.replace('{ en: Sample }', '{ en: Sample, xx: Hm }'), /unknown language `xx`/],
    ['a fact without a source', valid.replace('sources: [soumu]', 'sources: []'), /:4: what a document is needs a/],
    ['an unknown key', `${valid}extra: 1\n`, /:8: unknown key `extra`/],
    ['a threshold never reached', valid.replace('threshold: 2', 'threshold: 3'), /never reached/],
    ['a phrase with spaces', valid.replace('見本通知書: 2', '見本 通知書: 2'), /is matched as 見本通知書/],
    ['a weight of 0', valid.replace('見本通知書: 2 }', '見本通知書: 2, 見本: 0 }'), /whole number other than 0/],
    ['no next step', valid.replace(/next:\n {2}- text: \{ en: Do this. \}\n/, 'next: []\n'), /at least one item/],
    ['broken YAML', 'id: [', /YAML:/],
  ])('reports %s with the file and line', (_why, text, reason) => {
    const { documents: compiled, issues } = compileDocuments([file(text)]);
    expect(compiled).toEqual([]);
    expect(issues.map(formatDocumentIssue).join('\n')).toMatch(reason);
    expect(issues[0]!.file).toBe('dictionaries/documents/sample.yaml');
  });
});
