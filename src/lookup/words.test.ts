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

  it.each(['is', 'yes', 'address', 'hạn'])('leaves %s alone (short words, non-ASCII words and "ss")', (word) => {
    expect(stem(word)).toBe(word);
  });
});

describe('folding and splitting meanings', () => {
  it('drops Latin accents but keeps other scripts whole', () => {
    const texts = ['Hết hạn', 'Validação', 'Đăng ký', 'म्याद'];
    expect(texts.map((text) => foldText(text))).toEqual(['het han', 'validacao', 'dang ky', 'म्याद']);
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
