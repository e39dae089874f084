import { describe, expect, it } from 'vitest';
import type { GlossResult } from '../../src/glossary/types.ts';
import { formatSummary, summarize } from './coverage.ts';
import { labelLines } from './labels.ts';

const RESULTS: GlossResult[] = [
  {
    text: '氏名を入力',
    segments: [
      { text: '氏名', source: 'glossary' },
      { text: 'を', source: 'function' },
      { text: '入力', source: 'glossary' },
    ],
  },
  {
    text: '従事する(1)',
    segments: [
      { text: '従事', source: 'unknown' },
      { text: 'する', source: 'vocabulary' },
      { text: '(1)', source: 'function' },
    ],
  },
  { text: '従事', segments: [{ text: '従事', source: 'unknown' }] },
  { text: '空', segments: [{ text: '空', source: 'unknown' }] },
];

describe('summarize', () => {
  it('counts fully glossed labels, covered Japanese characters and unknown words by frequency', () => {
    expect(summarize(RESULTS)).toMatchObject({
      labels: 4,
      fullyGlossed: 1,
      japaneseChars: 12, // digits and brackets are not Japanese characters
      coveredChars: 7,
      unknown: [
        ['従事', 2],
        ['空', 1],
      ],
    });
  });

  it('counts covered characters by layer, grammar words under grammar', () => {
    const { layers, translated, composed } = summarize([
      ...RESULTS,
      {
        text: '65歳未満',
        english: 'under 65 years old',
        segments: [
          { text: '65', source: 'function' },
          { text: '歳', source: 'vocabulary', grammar: 'counter' },
          { text: '未満', source: 'glossary', grammar: 'comparison' },
        ],
      },
    ]);
    expect(layers).toMatchObject({
      glossary: { chars: 4, labels: 1 },
      vocabulary: { chars: 2, labels: 1 },
      grammar: { chars: 3, labels: 1 },
      function: { chars: 1, labels: 1 },
      general: { chars: 0, labels: 0 },
    });
    expect({ translated, composed }).toEqual({ translated: 0, composed: 1 });
  });

  it('limits the unknown words to the top N', () => {
    expect(summarize(RESULTS, 1).unknown).toEqual([['従事', 2]]);
  });
});

describe('formatSummary', () => {
  it('starts with the headline line and lists unknown words with counts', () => {
    expect(formatSummary(summarize(RESULTS)).split('\n')).toEqual([
      'labels fully glossed: 1/4 (25.0%)',
      'Japanese characters covered: 7/12 (58.3%)',
      'English line: 0 whole-label translations + 0 composed = 0/4 (0.0%)',
      'by layer (Japanese characters covered, labels using it):',
      '  glossary         4 ( 33.3%)       1 labels',
      '  names            0 (  0.0%)       0 labels',
      '  vocabulary       2 ( 16.7%)       1 labels',
      '  general          0 (  0.0%)       0 labels',
      '  grammar          0 (  0.0%)       0 labels',
      '  function         1 (  8.3%)       1 labels',
      'top 2 unknown words:',
      '     2  従事',
      '     1  空',
    ]);
  });

  it('reports an empty input as fully covered', () => {
    expect(formatSummary(summarize([])).split('\n').slice(0, 2)).toEqual([
      'labels fully glossed: 0/0 (100.0%)',
      'Japanese characters covered: 0/0 (100.0%)',
    ]);
  });
});

describe('labelLines', () => {
  it('skips comments and blank lines, strips CR and keeps spaces inside a label', () => {
    expect(labelLines('# source\n氏名\r\n\n  \n住所 (必須)\n#x\n')).toEqual(['氏名', '住所 (必須)']);
  });
});
