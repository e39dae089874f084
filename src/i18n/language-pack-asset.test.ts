import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_PACK_FORMAT, type LanguagePack } from '@/src/dictionary/language-pack';
import { createLanguagePackReader, isLanguagePack, languagePackPath } from './language-pack-asset';

const pack = (lang: string, extra: Partial<LanguagePack> = {}): LanguagePack => ({
  format: LANGUAGE_PACK_FORMAT,
  lang,
  gloss: ['địa chỉ', ''],
  hint: ['', ''],
  messages: { 'tooltip.more': 'Thêm' },
  texts: { 'kind:katakana.what': 'x' },
  ...extra,
});

describe('a language pack asset', () => {
  it('lives at lang/<lang>.json in the package', () => {
    expect(languagePackPath('pt-BR')).toBe('/lang/pt-BR.json');
  });

  it.each([
    ['of another language', pack('ko')],
    ['of an older layout', { ...pack('vi'), format: 0 }],
    ['with glosses and hints of different lengths', pack('vi', { hint: [''] })],
    ['with a gloss that is not a string', { ...pack('vi'), gloss: ['a', 1] }],
    ['without messages', { ...pack('vi'), messages: null }],
    ['with a text that is not a string', pack('vi', { texts: { a: 1 as unknown as string } })],
    ['that is not an object', 'vi'],
  ])('is refused when it is %s', (_what, value) => {
    expect(isLanguagePack(value, 'vi')).toBe(false);
  });

  it('is accepted when it is a pack of the language asked for', () => {
    expect(isLanguagePack(pack('vi'), 'vi')).toBe(true);
  });
});

describe('the background pack reader', () => {
  it('reads a language once and keeps it', async () => {
    const readFile = vi.fn((path: string) =>
      Promise.resolve(JSON.stringify(pack(/\/lang\/(.+)\.json/.exec(path)![1]!))),
    );
    const read = createLanguagePackReader(readFile);
    expect((await read('vi'))?.gloss[0]).toBe('địa chỉ');
    await read('vi');
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(readFile).toHaveBeenCalledWith('/lang/vi.json');
  });

  it('answers null for English and for languages it does not know, without reading', async () => {
    const readFile = vi.fn(() => Promise.resolve('{}'));
    const read = createLanguagePackReader(readFile);
    expect(await read('en')).toBeNull();
    expect(await read('../../manifest')).toBeNull();
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers null for a missing or damaged pack, and tries a missing one again later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const readFile = vi.fn((path: string) =>
      path.includes('ko') ? Promise.resolve('{"format": 1, "lang": "ko"}') : Promise.reject(new Error('404')),
    );
    const read = createLanguagePackReader(readFile);
    expect(await read('ko')).toBeNull();
    expect(await read('ne')).toBeNull();
    await read('ne');
    expect(readFile).toHaveBeenCalledTimes(3);
  });

  it('keeps only the last few languages read', async () => {
    const readFile = vi.fn((path: string) =>
      Promise.resolve(JSON.stringify(pack(/\/lang\/(.+)\.json/.exec(path)![1]!))),
    );
    const read = createLanguagePackReader(readFile, 2);
    await read('vi');
    await read('ko');
    await read('id');
    await read('vi');
    expect(readFile).toHaveBeenCalledTimes(4);
  });
});
