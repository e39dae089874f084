import { describe, expect, it } from 'vitest';
import { formatIssue } from '../dictionary/validate-source.ts';
import { compileFieldKinds } from './compile-field-kinds.ts';
import { FIELD_KINDS, isSecretKind } from '../../src/hints/types.ts';
/** A complete, minimal entry of a rules file (as in compile-field-kinds.test.ts), changed by each case below. */
function minimalEntry(kind: string): string {
  const secret = isSecretKind(kind);
  return `  - kind: ${kind}
    controls: [${secret ? 'password, text' : 'text'}]
${secret ? '    label_required: true\n' : ''}    labels:
      - { match: '${kind}', priority: 90 }
    hint:
      en: { what: w, format: f${secret ? '' : ', example: e'} }
${secret ? "      source: '[G] example.go.jp'\n" : ''}${
    secret
      ? "    pin:\n      tries: 3\n      en: { which: a, use: b, format: c, reset: d }\n      source: '[G] example.go.jp'\n"
      : ''
  }`;
}
const minimal = (replace: (kind: string, entry: string) => string = (_k, e) => e) =>
  `version: 1\nsecret_words: '暗証|パスワード'\nkinds:\n${FIELD_KINDS.map((k) => replace(k, minimalEntry(k))).join('')}`;
