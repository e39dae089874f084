import { describe, expect, it } from 'vitest';
import { formatIssue } from '../dictionary/validate-source.ts';
import { parseTranslationFile, type TranslationTargets } from './translations.ts';

const CARD = 'dictionaries/translations/vi/card.yaml';
const KINDS = 'dictionaries/translations/vi/field-kinds.yaml';
const targets: TranslationTargets = {
  entries: new Map([
    [
      'card',
      new Map([
        ['マイナンバー', { index: 0, en: 'My Number', hint: 'Twelve digits (住民票 has it).' }],
        ['住所', { index: 1, en: 'address' }],
      ]),
    ],
  ]),
  sourcePaths: new Map([['card', 'dictionaries/glossary/card.yaml']]),
  texts: new Map([['kind:katakana.what', 'The reading in katakana (フリガナ).']]),
};

/** Every issue of one file, as the build prints it. */
const issuesOf = (text: string, path = CARD) => parseTranslationFile(path, text, targets).issues.map(formatIssue);

describe('the translation validator', () => {
  it('reads a valid file: plain glosses, gloss and hint, texts, with the line of each entry', () => {
    const text = `language: vi
sources: ['[G] moj.go.jp (ISA guide in Vietnamese)']
entries:
  住所: ' địa chỉ '
  マイナンバー:
    gloss: Mã số cá nhân
    hint: 12 chữ số (住民票).
`;
    const { file, issues } = parseTranslationFile(CARD, text, targets);
    expect(issues).toEqual([]);
    expect(file).toEqual({
      path: CARD,
      lang: 'vi',
      stem: 'card',
      entries: new Map([
        ['住所', { gloss: 'địa chỉ', line: 4 }],
        ['マイナンバー', { gloss: 'Mã số cá nhân', hint: '12 chữ số (住民票).', line: 5 }],
      ]),
    });
    const kinds = parseTranslationFile(
      KINDS,
      'language: vi\nentries:\n  katakana.what: { gloss: katakana (フリガナ) }\n',
      targets,
    );
    expect(kinds.issues).toEqual([]);
    expect(kinds.file?.entries).toEqual(new Map([['katakana.what', { gloss: 'katakana (フリガナ)', line: 3 }]]));
    expect(parseTranslationFile(CARD, 'language: vi\n', targets).file?.entries).toEqual(new Map());
  });

  it.each([
    // The place of the file
    [
      'an unknown language folder',
      'language: xx\n',
      'dictionaries/translations/xx/card.yaml',
      [
        'dictionaries/translations/xx/card.yaml: unknown language folder `xx`; use one of zh-CN, vi, ko, pt-BR, fil, ne, id',
      ],
    ],
    [
      'an unknown stem',
      'language: vi\n',
      'dictionaries/translations/vi/cards.yaml',
      [
        'dictionaries/translations/vi/cards.yaml: `cards` is not the stem of a file in dictionaries/glossary or dictionaries/vocabulary, nor one of field-kinds, screens, portals, secrets',
      ],
    ],
    [
      'a file outside a language folder',
      'language: vi\n',
      'dictionaries/card.yaml',
      ['dictionaries/card.yaml: a translation file must be dictionaries/translations/<language>/<stem>.yaml'],
    ],
    // The file
    [
      'a YAML error',
      'language: vi\nentries:\n  住所: [địa chỉ\n',
      CARD,
      [`${CARD}:4: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ],
    [
      'a key written twice',
      'language: vi\nentries:\n  住所: a\n  住所: b\n',
      CARD,
      [`${CARD}:4: YAML: Map keys must be unique`],
    ],
    ['a list for a file', '- vi\n', CARD, [`${CARD}: the file must be a mapping with \`language\` and \`entries\``]],
    ['an empty file', '', CARD, [`${CARD}: the file must be a mapping with \`language\` and \`entries\``]],
    [
      'an unknown top-level key',
      'language: vi\nentry:\n  住所: x\n',
      CARD,
      [`${CARD}:2: unknown key \`entry\` at the top level`],
    ],
    [
      'entries that are a list',
      'language: vi\nentries:\n  - 住所\n',
      CARD,
      [`${CARD}:3: \`entries\` must be a mapping from the source entry to its translation`],
    ],
    [
      'entries with nothing after it',
      'language: vi\nentries:\n',
      CARD,
      [`${CARD}:2: \`entries\` must be a mapping from the source entry to its translation`],
    ],
    [
      'a language that is not the folder',
      'language: ko\nentries: {}\n',
      CARD,
      [`${CARD}:1: \`language\` must be vi, the folder's language (got "ko")`],
    ],
    ['no language', 'entries: {}\n', CARD, [`${CARD}: \`language\` must be vi, the folder's language (got nothing)`]],
    [
      'sources that are not a list',
      "language: vi\nsources: ''\n",
      CARD,
      [`${CARD}:2: \`sources\` must be a list of non-empty strings`],
    ],
    [
      'a blank source',
      "language: vi\nsources:\n  - a\n  - ' '\n  - 3\n",
      CARD,
      [`${CARD}:2: \`sources\` must be a list of non-empty strings`],
    ],
    // An entry
    [
      'a key that is not a term',
      'language: vi\nentries:\n  住所: a\n  名前: tên\n',
      CARD,
      [
        `${CARD}:4: entry #2 (名前): \`名前\` is not a term of dictionaries/glossary/card.yaml (write the entry's \`term\` exactly)`,
      ],
    ],
    ['an empty gloss', "language: vi\nentries:\n  住所: ' '\n", CARD, [`${CARD}:3: entry #1 (住所): empty gloss`]],
    [
      'a key with nothing after it',
      'language: vi\nentries:\n  住所:\n',
      CARD,
      [`${CARD}:3: entry #1 (住所): the translation is missing: write a string, or \`gloss:\` and \`hint:\``],
    ],
    [
      'a number',
      'language: vi\nentries:\n  住所: 12\n',
      CARD,
      [`${CARD}:3: entry #1 (住所): the translation is missing: write a string, or \`gloss:\` and \`hint:\``],
    ],
    [
      'a list',
      'language: vi\nentries:\n  住所: [a]\n',
      CARD,
      [`${CARD}:3: entry #1 (住所): the translation is missing: write a string, or \`gloss:\` and \`hint:\``],
    ],
    [
      'no gloss',
      'language: vi\nentries:\n  マイナンバー:\n    hint: h\n',
      CARD,
      [`${CARD}:3: entry #1 (マイナンバー): \`gloss\` is missing or not a string`],
    ],
    [
      'a gloss that is a number',
      'language: vi\nentries:\n  住所:\n    gloss: 12\n',
      CARD,
      [`${CARD}:3: entry #1 (住所): \`gloss\` is missing or not a string`],
    ],
    [
      'a hint that is no string',
      'language: vi\nentries:\n  マイナンバー:\n    gloss: x\n    hint:\n',
      CARD,
      [`${CARD}:3: entry #1 (マイナンバー): \`hint\` must be a string`],
    ],
    [
      'an empty hint',
      "language: vi\nentries:\n  マイナンバー:\n    gloss: x\n    hint: ''\n",
      CARD,
      [`${CARD}:3: entry #1 (マイナンバー): empty hint`],
    ],
    [
      'a hint where English has none',
      'language: vi\nentries:\n  住所:\n    gloss: x\n    hint: h\n',
      CARD,
      [
        `${CARD}:3: entry #1 (住所): has a hint, but the English entry in dictionaries/glossary/card.yaml has none (a hint must translate the English one)`,
      ],
    ],
    [
      'an unknown entry key',
      'language: vi\nentries:\n  住所:\n    glos: x\n',
      CARD,
      [
        `${CARD}:3: entry #1 (住所): \`gloss\` is missing or not a string`,
        `${CARD}:3: entry #1 (住所): unknown key \`glos\`; an entry has \`gloss\` and \`hint\``,
      ],
    ],
    [
      'an unknown text id',
      'language: vi\nentries:\n  katakana.how: x\n',
      KINDS,
      [
        `${KINDS}:3: entry #1 (katakana.how): \`katakana.how\` is not an id of the field-kinds texts (ids are written without \`kind:\`)`,
      ],
    ],
    [
      'a hint on a text',
      'language: vi\nentries:\n  katakana.what:\n    gloss: x\n    hint: y\n',
      KINDS,
      [`${KINDS}:3: entry #1 (katakana.what): a text has no hint: write the translation as a plain string`],
    ],
    [
      'a lost Japanese name (a warning)',
      'language: vi\nentries:\n  マイナンバー:\n    gloss: x\n    hint: y\n',
      CARD,
      [`${CARD}:3: entry #1 (マイナンバー): warning: the English hint has 住民票; keep it in the translation too`],
    ],
    [
      'two unknown entry keys',
      'language: vi\nentries:\n  住所:\n    glos: x\n    note: y\n',
      CARD,
      [
        `${CARD}:3: entry #1 (住所): \`gloss\` is missing or not a string`,
        `${CARD}:3: entry #1 (住所): unknown key \`glos\`; an entry has \`gloss\` and \`hint\``,
        `${CARD}:3: entry #1 (住所): unknown key \`note\`; an entry has \`gloss\` and \`hint\``,
      ],
    ],
    [
      'a key that is not a term, with nothing after it',
      'language: vi\nentries:\n  名前:\n',
      CARD,
      [
        `${CARD}:3: entry #1 (名前): the translation is missing: write a string, or \`gloss:\` and \`hint:\``,
        `${CARD}:3: entry #1 (名前): \`名前\` is not a term of dictionaries/glossary/card.yaml (write the entry's \`term\` exactly)`,
      ],
    ],
    [
      'an unknown top-level key and another language',
      'language: ko\nentry: {}\n',
      CARD,
      [
        `${CARD}:1: \`language\` must be vi, the folder's language (got "ko")`,
        `${CARD}:2: unknown key \`entry\` at the top level`,
      ],
    ],
  ])('reports %s with file, line, entry and reason', (_what, text, path, messages) => {
    expect(issuesOf(text, path)).toEqual(messages);
  });
});
