import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileEvidence, EVIDENCE_PATH } from '../../build/hints/compile-evidence.ts';
import { patternFacts, readEvidence, textFacts, type EvidenceRules } from './evidence.ts';

const { rules, errors } = compileEvidence(readFileSync(EVIDENCE_PATH, 'utf8'), EVIDENCE_PATH);

describe('the evidence rules file', () => {
  it('compiles without errors', () => {
    expect(errors).toEqual([]);
    expect(rules.text.length).toBeGreaterThan(20);
  });

  it.each(rules.text.flatMap((rule) => rule.examples.map((ex) => [rule.id, ...ex, rule.in?.[0] ?? 'note'] as const)))(
    'text rule %s: %s gives exactly %o',
    (_id, text, facts, from) => {
      expect(textFacts(text, from, rules)).toEqual(facts);
    },
  );

  it.each(rules.text.flatMap((rule) => (rule.not ?? []).map((text) => [rule.id, text, rule] as const)))(
    'text rule %s does not match %s',
    (_id, text, rule) => {
      expect(new RegExp(rule.match, 'iu').test(text.normalize('NFKC'))).toBe(false);
    },
  );

  it.each(rules.patterns.flatMap((rule) => rule.examples.map((ex) => [rule.id, ...ex] as const)))(
    'pattern rule %s: %s gives exactly %o',
    (_id, pattern, facts) => {
      expect(patternFacts(pattern, rules)).toEqual(facts);
    },
  );
});

describe('readEvidence', () => {
  it.each([
    [
      'a katakana note and a maxlength',
      { texts: [{ text: '（全角カナ）', from: 'note' as const }], maxlength: 11 },
      { charset: 'katakana', width: 'full', maxLength: 11 },
    ],
    [
      'the label wins over a note that says otherwise',
      {
        texts: [
          { text: '郵便番号（ハイフンなし）', from: 'label' as const },
          { text: 'ハイフンを含めて入力', from: 'note' as const },
        ],
      },
      { hyphen: 'none' },
    ],
    [
      'text beats the maxlength attribute, which fills what text leaves open',
      { texts: [{ text: '数字4桁', from: 'note' as const }], maxlength: 8, inputmode: 'numeric' },
      { charset: 'digits', length: 4 },
    ],
    [
      'a pattern states digits and their count',
      { texts: [], pattern: '[0-9]{7}', maxlength: 7 },
      { charset: 'digits', length: 7 },
    ],
    [
      'inputmode numeric says digits when nothing else does',
      { texts: [], inputmode: 'numeric', maxlength: 6, minlength: 6 },
      { charset: 'digits', length: 6 },
    ],
    [
      'a page that allows either calendar states none, even in a later text',
      {
        texts: [
          { text: '西暦・和暦どちらでも可', from: 'note' as const },
          { text: '生年月日（西暦）', from: 'context' as const },
        ],
      },
      {},
    ],
    [
      'e-Tax’s own PIN note: letters and digits, a range, and what it must contain',
      {
        texts: [
          {
            text: '半角英数字8文字以上50文字以内で、英小文字と数字をそれぞれ1文字以上含めてください。',
            from: 'note' as const,
          },
        ],
        maxlength: 50,
      },
      { charset: 'alnum', width: 'half', minLength: 8, maxLength: 50, mustContain: ['lower', 'digit'] },
    ],
    ['required attribute', { texts: [], required: true }, { required: true }],
  ])('%s', (_name, input, facts) => {
    expect(readEvidence(input, rules).facts).toEqual(facts);
  });

  it('marks what the page states in words apart from what only its attributes say', () => {
    const { stated } = readEvidence(
      { texts: [{ text: '（全角カナ）', from: 'note' }], maxlength: 11, required: true },
      rules,
    );
    expect(stated.sort()).toEqual(['charset', 'width']);
  });

  it('cuts a 100 KB note before any rule sees it', () => {
    const huge = `${'あ'.repeat(100_000)}（全角カナ）`;
    expect(textFacts(huge, 'note', rules)).toEqual({});
  });
});

describe('compileEvidence on invalid files', () => {
  const reasons = (text: string) => compileEvidence(text, 'test.yaml').errors.map((e) => e.reason);
  const valid = (rule: string) => `version: 1\ntext:\n${rule}\npatterns: []\nattributes: []\n`;

  it.each([
    ['an unknown fact', `  - { id: a, match: 'x', facts: { colour: red }, examples: [['x', {}]] }`, /unknown fact/],
    ['a bad fact value', `  - { id: a, match: 'x', facts: { charset: kanji }, examples: [['x', {}]] }`, /charset/],
    [
      'a group that is not in the match',
      `  - { id: a, match: 'x', facts: { maxLength: $n }, examples: [['x', {}]] }`,
      /named group/,
    ],
    ['a rule without examples', `  - { id: a, match: 'x', facts: {} }`, /examples/],
    ['a regex that is not NFKC', `  - { id: a, match: '（全角）', facts: {}, examples: [['x', {}]] }`, /NFKC/],
  ])('reports %s', (_name, rule, reason) => {
    expect(reasons(valid(rule)).some((r) => reason.test(r))).toBe(true);
  });

  it('keeps the valid rules when one is broken', () => {
    const text = valid(
      `  - { id: a, match: 'x', facts: { colour: red }, examples: [['x', {}]] }\n  - { id: b, match: 'y', facts: { width: half }, examples: [['y', { width: half }]] }`,
    );
    const compiled: EvidenceRules = compileEvidence(text, 'test.yaml').rules;
    expect(compiled.text.map((r) => r.id)).toEqual(['b']);
  });
});
