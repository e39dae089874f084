import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILE, renderJisX0208Module } from '../../build/hints/generate-jis-x0208-data.ts';
import {
  JIS_LOOKALIKES,
  buildJisX0208CodePoints,
  decodeJisX0208,
  encodeJisX0208,
  isAccepted,
  rejectedChars,
  replaceLookalikes,
} from './jis-x0208.ts';

describe('the JIS X 0208 set', () => {
  const points = buildJisX0208CodePoints();

  it('has the 6,879 characters of JIS X 0208 (524 non-kanji, 2,965 level 1, 3,390 level 2)', () => {
    expect(points).toHaveLength(6879);
    expect(new Set(points).size).toBe(6879);
  });

  it('is committed in src/hints/jis-x0208-data.ts exactly as the generator writes it today', () => {
    const fresh = renderJisX0208Module(encodeJisX0208(points), points.length);
    expect(readFileSync(DATA_FILE, 'utf8')).toBe(fresh);
  });

  it('decodes from the compact form to the same set', () => {
    expect([...decodeJisX0208(encodeJisX0208(points))].sort((a, b) => a - b)).toEqual(points);
  });

  it.each([
    ['高', true],
    ['崎', true],
    ['凜', true],
    ['熙', true],
    ['々', true],
    ['〆', true],
    ['ヴ', true],
    ['ー', true],
    ['　', true],
    ['～', true],
    ['－', true],
    ['Ａ', true],
    ['A', true],
    ['\n', true],
    ['髙', false],
    ['﨑', false],
    ['①', false],
    ['Ⅱ', false],
    ['㈱', false],
    ['№', false],
    ['ｱ', false],
    ['〜', false],
    ['−', false],
    ['ヷ', false],
    ['😀', false],
    ['𠮷', false],
    ['é', false],
  ])('accepts %s: %s', (char, accepted) => {
    expect(isAccepted(char)).toBe(accepted);
  });

  it('lists the rejected characters of a text once each, in order', () => {
    expect(rejectedChars('髙橋①ｱ髙 test')).toEqual(['髙', '①', 'ｱ']);
    expect(rejectedChars('山田　太郎')).toEqual([]);
  });

  it('suggests only accepted characters as lookalikes, for rejected ones', () => {
    for (const [from, to] of Object.entries(JIS_LOOKALIKES)) {
      expect(isAccepted(from), from).toBe(false);
      expect(rejectedChars(to), `${from} → ${to}`).toEqual([]);
    }
    expect(replaceLookalikes('髙﨑〜①')).toBe('高崎～(1)');
  });
});
