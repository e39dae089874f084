import { describe, expect, it } from 'vitest';
import { compileProfiles } from './compile-profiles.ts';

const FILE = 'dictionaries/portals/etax.yaml';
const valid = `portal: etax
card_secrets: false
notes:
  - { text: 'A note.', source: 'FACTS.md: Portals' }
secrets:
  - { id: etax-password, name: e-Tax password, which: 'Which.', use: 'Use.', not_card_pin: true, source: '[G] e-tax.nta.go.jp' }
credentials:
  - { match: '^暗証番号', secret: etax-password, not: '署名用', context: 'ログイン', not_context: '券面' }
screens:
  - { id: etax-login, path: '^/login/', heading: 'ログイン', name: 'e-Tax login', credentials: [{ match: 'パスワード', secret: pin-user-auth }] }
  - { id: etax-start, heading: '開始届出', name: 'Apply to start using e-Tax' }
`;
const reasons = (text: string, file = FILE) => compileProfiles({ [file]: text }).errors.map((e) => e.reason);

describe('the portal profiles compiler', () => {
  it('compiles a valid profile', () => {
    const { profiles, errors } = compileProfiles({ [FILE]: valid });
    expect(errors).toEqual([]);
    expect(profiles).toEqual({
      etax: {
        portal: 'etax',
        cardSecrets: false,
        notes: [{ text: 'A note.', source: 'FACTS.md: Portals' }],
        secrets: [
          {
            id: 'etax-password',
            name: 'e-Tax password',
            which: 'Which.',
            use: 'Use.',
            notCardPin: true,
            source: '[G] e-tax.nta.go.jp',
          },
        ],
        credentials: [
          { match: '^暗証番号', secret: 'etax-password', not: '署名用', context: 'ログイン', notContext: '券面' },
        ],
        screens: [
          {
            id: 'etax-login',
            name: 'e-Tax login',
            credentials: [{ match: 'パスワード', secret: 'pin-user-auth' }],
            heading: 'ログイン',
            path: '^/login/',
          },
          { id: 'etax-start', name: 'Apply to start using e-Tax', credentials: [], heading: '開始届出' },
        ],
      },
    });
  });

  it.each([
    ['a list for a file', '- etax\n', ['a profile must be a mapping with `portal` and `screens`']],
    ['an unknown key', `${valid}extra: 1\n`, ['unknown key `extra`']],
    [
      'an unknown portal',
      valid.replace('portal: etax', 'portal: nta'),
      ['`portal` must be a portal id of src/portals/portals.ts (got "nta")'],
    ],
    [
      'a file named for another portal',
      valid.replace('portal: etax', 'portal: jpki'),
      ['the file of portal `jpki` must be named jpki.yaml'],
    ],
    [
      'a card_secrets that is text',
      valid.replace('card_secrets: false', 'card_secrets: no way'),
      ['`card_secrets` must be true or false'],
    ],
    ['notes that are text', valid.replace(/notes:\n.*\n/, 'notes: none\n'), ['`notes` must be a list']],
    [
      'a note without a marked source',
      valid.replace("source: 'FACTS.md: Portals'", "source: 'somewhere'"),
      ['notes[0] must be { text, source } with a source marked [G], [3P] or FACTS.md:'],
    ],
    [
      'a secret that is text',
      valid.replace(/ {2}- \{ id: etax-password.*\n/, '  - etax-password\n'),
      ['secrets[0] must be a mapping', "credentials[0].secret must be a card PIN kind or one of this portal's secrets"],
    ],
    [
      'an unknown secret key',
      valid.replace('not_card_pin: true', 'not_card_pin: true, why: 1'),
      ['secrets[0]: unknown key `why`'],
    ],
    [
      'a secret named as a card PIN',
      valid.replace('id: etax-password', 'id: pin-user-auth'),
      [
        'secrets[0] needs an id (not a card PIN kind), name, which, use and a marked source',
        "credentials[0].secret must be a card PIN kind or one of this portal's secrets",
      ],
    ],
    [
      'a secret without a use',
      valid.replace("use: 'Use.', ", ''),
      ['secrets[0] needs an id (not a card PIN kind), name, which, use and a marked source'],
    ],
    [
      'credentials that are text',
      valid.replace(/credentials:\n.*\n/, 'credentials: some\n'),
      ['`credentials` must be a list'],
    ],
    [
      'a credential that is text',
      valid.replace(/credentials:\n.*\n/, 'credentials: [x]\n'),
      ['credentials[0] must be a mapping'],
    ],
    [
      'an unknown credential key',
      valid.replace("not_context: '券面'", "not_context: '券面', why: 1"),
      ['credentials[0]: unknown key `why`'],
    ],
    [
      'an unknown secret',
      valid.replace('secret: etax-password', 'secret: etax-pin'),
      ["credentials[0].secret must be a card PIN kind or one of this portal's secrets"],
    ],
    ['a credential without a match', valid.replace("match: '^暗証番号', ", ''), ['credentials[0].match is required']],
    [
      'an invalid regex',
      valid.replace("'^暗証番号'", "'(暗証番号'"),
      [expect.stringMatching(/^credentials\[0\]\.match invalid regex: /)],
    ],
    [
      'a regex not in NFKC',
      valid.replace("not: '署名用'", "not: '（署名用）'"),
      ['credentials[0].not "（署名用）" is not in NFKC form (labels are normalised before matching): write "(署名用)"'],
    ],
    ['screens that are text', valid.replace(/screens:\n(.*\n)*/, 'screens: login\n'), ['`screens` must be a list']],
    [
      'a screen that is text',
      valid.replace(/screens:\n(.*\n)*/, 'screens: [login]\n'),
      ['screens[0] must be a mapping'],
    ],
    [
      'an unknown screen key',
      valid.replace("name: 'e-Tax login'", "name: 'e-Tax login', why: 1"),
      ['screens[0]: unknown key `why`'],
    ],
    [
      'a screen id in capitals',
      valid.replace('id: etax-login', 'id: Etax-login'),
      ['screens[0].id must be lower-case words with hyphens'],
    ],
    [
      'a screen without a name',
      valid.replace(", name: 'e-Tax login'", ''),
      ["screens[0].name is required (the screen's English name)"],
    ],
    [
      'a screen without heading or path',
      valid.replace("heading: '開始届出', ", ''),
      ['screens[1] needs a heading or a path'],
    ],
    [
      'an invalid heading',
      valid.replace("heading: '開始届出'", "heading: '開始['"),
      [expect.stringMatching(/^screens\[1\]\.heading invalid regex: /)],
    ],
    [
      'a screen credential without a secret',
      valid.replace(', secret: pin-user-auth', ''),
      ["screens[0].credentials[0].secret must be a card PIN kind or one of this portal's secrets"],
    ],
    [
      'a screen id used twice',
      valid.replace('id: etax-start', 'id: etax-login'),
      ['screen id `etax-login` is used twice'],
    ],
    ['broken YAML', 'portal: [', [expect.stringMatching(/^YAML: /)]],
  ])('reports %s', (_why, text, expected) => {
    expect(reasons(text)).toEqual(expected);
  });

  it('says on which line a problem is', () => {
    const { errors } = compileProfiles({ [FILE]: valid.replace('id: etax-start', 'id: Etax-start') });
    expect(errors).toEqual([
      { severity: 'error', file: FILE, line: 11, reason: 'screens[1].id must be lower-case words with hyphens' },
    ]);
  });

  it('reports a portal with two files', () => {
    const { errors } = compileProfiles({
      [FILE]: valid,
      'dictionaries/more/etax.yaml': valid.replace(/etax-(login|start)/g, 'x-$1'),
    });
    expect(errors.map((e) => `${e.file}: ${e.reason}`)).toEqual([
      'dictionaries/more/etax.yaml: portal `etax` has two profile files',
    ]);
  });
});
