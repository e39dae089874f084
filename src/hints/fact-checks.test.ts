import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../i18n/catalogue.ts';
import { problemText, type ProblemCode } from './checks.ts';
import { checkFacts, fitToFacts } from './fact-checks.ts';
import type { FieldFacts } from './facts.ts';

const en = createCatalogue('en');
const HUGE = '1'.repeat(100_000);

describe('checkFacts: a value against the page’s own rules', () => {
  it.each([
    ['1234', { charset: 'digits', length: 4 }, []],
    ['123', { charset: 'digits', length: 4 }, ['digit-count']],
    ['12a4', { charset: 'digits', length: 4 }, ['not-digits']],
    ['１２３４', { charset: 'digits', length: 4 }, ['not-halfwidth']],
    ['100-0001', { charset: 'digits', hyphen: 'none' }, ['separators']],
    ['1000001', { charset: 'digits', hyphen: 'none', maxLength: 7 }, []],
    ['100-0001', { charset: 'digits', maxLength: 7 }, ['too-long']],
    ['スミス', { charset: 'katakana', maxLength: 11 }, []],
    ['すみす', { charset: 'katakana' }, ['not-katakana']],
    ['ｽﾐｽ', { charset: 'katakana', width: 'full' }, []],
    ['abc12345', { charset: 'alnum', minLength: 8, maxLength: 50, mustContain: ['lower', 'digit'] }, []],
    ['ABCDEFGH', { charset: 'alnum', minLength: 8, mustContain: ['lower', 'digit'] }, ['missing-char', 'missing-char']],
    ['abc', { charset: 'alnum', minLength: 8 }, ['too-short']],
    ['ab c', { charset: 'alnum' }, ['not-alnum']],
    ['SMITH', { charset: 'alphabet' }, []],
    ['', { charset: 'digits', length: 4 }, []],
    [HUGE, { charset: 'digits', length: 4 }, []],
  ] as [string, FieldFacts, ProblemCode[]][])('%s against %o → %o', (value, facts, codes) => {
    const problems = checkFacts(value, facts);
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(problemText(p, en)).not.toMatch(/\{\w+\}/);
  });
});

describe('fitToFacts: a converted value made to fit, or null', () => {
  it.each([
    ['100-0001', { charset: 'digits', maxLength: 7 }, '1000001'],
    ['100-0001', { charset: 'digits', length: 7 }, '1000001'],
    ['100-0001', { charset: 'digits', hyphen: 'none' }, '1000001'],
    ['100-0001', { charset: 'digits', maxLength: 8 }, '100-0001'],
    ['１００－０００１', { charset: 'digits', hyphen: 'required' }, '100-0001'],
    ['1990-04-01', { dateFormat: 'YYYYMMDD' }, '19900401'],
    ['1990-04-01', { dateFormat: 'YYYY/MM/DD' }, '1990/04/01'],
    ['1990-04', { dateFormat: 'YYYYMM' }, '199004'],
    ['1990', { dateFormat: 'YYYYMMDD' }, null],
    ['平成2年', { charset: 'digits' }, null],
    ['平成2年', { charset: 'digits', maxLength: 2 }, null],
    ['スミス　マリア', { charset: 'katakana', maxLength: 5 }, null],
    ['スミス', { charset: 'katakana' }, 'スミス'],
  ] as [string, FieldFacts, string | null][])('%s into %o → %s', (value, facts, fitted) => {
    expect(fitToFacts(value, facts)).toBe(fitted);
  });
});
