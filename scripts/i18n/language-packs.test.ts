import { describe, expect, it } from 'vitest';
import { compile } from '../../build/dictionary/compile.ts';
import { entryId } from '../../src/dictionary/compiled-index.ts';
import { formatIssue } from '../../build/dictionary/validate-source.ts';
import { buildLanguagePacks, type InputFile, type PackInput } from './language-packs.ts';
import { translationPlace } from '../../build/i18n/translations.ts';

const CARD = `category: card
entries:
  - term: マイナンバー
    en: My Number
    hint: Twelve digits (住民票 has it).
    source: x
  - term: 住所
    reading: じゅうしょ
    en: address
`;
const WORDS = `category: general
entries:
  - term: 名前
    reading: なまえ
    en: name
`;

function input(translations: InputFile[], extra: Partial<PackInput> = {}): PackInput {
  const { index } = compile([
    { path: 'dictionaries/glossary/card.yaml', text: CARD },
    { path: 'dictionaries/vocabulary/words.yaml', text: WORDS },
  ]);
  return {
    index,
    sourcePaths: new Map([
      ['card', 'dictionaries/glossary/card.yaml'],
      ['words', 'dictionaries/vocabulary/words.yaml'],
    ]),
    translations,
    messages: {},
    texts: new Map([['kind:katakana.what', 'The reading in katakana (フリガナ).']]),
    ...extra,
  };
}

const file = (lang: string, stem: string, body: string): InputFile => ({
  path: `dictionaries/translations/${lang}/${stem}.yaml`,
  text: `language: ${lang}\n${body}`,
});

/** The build's error lines, as the build prints them. */
const errorsOf = (translations: InputFile[], extra?: Partial<PackInput>) =>
  buildLanguagePacks(input(translations, extra)).errors.map(formatIssue);

describe('the language packs', () => {
  it('put each gloss and hint at its entry of the compiled index, found by file stem and term', () => {
    const build = buildLanguagePacks(
      input([
        file(
          'vi',
          'card',
          "sources:\n  - '[G] moj.go.jp (ISA guide in Vietnamese)'\nentries:\n  住所: địa chỉ\n  マイナンバー:\n    gloss: Mã số cá nhân\n    hint: 12 chữ số (住民票).\n",
        ),
        file('vi', 'words', 'entries:\n  名前: tên\n'),
      ]),
    );
    expect(build.errors).toEqual([]);
    const { index } = input([]);
    const vi = build.packs.vi!;
    expect(vi.gloss).toHaveLength(index.term.length);
    const at = (id: string) => index.term.findIndex((_, i) => entryId(index, i) === id);
    expect(vi.gloss[at('card:住所')]).toBe('địa chỉ');
    expect(vi.gloss[at('card:マイナンバー')]).toBe('Mã số cá nhân');
    expect(vi.hint[at('card:マイナンバー')]).toBe('12 chữ số (住民票).');
    expect(vi.hint[at('card:住所')]).toBe('');
    expect(vi.gloss[at('words:名前')]).toBe('tên');
  });

  it('leave an entry without a translation empty, for English to stand in', () => {
    const build = buildLanguagePacks(input([file('ko', 'card', 'entries:\n  住所: 주소\n')]));
    expect(build.packs.ko!.gloss.filter(Boolean)).toEqual(['주소']);
    expect(build.packs.id!.gloss.every((g) => g === '')).toBe(true);
  });

  it('make a pack for every language but English, Japanese included for its messages', () => {
    const build = buildLanguagePacks(input([]));
    expect(Object.keys(build.packs).sort()).toEqual(['fil', 'id', 'ja', 'ko', 'ne', 'pt-BR', 'vi', 'zh-CN']);
  });

  it('put the texts under their full ids', () => {
    const build = buildLanguagePacks(
      input([file('ne', 'field-kinds', 'entries:\n  katakana.what: काताकाना (フリガナ)\n')]),
    );
    expect(build.errors).toEqual([]);
    expect(build.packs.ne!.texts).toEqual({ 'kind:katakana.what': 'काताकाना (フリガナ)' });
  });

  it('carry the checked message table of the language', () => {
    const messages = { vi: { path: 'src/i18n/messages/vi.json', text: '{"tooltip.more": "Thêm"}' } };
    const build = buildLanguagePacks(input([], { messages }));
    expect(build.packs.vi!.messages).toEqual({ 'tooltip.more': 'Thêm' });
    expect(build.coverage.vi.messages.translated).toBe(1);
  });

  it('count what each language covers', () => {
    const build = buildLanguagePacks(input([file('vi', 'card', 'entries:\n  住所: địa chỉ\n')]));
    expect(build.coverage.vi).toMatchObject({
      glossary: { translated: 1, total: 2 },
      vocabulary: { translated: 0, total: 1 },
      hints: { translated: 0, total: 1 },
      texts: { translated: 0, total: 1 },
      declaredEnglish: 0,
    });
    expect(build.coverage.en.glossary).toEqual({ translated: 2, total: 2 });
    expect(build.untranslated.vi).toEqual(['card:マイナンバー']);
  });

  it('count declared English apart from what is still to translate', () => {
    const fallbacks = {
      path: 'dictionaries/translations/fallbacks.yaml',
      text: 'all: [card:マイナンバー]\nvi: [card:*]\n',
    };
    const build = buildLanguagePacks(input([], { fallbacks }));
    expect(build.errors).toEqual([]);
    expect(build.untranslated.ko).toEqual(['card:住所']);
    expect(build.coverage.ko.declaredEnglish).toBe(1);
    expect(build.untranslated.vi).toEqual([]);
    expect(build.coverage.vi.declaredEnglish).toBe(2);
  });
});

