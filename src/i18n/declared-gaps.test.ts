import { describe, expect, it } from 'vitest';
import { isDeclaredFallback } from './declared-gaps';

describe('a declared gap in a catalogue table', () => {
  const fallbacks = { all: ['check.*'], vi: ['tooltip.more'] } as const;

  it.each([
    ['vi', 'check.romaji', true, 'an area declared for every language'],
    ['vi', 'tooltip.more', true, 'a code declared for the language'],
    ['ko', 'tooltip.more', false, 'a code declared for another language'],
    ['vi', 'tooltip.less', false, 'a code declared nowhere'],
  ] as const)('%s %s is %s: %s', (lang, code, declared, _why) => {
    expect(isDeclaredFallback(lang, code as never, fallbacks)).toBe(declared);
  });
});
