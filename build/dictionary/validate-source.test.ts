import { describe, expect, it } from 'vitest';
import { type DictionaryIssue } from '../../src/dictionary/schema.ts';
import { fileStem, formatIssue, layerOf, validateSourceFile } from './validate-source.ts';

const FILE = 'dictionaries/glossary/tax.yaml';

const VALID_ENTRY = { term: '給与所得', reading: 'きゅうよしょとく', en: 'employment income' };

/** Validates a file with the given entries and returns the reasons of its errors. */
function errorsFor(entries: unknown[], extra: Record<string, unknown> = {}): string[] {
  return validateSourceFile(FILE, { category: 'tax', entries, ...extra })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => i.reason);
}

describe('validateSourceFile', () => {
  it('accepts a file with every field used', () => {
    const result = validateSourceFile(FILE, {
      category: 'tax',
      source: '[G] nta.go.jp',
      entries: [
        {
          ...VALID_ENTRY,
          variants: ['給与の所得'],
          hint: 'Salary and wages.',
          pos: 'noun',
          source: '[G] nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1400.htm',
          category: 'tax',
        },
        { term: 'マイナポータル', en: 'MyNa Portal', category: 'mynaportal' },
        { term: '申し込む', reading: 'もうしこむ', en: 'to apply', pos: 'verb' },
        { term: 'データ', reading: 'でーた', en: 'data' },
      ],
    });
    expect(result.issues).toEqual([]);
    expect(result.file?.entries).toHaveLength(4);
    expect(result.positions).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['missing term', { en: 'x' }, '`term` is missing or empty'],
    ['empty term', { term: '  ', en: 'x' }, '`term` is missing or empty'],
    [
      'term with a space',
      { term: '給与 所得', reading: 'きゅうよしょとく', en: 'x' },
      '`term` must not contain spaces',
    ],
    ['missing en', { term: 'ID' }, '`en` is missing or empty'],
    ['empty en', { term: 'ID', en: '' }, '`en` is missing or empty'],
    ['kanji term without reading', { term: '氏名', en: 'name' }, '`reading` is required because the term has kanji'],
    ['katakana reading', { term: '氏名', reading: 'シメイ', en: 'name' }, '`reading` must be hiragana (got "シメイ")'],
    ['romaji reading', { term: '氏名', reading: 'shimei', en: 'name' }, '`reading` must be hiragana (got "shimei")'],
    ['unknown pos', { ...VALID_ENTRY, pos: 'particle' }, 'unknown `pos` "particle"; use one of'],
    ['unknown category', { ...VALID_ENTRY, category: 'health' }, 'unknown `category` "health"; use one of'],
    ['unknown key', { ...VALID_ENTRY, english: 'x' }, 'unknown key `english`'],
    ['variants not a list', { ...VALID_ENTRY, variants: '給与' }, '`variants` must be a list of non-empty strings'],
    ['empty variant', { ...VALID_ENTRY, variants: [''] }, '`variants` must be a list of non-empty strings'],
    ['empty hint', { ...VALID_ENTRY, hint: '' }, '`hint` must be a non-empty string'],
    ['entry not a mapping', '給与所得', 'an entry must be a mapping'],
  ])('rejects an entry with %s', (_name, entry, reason) => {
    const reasons = errorsFor([entry]);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(reason);
  });

  it('names the file, the entry index and the term in each error', () => {
    const { issues } = validateSourceFile(FILE, { category: 'tax', entries: [VALID_ENTRY, { term: '氏名', en: 'x' }] });
    expect(issues[0]).toMatchObject({ severity: 'error', file: FILE, index: 1, term: '氏名' });
  });

  it('reports every problem of an entry, and keeps the valid entries', () => {
    const result = validateSourceFile(FILE, {
      category: 'tax',
      entries: [{ term: '氏名', pos: 'x', extra: 1 }, VALID_ENTRY],
    });
    expect(result.issues.map((i) => i.reason)).toHaveLength(4);
    expect(result.file?.entries.map((e) => e.term)).toEqual(['給与所得']);
    expect(result.positions).toEqual([1]);
  });

  it.each([
    ['not a mapping', ['x'], 'the file must be a mapping'],
    ['an unknown category', { category: 'health', entries: [] }, '`category` must be one of'],
    ['a missing category', { entries: [] }, '`category` must be one of'],
    ['entries not a list', { category: 'tax', entries: {} }, '`entries` must be a list'],
    ['an unknown top-level key', { category: 'tax', entries: [], lang: 'en' }, 'unknown key `lang` at the top level'],
    ['an empty source', { category: 'tax', entries: [], source: '' }, '`source` must be a non-empty string'],
  ])('rejects a file with %s', (_name, data, reason) => {
    const result = validateSourceFile(FILE, data);
    expect(result.file).toBeUndefined();
    expect(result.issues[0]?.reason).toContain(reason);
    expect(result.issues[0]?.index).toBeUndefined();
  });

  it('warns (does not fail) when a hint has no source', () => {
    const { issues, file } = validateSourceFile(FILE, {
      category: 'tax',
      entries: [{ ...VALID_ENTRY, hint: 'Salary.' }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', index: 0 });
    expect(issues[0]?.reason).toContain('no `source`');
    expect(file?.entries).toHaveLength(1);
  });

  it('takes the file source for a hint', () => {
    const { issues } = validateSourceFile(FILE, {
      category: 'tax',
      source: '[G] nta.go.jp',
      entries: [{ ...VALID_ENTRY, hint: 'Salary.' }],
    });
    expect(issues).toEqual([]);
  });

  it('trims the fields it keeps', () => {
    const { file } = validateSourceFile(FILE, {
      category: 'tax',
      entries: [{ ...VALID_ENTRY, term: ' 給与所得 ', en: ' pay ' }],
    });
    expect(file?.entries[0]).toMatchObject({ term: '給与所得', en: 'pay' });
  });
});

describe('formatIssue', () => {
  it('prints file, line, entry number, term and reason on one line', () => {
    const issue: DictionaryIssue = {
      severity: 'error',
      file: FILE,
      index: 2,
      term: '給与所得',
      line: 12,
      reason: 'bad',
    };
    expect(formatIssue(issue)).toBe(`${FILE}:12: entry #3 (給与所得): bad`);
  });

  it('marks warnings and omits what it does not know', () => {
    expect(formatIssue({ severity: 'warning', file: FILE, reason: 'hmm' })).toBe(`${FILE}: warning: hmm`);
  });
});

describe('layerOf and fileStem', () => {
  it.each([
    ['dictionaries/glossary/tax.yaml', 'glossary', 'tax'],
    ['dictionaries/vocabulary/everyday.yml', 'vocabulary', 'everyday'],
    ['dictionaries/glossary/tax/income.yaml', 'glossary', 'tax/income'],
    ['C:\\work\\dictionaries\\glossary\\card.yaml', 'glossary', 'card'],
    ['dictionaries/hints/fields.yaml', undefined, 'dictionaries/hints/fields'],
  ])('%s is in layer %s with stem %s', (path, layer, stem) => {
    expect(layerOf(path)).toBe(layer);
    expect(fileStem(path)).toBe(stem);
  });
});
