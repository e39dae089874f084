import { describe, expect, it } from 'vitest';
import { diskGlosser } from '../glossary/disk-glosser.ts';
import { generalQueries } from '../glossary/general-merge.ts';
import { formatGeneralLine, loadGeneral, validateGeneral, type GeneralEntry } from './general.ts';

const ENTRIES: GeneralEntry[] = [
  { term: '件数', reading: 'けんすう', conj: 'n', gloss: 'number of cases' },
  { term: '得る', reading: 'える', conj: '1', gloss: 'to get' },
  { term: '飼う', reading: 'かう', conj: '5', gloss: 'to keep (a pet)' },
  { term: '鬱蒼', reading: 'うっそう', conj: 'n', gloss: 'dense' },
];
const TSV = `${ENTRIES.map(formatGeneralLine).join('\n')}\n`;

describe('the general dictionary', () => {
  const general = loadGeneral(TSV);

  it('finds words by bisection over its sorted lines', () => {
    expect(general.size).toBe(4);
    expect(general.get('件数')).toEqual(ENTRIES[0]);
    expect(general.get('件')).toBeUndefined();
  });

  it('splits a text into its words, longest first, and the pieces it lacks', () => {
    expect(general.segment('件数の鬱蒼').map((p) => [p.text, p.entry?.term])).toEqual([
      ['件数', '件数'],
      ['の', undefined],
      ['鬱蒼', '鬱蒼'],
    ]);
  });

  it('finds conjugated words through the deinflector', () => {
    const [piece] = general.segment('飼った', diskGlosser().deinflector);
    expect(piece).toMatchObject({ text: '飼った', base: '飼う', tags: ['past'] });
  });

  it('is checked at build time: four fields a line, sorted, no repeated spelling', () => {
    expect(validateGeneral(TSV)).toEqual([]);
    expect(validateGeneral('b\tb\tn\tx\na\ta\tn\ty\n')).toEqual(['line 2: a is out of order or repeated']);
    expect(validateGeneral('a\ta\tn\n')).toEqual(['line 1: expected term, reading, class, gloss']);
  });

  it('validates the committed file', async () => {
    const { readGeneralText } = await import('../../scripts/lib/node-general.ts');
    expect(validateGeneral(readGeneralText())).toEqual([]);
  });
});

describe('what the general dictionary is asked for', () => {
  it('takes the kana after a word the index lacks (its okurigana, a negation too), but no other grammar word', () => {
    expect(generalQueries([diskGlosser().gloss('飼った')])).toEqual(['飼った']);
    expect(generalQueries([diskGlosser().gloss('復権を得ないこと')])).toEqual(['得ない']);
    // Asked together, 改修など came back as 改修 + な (don't) + ど (a fishing basket).
    expect(generalQueries([diskGlosser().gloss('耐震改修などの改修工事')])).toEqual(['耐震改修', '改修']);
  });
});

describe('the general layer in the pipeline', () => {
  it("keeps the index's sense of a word it splits out unchanged (額 of 算入額 is an amount, not a frame)", async () => {
    const { loadNodeGeneral } = await import('../../scripts/lib/node-general.ts');
    const { glossPipeline } = await import('../../scripts/lib/pipeline.ts');
    const { result } = glossPipeline('算入額', { glosser: diskGlosser(), general: loadNodeGeneral() });
    expect(result.segments.map((s) => [s.text, s.source])).toEqual([
      ['算入', 'general'],
      ['額', 'vocabulary'],
    ]);
  });
});