describe('the translation validator', () => {
  it.each([
    [
      'an unknown language folder',
      file('xx', 'card', 'entries: {}\n'),
      'translations/xx/card.yaml: unknown language folder `xx`',
    ],
    [
      'a language that is not the folder',
      file('vi', 'card', 'entries: {}\n').text.replace('vi', 'ko'),
      '`language` must be vi',
    ],
    ['an unknown stem', file('vi', 'cards', 'entries: {}\n'), '`cards` is not the stem of a file'],
    [
      'a key that is not a term of the file',
      file('vi', 'card', 'entries:\n  名前: tên\n'),
      'card.yaml:3: entry #1 (名前): `名前` is not a term of dictionaries/glossary/card.yaml',
    ],
    ['an empty gloss', file('vi', 'card', "entries:\n  住所: ''\n"), 'card.yaml:3: entry #1 (住所): empty gloss'],
    ['a key with nothing after it', file('vi', 'card', 'entries:\n  住所:\n'), '(住所): the translation is missing'],
    [
      'an empty hint',
      file('vi', 'card', "entries:\n  マイナンバー:\n    gloss: x\n    hint: ' '\n"),
      '(マイナンバー): empty hint',
    ],
    [
      'a hint where English has none',
      file('vi', 'card', 'entries:\n  住所:\n    gloss: địa chỉ\n    hint: h\n'),
      '(住所): has a hint, but the English entry in dictionaries/glossary/card.yaml has none',
    ],
    ['an unknown entry key', file('vi', 'card', 'entries:\n  住所:\n    glos: địa chỉ\n'), 'unknown key `glos`'],
    ['a key written twice', file('vi', 'card', 'entries:\n  住所: a\n  住所: b\n'), 'YAML: Map keys must be unique'],
    ['an unknown top-level key', file('vi', 'card', 'entry: {}\n'), 'unknown key `entry` at the top level'],
    [
      'sources that are not a list of strings',
      file('vi', 'card', "sources: ''\nentries: {}\n"),
      '`sources` must be a list',
    ],
    [
      'an unknown text id',
      file('vi', 'field-kinds', 'entries:\n  katakana.how: x\n'),
      '`katakana.how` is not an id of the field-kinds texts',
    ],
    [
      'a hint on a text',
      file('vi', 'field-kinds', 'entries:\n  katakana.what:\n    gloss: x\n    hint: y\n'),
      'a text has no hint',
    ],
  ])('fails the build on %s, naming file, line, entry and reason', (_what, translation, message) => {
    const translations = [
      typeof translation === 'string'
        ? { path: 'dictionaries/translations/vi/card.yaml', text: translation }
        : translation,
    ];
    const errors = errorsOf(translations);
    expect(errors.join('\n')).toContain(message);
  });

  it.each([
    ['an unknown language', 'xx: [card:住所]\n', 'unknown language `xx`'],
    ['an unknown id', 'vi: [card:名前]\n', '`card:名前` (vi) is not an entry id'],
  ])('fails the build on a fallback list with %s', (_what, text, message) => {
    const fallbacks = { path: 'dictionaries/translations/fallbacks.yaml', text };
    expect(errorsOf([], { fallbacks }).join('\n')).toContain(message);
  });

  it('fails the build on a message table with an unknown code or a lost placeholder', () => {
    const messages = {
      vi: { path: 'src/i18n/messages/vi.json', text: '{"tooltip.nope": "x", "tooltip.enter": "Nhập"}' },
    };
    const errors = errorsOf([], { messages }).join('\n');
    expect(errors).toContain('tooltip.nope');
    expect(errors).toContain('placeholders {} differ from English {what}');
  });

  it('warns when a translation loses a Japanese name the English keeps', () => {
    const build = buildLanguagePacks(
      input([file('vi', 'card', 'entries:\n  マイナンバー:\n    gloss: Mã số\n    hint: 12 chữ số.\n')]),
    );
    expect(build.errors).toEqual([]);
    expect(build.warnings.map(formatIssue).join('\n')).toContain('the English hint has 住民票');
  });

  it('keeps the valid entries of a file that has a bad one', () => {
    const build = buildLanguagePacks(input([file('vi', 'card', 'entries:\n  住所: địa chỉ\n  名前: tên\n')]));
    expect(build.errors).toHaveLength(1);
    expect(build.packs.vi!.gloss.filter(Boolean)).toEqual(['địa chỉ']);
  });

  it.each([
    ['dictionaries/translations/vi/tax-income.yaml', { lang: 'vi', stem: 'tax-income' }],
    ['dictionaries/translations/pt-BR/sub/dir.yml', { lang: 'pt-BR', stem: 'sub/dir' }],
    ['dictionaries/translations/fallbacks.yaml', undefined],
  ])('reads the language and stem of %s', (path, place) => {
    expect(translationPlace(path)).toEqual(place);
  });
});