const at = (kind: string, f: (e: string) => string) => minimal((k, e) => (k === kind ? f(e) : e));
const add = (kind: string, s: string) => at(kind, (e) => e + s);
const cases: [string, string][] = [
  ['list file', '- 1\n'],
  ['version', minimal().replace('version: 1', 'version: 2')],
  ['no version', minimal().replace('version: 1\n', '')],
  ['top key', minimal() + 'extra: 1\n'],
  ['no secret words', minimal().replace("secret_words: '暗証|パスワード'\n", '')],
  ['bad exclude', minimal().replace('version: 1', "version: 1\nexclude: '('")],
  ['kinds not list', "version: 1\nsecret_words: 'x'\nkinds: 3\n"],
  ['entry text', minimal() + '  - hello\n'],
  ['unknown kind', minimal() + minimalEntry('favourite-colour')],
  ['missing kind', minimal((k, e) => (k === 'yen' ? '' : e))],
  ['twice', minimal() + minimalEntry('email')],
  ['regex', at('phone', (e) => e.replace("match: 'phone'", "match: '(電話'"))],
  ['nfkc', at('yen', (e) => e.replace("match: 'yen'", "match: '（円）'"))],
  ['priority', at('email', (e) => e.replace('priority: 90', 'priority: 120'))],
  ['no priority', at('email', (e) => e.replace(', priority: 90', ''))],
  ['no match', at('email', (e) => e.replace("match: 'email', ", ''))],
  ['portal', at('building', (e) => e.replace('priority: 90 }', 'priority: 90, portals: [kyoto] }'))],
  ['portals empty', at('building', (e) => e.replace('priority: 90 }', 'priority: 90, portals: [] }'))],
  ['label key', at('building', (e) => e.replace('priority: 90 }', 'priority: 90, colour: 1 }'))],
  ['label context', at('building', (e) => e.replace('priority: 90 }', "priority: 90, context: '(' }"))],
  ['labels empty', at('email', (e) => e.replace(/labels:\n.*\n/, 'labels: []\n'))],
  ['label text', at('email', (e) => e.replace(/labels:\n.*\n/, 'labels: [x]\n'))],
  ['no pin', at('pin-card-info', (e) => e.replace(/ {4}pin:[\s\S]*$/, ''))],
  ['pin text', at('pin-card-info', (e) => e.replace(/ {4}pin:[\s\S]*$/, '    pin: x\n'))],
  ['pin tries', at('pin-card-info', (e) => e.replace('tries: 3', 'tries: 0'))],
  ['pin lang', at('pin-card-info', (e) => e.replace('      tries: 3', '      tries: 3\n      English: x'))],
  ['pin no en', at('pin-card-info', (e) => e.replace('      en: { which', '      ja: { which'))],
  ['pin text missing', at('pin-card-info', (e) => e.replace('which: a, ', ''))],
  ['pin no source', at('pin-card-info', (e) => e.replace(/(pin:[\s\S]*)\n {6}source: .*/, '$1'))],
  ['password on checkable', at('katakana', (e) => e.replace('controls: [text]', 'controls: [text, password]'))],
  ['pin without password', at('pin-card-info', (e) => e.replace('controls: [password, text]', 'controls: [text]'))],
  ['unknown control', at('katakana', (e) => e.replace('controls: [text]', 'controls: [text, dial, 3]'))],
  ['no controls', at('katakana', (e) => e.replace('    controls: [text]\n', ''))],
  ['pin on checkable', add('email', '    pin:\n      tries: 3\n      en: { which: a, use: b, format: c, reset: d }\n')],
  ['label_required text', add('email', '    label_required: maybe\n')],
  ['pin no label_required', at('pin-card-info', (e) => e.replace('    label_required: true\n', ''))],
  ['limit no source', add('building', "    limits:\n      - { portals: [keisan], match: '建物', max: 28 }\n")],
  [
    'limit max',
    add('building', "    limits:\n      - { portals: [keisan], match: '建物', max: 0, source: '[G] x' }\n"),
  ],
  [
    'limit key',
    add('building', "    limits:\n      - { portals: [keisan], match: '建物', max: 2, source: '[G] x', why: 1 }\n"),
  ],
  ['limits text', add('building', '    limits: none\n')],
  ['limit no portals', add('building', "    limits:\n      - { match: '建物', max: 2, source: '[G] x' }\n")],
  ['source unmarked', at('pin-user-auth', (e) => e.replaceAll("'[G] example.go.jp'", "'somewhere'"))],
  ['example pin', at('pin-signature', (e) => e.replace('format: f }', 'format: f, example: AB12CD }'))],
  ['hint no en', at('email', (e) => e.replace('      en: {', '      ja: {'))],
  ['hint lang', at('email', (e) => e.replace('      en: {', '      English: { what: w }\n      en: {'))],
  ['hint text', at('email', (e) => e.replace(/ {4}hint:\n.*\n/, '    hint: x\n'))],
  ['no hint', at('email', (e) => e.replace(/ {4}hint:\n.*\n/, ''))],
  ['hint missing field', at('email', (e) => e.replace('format: f, ', ''))],
  ['hint empty field', at('email', (e) => e.replace('format: f, ', "format: ' ', "))],
  ['hint unknown field', at('email', (e) => e.replace('format: f, ', 'format: f, colour: red, '))],
  ['hint en text', at('email', (e) => e.replace(/ {6}en: \{.*\}/, '      en: hello'))],
  ['pin hint no source', at('pin-signature', (e) => e.replace(/(hint:[\s\S]*?)\n {6}source: .*/, '$1'))],
  ['attr upper', add('email', '    attributes:\n      names: { eMail: 40 }\n')],
  ['attr weight', add('email', '    attributes:\n      names: { email: 400 }\n')],
  ['attr maxlength', add('email', '    attributes:\n      maxlength: { ten: 4 }\n')],
  ['attr signal', add('email', '    attributes:\n      colour: { a: 4 }\n')],
  ['attr text', add('email', '    attributes: none\n')],
  ['attr map text', add('email', '    attributes:\n      type: email\n')],
  ['attr pattern text', add('email', '    attributes:\n      pattern: x\n')],
  [
    'attr pattern item',
    add('email', "    attributes:\n      pattern: [x, { match: '(', weight: 5 }, { match: 'a', weight: 500 }]\n"),
  ],
  ['evidence unknown', add('email', '    evidence: { colour: 5 }\n')],
  ['evidence value', add('email', '    evidence: { charset=kanji: 5 }\n')],
  ['evidence weight', add('email', '    evidence: { charset=digits: 500 }\n')],
  ['evidence text', add('email', '    evidence: x\n')],
  ['facts text', add('email', '    facts: x\n')],
  ['facts bad', add('email', '    facts: { charset: kanji, colour: red }\n')],
  ['exclude bad', add('email', "    exclude: '('\n")],
  ['unknown key', add('email', '    colour: blue\n')],
];

