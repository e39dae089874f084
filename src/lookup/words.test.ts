import { describe, expect, it } from 'vitest';
import { foldText, sensesOf, stem, STEM_RULES, wordsOf } from './words';

describe('stemming English words of meanings', () => {
  // Each rule's "why" names its own examples: "from → to".
  const examples = STEM_RULES.flatMap(([, , why]) =>
    [...why.matchAll(/(\w+) → (\w+)/g)].map((m) => [m[1]!, m[2]!] as const),
  );

  it.each(examples)('walks the rule table: %s → %s (then stemmed the same way)', (word, next) => {
    expect(stem(word)).toBe(stem(next));
  });

  it.each([
    ['expiry', 'expiration', 'expire', 'expired', 'expires'],
    ['notice', 'notices', 'noticed'],
    ['card', 'cards'],
    ['apply', 'applies', 'applied'],
    ['address', 'addresses'],
  ])('gives %s and its forms one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('leaves short words, non-ASCII words and "ss" alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('yes')).toBe('yes');
    expect(stem('address')).toBe('address');
    expect(stem('hạn')).toBe('hạn');
  });
});

describe('folding and splitting meanings', () => {
  it('drops Latin accents but keeps other scripts whole', () => {
    expect(foldText('Hết hạn')).toBe('het han');
    expect(foldText('Validação')).toBe('validacao');
    expect(foldText('Đăng ký')).toBe('dang ky');
    expect(foldText('म्याद')).toBe('म्याद');
  });

  it('splits words on anything that is not a letter, mark or digit', () => {
    expect(wordsOf('card expiry date (5 years)')).toEqual(['card', 'expiry', 'date', '5', 'years']);
    expect(wordsOf('म्याद सकिने सूचना')).toEqual(['म्याद', 'सकिने', 'सूचना']);
  });

  it('lists the senses of a gloss without their notes in brackets', () => {
    expect(sensesOf('Notice of Issuance (pickup notice postcard)')).toEqual(['notice of issuance']);
    expect(sensesOf('proof; certification')).toEqual(['proof', 'certification']);
    expect(sensesOf('time limit; deadline; expiry')).toEqual(['time limit', 'deadline', 'expiry']);
  });
});
