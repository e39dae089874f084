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
    expect(summarize(RESULTS)).toEqual({
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

  it('limits the unknown words to the top N', () => {
    expect(summarize(RESULTS, 1).unknown).toEqual([['従事', 2]]);
  });
});

describe('formatSummary', () => {
  it('starts with the headline line and lists unknown words with counts', () => {
    expect(formatSummary(summarize(RESULTS)).split('\n')).toEqual([
      'labels fully glossed: 1/4 (25.0%)',
      'Japanese characters covered: 7/12 (58.3%)',
      'top 2 unknown words:',
      '     2  従事',
      '     1  空',
    ]);
  });

  it('reports an empty input as fully covered', () => {
    expect(formatSummary(summarize([]))).toBe(
      'labels fully glossed: 0/0 (100.0%)\nJapanese characters covered: 0/0 (100.0%)',
    );
  });
});

describe('labelLines', () => {
  it('skips comments and blank lines, strips CR and keeps spaces inside a label', () => {
    expect(labelLines('# source\n氏名\r\n\n  \n住所 (必須)\n#x\n')).toEqual(['氏名', '住所 (必須)']);
  });
});
