import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../i18n/catalogue.ts';
import { checkValue, isValidMyNumber, myNumberCheckDigit, problemText } from './checks.ts';
import { generatedMyNumbers, wrongLast } from './test-helpers.ts';

describe('the My Number check digit', () => {
  it('agrees with an independent computation on 2,000 generated numbers', () => {
    for (const n of generatedMyNumbers(2000, 7)) {
      expect(myNumberCheckDigit(n.slice(0, 11))).toBe(Number(n[11]));
      expect(isValidMyNumber(n)).toBe(true);
    }
  });

  it('catches nearly all single-digit typos and swaps of neighbours (r = 0 and r = 1 share the check digit 0)', () => {
    let typos = 0;
    let caught = 0;
    for (const n of generatedMyNumbers(50, 99)) {
      for (let i = 0; i < 12; i++) {
        for (let d = 0; d < 10; d++) {
          if (String(d) === n[i]) continue;
          typos++;
          if (!isValidMyNumber(n.slice(0, i) + d + n.slice(i + 1))) caught++;
        }
      }
      for (let i = 0; i < 10; i++) {
        if (n[i] === n[i + 1]) continue;
        typos++;
        if (!isValidMyNumber(n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2))) caught++;
      }
      // A wrong check digit itself is always caught.
      expect(isValidMyNumber(wrongLast(n))).toBe(false);
    }
    expect(caught / typos).toBeGreaterThan(0.9);
  });

  it('reports a mistyped number as such, without revealing the expected check digit', () => {
    for (const n of generatedMyNumbers(20, 3)) {
      const [problem] = checkValue('my-number', wrongLast(n));
      expect(problem?.code).toBe('check-digit');
      expect(problemText(problem!, createCatalogue('en'))).not.toMatch(/\d/);
    }
    expect(checkValue('my-number', generatedMyNumbers(1, 5)[0]!)).toEqual([]);
  });

  it('gives 0 when the remainder is 0 or 1, and refuses other lengths', () => {
    expect(myNumberCheckDigit('00000000000')).toBe(0);
    expect(() => myNumberCheckDigit('123')).toThrow(RangeError);
  });
});
