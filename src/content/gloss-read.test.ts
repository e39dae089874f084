import { describe, expect, it } from 'vitest';
import { hasWholeMeaning, hintsOf, meaningOf, wordsOf, type GlossLike } from './gloss-read';

const words = (text: string, ...glosses: [string, string][]): GlossLike => ({
  text,
  segments: glosses.map(([t, gloss]) => ({ text: t, gloss, source: 'glossary' })),
});

describe('meaningOf: one adapter over old and new gloss results', () => {
  it.each([
    [
      'meaning first',
      { text: '氏名', meaning: { text: 'Họ tên', lang: 'vi' }, english: 'Name', translation: 'name', segments: [] },
      { text: 'Họ tên', lang: 'vi' },
    ],
    [
      'an English fallback marked',
      { text: '氏名', meaning: { text: 'Name', lang: 'en', fallback: true }, segments: [] },
      { text: 'Name', lang: 'en', fallback: true },
    ],
    [
      'then english',
      { text: '氏名', english: 'Name', translation: 'name', segments: [] },
      { text: 'Name', lang: 'en' },
    ],
    [
      'then the whole-label translation',
      { text: '氏名', translation: 'name', segments: [] },
      { text: 'name', lang: 'en' },
    ],
    [
      'then the word glosses joined',
      words('郵便番号入力', ['郵便番号', 'postal code'], ['入力', 'input']),
      { text: 'postal code · input', lang: 'en' },
    ],
    ['nothing when nothing is known', { text: '謎', segments: [{ text: '謎', source: 'unknown' }] }, undefined],
  ] as [string, GlossLike, unknown][])('%s', (_name, result, meaning) => {
    expect(meaningOf(result)).toEqual(meaning);
  });

  it('drops a meaning that lost the Japanese negation, and keeps one that carries it', () => {
    const lost = words(
      'この暗証番号は、マイナンバーカードの暗証番号とは異なります。',
      ['暗証番号', 'PIN'],
      ['マイナンバーカード', 'My Number Card'],
    );
    expect(meaningOf(lost)).toBeUndefined();
    expect(meaningOf({ ...lost, english: 'This PIN is different from your My Number Card PIN.' })?.text).toContain(
      'different',
    );
    expect(
      meaningOf(words('入力しないでください', ['入力', 'input'], ['しないでください', 'please do not']))?.text,
    ).toBe('input · please do not');
  });

  it('says whether the meaning is a whole line, and gives the words and hints', () => {
    const result: GlossLike = {
      text: '氏名',
      translation: 'name',
      hint: 'As registered.',
      segments: [{ text: '氏名', reading: 'しめい', gloss: 'name', hint: 'As registered.', source: 'glossary' }],
    };
    expect(hasWholeMeaning(result)).toBe(true);
    expect(wordsOf(result)).toEqual([{ text: '氏名', reading: 'しめい', meaning: { text: 'name', lang: 'en' } }]);
    expect(hintsOf(result)).toEqual(['As registered.']);
  });
});
