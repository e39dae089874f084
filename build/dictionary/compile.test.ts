import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { loadKeyTrie } from '../../src/glossary/key-trie.ts';
import { entryAt, entryCount, entryId } from '../../src/dictionary/compiled-index.ts';
import { formatIssue } from './validate-source.ts';

const TAX = {
  path: 'dictionaries/glossary/tax.yaml',
  text: `category: tax
source: "[G] nta.go.jp"
entries:
  - term: 給与所得
    reading: きゅうよしょとく
    en: employment income
    hint: Salary and wages.
  - term: ＩＤ
    en: user ID
    category: etax
`,
};

const GENERAL = {
  path: 'dictionaries/vocabulary/general.yaml',
  text: `category: general
entries:
  - { term: 申込, reading: もうしこみ, en: application, variants: [申込み, 申し込み] }
  - { term: 給与所得, reading: きゅうよしょとく, en: income from a salary }
`,
};

describe('compile', () => {
  it('compiles valid files with glossary entries first and stable ids', () => {
    const { index, errors, warnings } = compile([GENERAL, TAX]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entryCount(index)).toBe(4);
    expect(index.glossaryCount).toBe(2);
    expect(entryId(index, 0)).toBe('tax:給与所得');
    expect(entryAt(index, 0)).toEqual({
      id: 'tax:給与所得',
      layer: 'glossary',
      term: '給与所得',
      reading: 'きゅうよしょとく',
      en: 'employment income',
      hint: 'Salary and wages.',
      category: 'tax',
      source: '[G] nta.go.jp',
    });
    expect(entryAt(index, 1)).toMatchObject({ id: 'tax:ＩＤ', category: 'etax' });
    expect(entryAt(index, 2)).toMatchObject({ id: 'general:申込', layer: 'vocabulary', category: 'general' });
    expect(entryAt(index, 2).source).toBeUndefined();
  });

  it('matches terms and variants by their normal form through the key trie', () => {
    const { index } = compile([TAX, GENERAL]);
    const trie = loadKeyTrie(index.trie);
    const termOf = (key: string) => index.term[trie.get(key)];
    expect(termOf('ID')).toBe('ＩＤ');
    expect(termOf('申込み')).toBe('申込');
    expect(termOf('申し込み')).toBe('申込');
    expect(trie.get('ＩＤ')).toBe(-1); // keys are normalised; so is what the matcher looks up
  });

  it('sends a key both layers have to the glossary entry and lists the vocabulary one as shadowed', () => {
    const { index } = compile([TAX, GENERAL]);
    expect(entryAt(index, loadKeyTrie(index.trie).get('給与所得')).layer).toBe('glossary');
    expect(index.shadowedKeys).toEqual(['給与所得']);
    expect(entryAt(index, index.shadowedEntries[0]!)).toMatchObject({
      layer: 'vocabulary',
      en: 'income from a salary',
    });
  });

  it('sorts entries by term within each layer, whatever the order in the files', () => {
    const { index } = compile([TAX, GENERAL]);
    expect(index.term).toEqual(['給与所得', 'ＩＤ', '申込', '給与所得']);
  });

  it('produces JSON-serialisable output that survives a round trip', () => {
    const { index } = compile([TAX, GENERAL]);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('does not depend on the order the files are given in', () => {
    expect(compile([TAX, GENERAL]).index).toEqual(compile([GENERAL, TAX]).index);
  });

  it('reports a duplicate term within a layer after width folding, naming both places', () => {
    const other = {
      path: 'dictionaries/glossary/etax.yaml',
      text: 'category: etax\nentries:\n  - { term: ID, en: identifier }\n',
    };
    const { errors, index } = compile([TAX, other]);
    expect(errors).toHaveLength(1);
    expect(formatIssue(errors[0]!)).toBe(
      'dictionaries/glossary/tax.yaml:8: entry #2 (ＩＤ): ＩＤ duplicates dictionaries/glossary/etax.yaml:3 entry #1 (ID) in the glossary layer (after normalisation)',
    );
    expect(index.glossaryCount).toBe(2);
  });

  it('reports a variant that duplicates another entry', () => {
    const text = `category: general
entries:
  - { term: 申し込み, reading: もうしこみ, en: application }
  - { term: 申込, reading: もうしこみ, en: application, variants: [申し込み] }
`;
    const { errors } = compile([{ path: 'dictionaries/vocabulary/a.yaml', text }]);
    expect(errors.map((e) => [e.index, e.reason])).toEqual([
      [1, expect.stringContaining('申し込み duplicates dictionaries/vocabulary/a.yaml:3 entry #1 (申し込み)')],
    ]);
  });

  it('allows the same term in the glossary and the vocabulary', () => {
    expect(compile([TAX, GENERAL]).errors).toEqual([]);
  });

  it('warns about a variant equal to its own term', () => {
    const text = 'category: general\nentries:\n  - { term: データ, en: data, variants: [ﾃﾞｰﾀ] }\n';
    const { errors, warnings } = compile([{ path: 'dictionaries/vocabulary/a.yaml', text }]);
    expect(errors).toEqual([]);
    expect(warnings[0]?.reason).toContain('same as the term');
  });

  it('reports colliding ids when two layers have a file of the same name and the same term', () => {
    const a = {
      path: 'dictionaries/glossary/general.yaml',
      text: 'category: form\nentries:\n  - { term: ID, en: ID }\n',
    };
    const b = {
      path: 'dictionaries/vocabulary/general.yaml',
      text: 'category: general\nentries:\n  - { term: ID, en: ID }\n',
    };
    expect(compile([a, b]).errors[0]?.reason).toContain('id general:ID is already used');
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    const broken = { path: 'dictionaries/glossary/x.yaml', text: 'category: tax\nentries:\n  - term: [oops\n' };
    const dupKey = {
      path: 'dictionaries/glossary/y.yaml',
      text: 'category: tax\nentries:\n  - term: 氏名\n    term: 名前\n    en: name\n',
    };
    const { errors } = compile([broken, dupKey]);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.reason.startsWith('YAML:') && e.line !== undefined)).toBe(true);
  });

  it('reports a file outside the two layer folders', () => {
    const { errors } = compile([{ path: 'dictionaries/hints.yaml', text: 'category: tax\nentries: []\n' }]);
    expect(errors[0]?.reason).toContain('must be under glossary/, vocabulary/ or grammar/');
  });

  it('names the line of an invalid entry and leaves the entry out', () => {
    const text =
      'category: tax\nentries:\n  - { term: 住所, reading: じゅうしょ, en: address }\n  - { term: 氏名, en: name }\n';
    const { errors, index } = compile([{ path: 'dictionaries/glossary/z.yaml', text }]);
    expect(formatIssue(errors[0]!)).toBe(
      'dictionaries/glossary/z.yaml:4: entry #2 (氏名): `reading` is required because the term has kanji',
    );
    expect(index.term).toEqual(['住所']);
  });
});