/** Every message of the compiler, as printed after `file:line: ` (pinned when the schema moved to valibot). */
const expected: Record<string, string[]> = Object.fromEntries([
  ['list file', ['the file must be a mapping with `version` and `kinds`']],
  ['version', ['`version` must be 1']],
  ['no version', ['`version` must be 1']],
  ['top key', ['unknown top-level key `extra`']],
  [
    'no secret words',
    ['`secret_words` is required (labels about secrets never get a checked kind): must be a non-empty regex string'],
  ],
  ['bad exclude', ['`exclude`: invalid regex: Invalid regular expression: /(/iu: Unterminated group']],
  ['kinds not list', ['`kinds` must be a list']],
  ['entry text', ['entry #29: an entry must be a mapping']],
  [
    'unknown kind',
    ['entry #29 (favourite-colour): `kind` must be one of the kinds in src/hints/types.ts (got "favourite-colour")'],
  ],
  ['missing kind', ['kind `yen` has no entry (every kind in types.ts needs one)']],
  ['twice', ['entry #29 (email): kind `email` is defined twice']],
  [
    'regex',
    ['entry #5 (phone): labels[0].match invalid regex: Invalid regular expression: /(電話/iu: Unterminated group'],
  ],
  [
    'nfkc',
    [
      'entry #10 (yen): labels[0].match "（円）" is not in NFKC form (labels are normalised before matching): write "(円)"',
    ],
  ],
  ['priority', ['entry #6 (email): labels[0].priority must be an integer 0–100']],
  ['no priority', ['entry #6 (email): labels[0].priority must be an integer 0–100']],
  ['no match', ['entry #6 (email): labels[0].match must be a non-empty regex string']],
  ['portal', ['entry #18 (building): labels[0].portals: unknown portal "kyoto" (see src/portals/portals.ts)']],
  ['portals empty', ['entry #18 (building): labels[0].portals must be a non-empty list of portal ids']],
  ['label key', ['entry #18 (building): labels[0]: unknown key `colour`']],
  [
    'label context',
    ['entry #18 (building): labels[0].context invalid regex: Invalid regular expression: /(/iu: Unterminated group'],
  ],
  ['labels empty', ['entry #6 (email): `labels` must be a non-empty list of { match, priority }']],
  ['label text', ['entry #6 (email): labels[0] must be a mapping']],
  ['no pin', ['entry #28 (pin-card-info): a PIN kind needs a `pin` block (which PIN, format, tries, reset, source)']],
  ['pin text', ['entry #28 (pin-card-info): a PIN kind needs a `pin` block (which PIN, format, tries, reset, source)']],
  ['pin tries', ['entry #28 (pin-card-info): pin.tries must be a positive integer']],
  ['pin lang', ['entry #28 (pin-card-info): pin: `English` is neither a language code nor tries/source']],
  ['pin no en', ['entry #28 (pin-card-info): pin: `en` is required']],
  ['pin text missing', ['entry #28 (pin-card-info): pin.en.which is missing or empty']],
  [
    'pin no source',
    ['entry #28 (pin-card-info): pin.source is required: facts shown to users name where they come from (FACTS.md)'],
  ],
  ['password on checkable', ['entry #1 (katakana): only PIN kinds may apply to `password` controls']],
  ['pin without password', ['entry #28 (pin-card-info): a PIN kind must apply to `password` controls']],
  ['unknown control', ['entry #1 (katakana): `controls` has unknown groups: "dial", 3']],
  ['no controls', ['entry #1 (katakana): `controls` must be a non-empty list of text, password, select, date']],
  ['pin on checkable', ['entry #6 (email): only the four PIN kinds may have a `pin` block']],
  ['label_required text', ['entry #6 (email): `label_required` must be true or false']],
  [
    'pin no label_required',
    ['entry #28 (pin-card-info): a PIN kind needs `label_required: true` (a bare password box is not a card PIN)'],
  ],
  [
    'limit no source',
    ['entry #18 (building): limits[0].source is required: facts shown to users name where they come from (FACTS.md)'],
  ],
  ['limit max', ['entry #18 (building): limits[0].max must be a positive integer']],
  ['limit key', ['entry #18 (building): limits[0]: unknown key `why`']],
  ['limits text', ['entry #18 (building): `limits` must be a list of { portals, match, max, source }']],
  ['limit no portals', ['entry #18 (building): limits[0].portals must be a non-empty list of portal ids']],
  [
    'source unmarked',
    [
      'entry #26 (pin-user-auth): hint.source must start with [G] (official) or [3P] (third party), as in FACTS.md',
      'entry #26 (pin-user-auth): pin.source must start with [G] (official) or [3P] (third party), as in FACTS.md',
    ],
  ],
  ['example pin', ['entry #25 (pin-signature): hint.en.example: PIN kinds take no example']],
  ['hint no en', ['entry #6 (email): hint: `en` is required (English is the fallback language)']],
  ['hint lang', ['entry #6 (email): hint: `English` is neither a language code nor `source`']],
  ['hint text', ['entry #6 (email): `hint` must be a mapping with `en` and an optional `source`']],
  ['no hint', ['entry #6 (email): `hint` must be a mapping with `en` and an optional `source`']],
  ['hint missing field', ['entry #6 (email): hint.en.format is missing or empty']],
  ['hint empty field', ['entry #6 (email): hint.en.format is missing or empty']],
  ['hint unknown field', ['entry #6 (email): hint.en: unknown key `colour`']],
  ['hint en text', ['entry #6 (email): hint.en must be a mapping of what, format, example']],
  [
    'pin hint no source',
    ['entry #25 (pin-signature): hint.source is required: facts shown to users name where they come from (FACTS.md)'],
  ],
  ['attr upper', ['entry #6 (email): attributes.names.eMail: write the value in lower case']],
  ['attr weight', ['entry #6 (email): attributes.names.email: the weight must be an integer from -100 to 100']],
  ['attr maxlength', ['entry #6 (email): attributes.maxlength.ten: a maxlength is a positive integer']],
  ['attr signal', ['entry #6 (email): attributes: unknown signal `colour`']],
  ['attr text', ['entry #6 (email): `attributes` must be a mapping']],
  ['attr map text', ['entry #6 (email): attributes.type must map values to weights']],
  ['attr pattern text', ['entry #6 (email): attributes.pattern must be a list of { match, weight }']],
  [
    'attr pattern item',
    [
      'entry #6 (email): attributes.pattern[0] must be a mapping',
      'entry #6 (email): attributes.pattern[1].match invalid regex: Invalid regular expression: /(/iu: Unterminated group',
      'entry #6 (email): attributes.pattern[2].weight must be an integer from -100 to 100',
    ],
  ],
  ['evidence unknown', ['entry #6 (email): evidence.colour: unknown fact `colour`']],
  [
    'evidence value',
    [
      'entry #6 (email): evidence.charset=kanji: charset must be one of katakana, hiragana, digits, alnum, ascii, alphabet, email',
    ],
  ],
  ['evidence weight', ['entry #6 (email): evidence.charset=digits: the weight must be an integer from -100 to 100']],
  ['evidence text', ['entry #6 (email): `evidence` must map `fact=value` (or `fact`) to weights']],
  ['facts text', ['entry #6 (email): `facts` must be a mapping of facts (src/hints/facts.ts)']],
  [
    'facts bad',
    [
      'entry #6 (email): facts: charset must be one of katakana, hiragana, digits, alnum, ascii, alphabet, email',
      'entry #6 (email): facts: unknown fact `colour` (one of charset, width, length, minLength, maxLength, hyphen, spaces, calendar, dateFormat, mustContain, uppercase, unit, zeroPad, combined, negative, ifUnknown, fileType, fileSize, example, required, notCardPin)',
    ],
  ],
  ['exclude bad', ['entry #6 (email): `exclude` invalid regex: Invalid regular expression: /(/iu: Unterminated group']],
  ['unknown key', ['entry #6 (email): unknown key `colour`']],
] as Array<[string, string[]]>);

describe('the field kinds compiler', () => {
  it.each(cases)('reports %s with the entry and what is wrong', (name, text) => {
    const messages = compileFieldKinds(text, 'test.yaml').errors.map(formatIssue);
    expect(messages.map((m) => m.replace(/^test\.yaml(:\d+)?: /, ''))).toEqual(expected[name]);
  });
});
