import { describe, expect, it } from 'vitest';
import { coverageText, glossaryShare, type LanguageCoverage } from './coverage';

const coverage = (translated: number, declaredEnglish = 0): LanguageCoverage => ({
  glossary: { translated, total: 3000 },
  vocabulary: { translated: 0, total: 4500 },
  hints: { translated: 0, total: 400 },
  texts: { translated: 0, total: 80 },
  messages: { translated: 25, total: 25 },
  declaredEnglish,
});

/** A `t` that shows which key and values it was given. */
const t = (key: string, values: Record<string, string>) => `${key} ${values['terms']} ${values['language']}`;

describe("the language picker's coverage line", () => {
  it.each([
    ['no term', coverage(0), { kind: 'none' }],
    ['some terms', coverage(2300), { kind: 'some', terms: 2300 }],
    ['every term but the declared English ones', coverage(2990, 10), { kind: 'all' }],
    ['no count at all', undefined, { kind: 'none' }],
  ])('describes a glossary with %s', (_what, value, share) => {
    expect(glossaryShare(value)).toEqual(share);
  });

  it('writes the number the way the language writes numbers', () => {
    expect(coverageText(t, 'vi', 'Tiếng Việt', coverage(2300))).toBe('language.coverage.some 2.300 Tiếng Việt');
    expect(coverageText(t, 'en', 'English', coverage(3000))).toBe('language.coverage.all 3,000 English');
  });
});
