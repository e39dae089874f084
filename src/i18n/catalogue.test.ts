import { describe, expect, it } from 'vitest';
import { coreLanguage, createCatalogue, fill } from './catalogue';

describe('the content catalogue', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('Enter: {what} {other}', { what: 'digits' })).toBe('Enter: digits {other}');
  });

  it('chooses the plural form by count with Intl.PluralRules', () => {
    const en = createCatalogue('en');
    expect(en.t('tooltip.limitChars', { count: 1 })).toBe('At most 1 character.');
    expect(en.t('tooltip.limitChars', { count: 11 })).toBe('At most 11 characters.');
  });

  it('uses the language table and falls back to English message by message, saying so', () => {
    const vi = createCatalogue('vi', { 'tooltip.more': 'Thêm' });
    expect(vi.entry('tooltip.more')).toEqual({ text: 'Thêm', lang: 'vi', fallback: false });
    expect(vi.entry('tooltip.less')).toEqual({ text: 'Less', lang: 'en', fallback: true });
  });

  it('never reads a code through the prototype chain', () => {
    const table = JSON.parse('{"__proto__": {"tooltip.more": "hacked"}}') as Record<string, string>;
    expect(createCatalogue('ko', table).t('tooltip.more')).toBe('More');
  });

  it.each([
    ['vi-VN', 'vi'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['pt-PT', 'pt-BR'],
    ['tl', 'fil'],
    ['ne-NP', 'ne'],
    ['id-ID', 'id'],
    ['de', 'en'],
    [undefined, 'en'],
  ] as const)('maps the tag %s to the core language %s', (tag, lang) => {
    expect(coreLanguage(tag)).toBe(lang);
  });
});
