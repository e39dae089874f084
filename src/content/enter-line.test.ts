import { describe, expect, it } from 'vitest';
import type { FieldFacts } from '@/src/hints/facts';
import { enterLine } from './enter-line';
import { createTexts } from './texts';

const en = createTexts('en');

describe('the Enter line says each limit and format the page states', () => {
  it.each([
    [{ charset: 'katakana', maxLength: 11 }, 'Enter: full-width katakana, at most 11 characters'],
    [{ charset: 'digits', length: 7, hyphen: 'none' }, 'Enter: half-width digits, 7 digits, no hyphens'],
    [{ charset: 'digits', width: 'half', length: 4 }, 'Enter: half-width digits, 4 digits'],
    [
      { charset: 'alnum', width: 'half', minLength: 8, maxLength: 50, mustContain: ['lower', 'digit'] },
      'Enter: half-width letters and digits (A–Z, 0–9), 8–50 characters, at least one lowercase letter, at least one digit',
    ],
    [
      { dateFormat: 'YYYYMMDD', calendar: 'western', charset: 'digits', length: 8 },
      'Enter: half-width digits, 8 digits, as YYYYMMDD (e.g. 19900401)',
    ],
    [{ calendar: 'western' }, 'Enter: western calendar year (西暦), not the era'],
    [{ width: 'full', maxLength: 30 }, 'Enter: full-width characters, at most 30 characters'],
    [{ example: '090-1234-5678', required: true }, 'Enter: e.g. 090-1234-5678, required'],
    [{ maxLength: 1 }, 'Enter: at most 1 character'],
    [{ charset: 'digits', unit: 'yen' }, 'Enter: half-width digits, in yen (円), digits only'],
    [
      { charset: 'digits', length: 7, zeroPad: true },
      'Enter: half-width digits, 7 digits, fill shorter numbers with leading zeros (0)',
    ],
  ] as [FieldFacts, string][])('%o → %s', (facts, line) => {
    expect(enterLine(facts, en)?.text).toBe(line);
  });

  it('names the box of a split number and the era list beside a year box', () => {
    expect(enterLine({ charset: 'digits', maxLength: 4 }, en, { part: { index: 2, count: 3 } })?.text).toBe(
      'Enter: half-width digits, at most 4 digits, box 2 of 3',
    );
    expect(enterLine({}, en, { eraList: true })?.text).toBe(
      'Enter: the year within the era (choose the era in the list)',
    );
  });

  it('says nothing when nothing is known', () => {
    expect(enterLine({}, en)).toBeUndefined();
  });

  it('speaks the user’s language where its table has the words, and marks English standing in', () => {
    const vi = createTexts('vi', { 'tooltip.enter': 'Nhập: {what}', 'enter.katakana': 'katakana toàn角' });
    expect(enterLine({ charset: 'katakana' }, vi)).toEqual({ text: 'Nhập: katakana toàn角', lang: 'vi' });
  });
});
