import { describe, expect, it } from 'vitest';
import { formatChecklistError } from './compile.ts';
import { errorsAfter } from './test-files.ts';

/**
 * The messages of sources.yaml, documents.yaml, pins.yaml and lifecycle.yaml (and the files as a set), pinned as printed (file:line: entry: reason) for one wrong
 * value in the valid files of test-files.ts, with the messages that follow from it: what a writer sees, in full.
 */
describe('schema-content.ts messages', () => {
  it.each<[string, string, string | RegExp, string, string[]]>([
    [
      'fact no source',
      'lifecycle.yaml',
      ', source: jlis }',
      ' }',
      [
        'dictionaries/checklists/lifecycle.yaml:8: facts #1 (validity): `source` is missing: every fact needs one (ids from sources.yaml)',
      ],
    ],
    [
      'unknown source',
      'documents.yaml',
      'detail: 4.5 × 3.5 cm., source: jlis',
      'source: nta',
      [
        'dictionaries/checklists/documents.yaml:8: groups #1 (apply) › items #1 (photo): unknown source "nta"; define it in sources.yaml',
      ],
    ],
    [
      'unknown key',
      'documents.yaml',
      'label: Face photo,',
      'label: Face photo, english: x,',
      [
        'dictionaries/checklists/documents.yaml:8: groups #1 (apply) › items #1 (photo): unknown key `english`; use id, ja, label, detail, oneOf, source, unverified',
      ],
    ],
    [
      'missing label',
      'lifecycle.yaml',
      'label: Validity, ',
      '',
      ['dictionaries/checklists/lifecycle.yaml:8: facts #1 (validity): `label` is missing'],
    ],
    [
      'english ja',
      'documents.yaml',
      'ja: 旅券',
      'ja: Passport',
      [
        'dictionaries/checklists/documents.yaml:12: groups #1 (apply) › items #2 (photo-id) › oneOf #1 (passport): `ja` must be the Japanese name, in kana or kanji (got "Passport")',
      ],
    ],
    [
      'dup item',
      'documents.yaml',
      'id: photo-id',
      'id: photo',
      ['dictionaries/checklists/documents.yaml:9: groups #1 (apply) › items #2 (photo): `id` "photo" is used twice'],
    ],
    [
      'id case',
      'pins.yaml',
      'id: etax,',
      'id: E_Tax,',
      [
        'dictionaries/checklists/pins.yaml:4: services #1 (E_Tax): `id` must be kebab-case or camelCase letters and digits (got "E_Tax")',
        'dictionaries/checklists/pins.yaml:8: pins #1 (signature): unknown service "etax"',
        'dictionaries/checklists/pins.yaml:9: pins #2 (userAuth): unknown service "etax"',
      ],
    ],
    [
      'http',
      'sources.yaml',
      'url: https://',
      'url: http://',
      [
        'dictionaries/checklists/sources.yaml:4: sources #1 (jlis): `url` must be an https:// address (got "http://www2.jpki.go.jp/procedure/password.html")',
      ],
    ],
    [
      'missing pin',
      'pins.yaml',
      /\n {2}- \{ id: cardInfo.*/,
      '',
      ['dictionaries/checklists/pins.yaml:2: PINs cardInfo are missing'],
    ],
    [
      'placeholder',
      'lifecycle.yaml',
      'Renew your {{what}}',
      'Renew your {{thing}}',
      [
        'dictionaries/checklists/lifecycle.yaml:10: reminders #1 (window-opens): unknown placeholder {{thing}}; use what, expiry, days',
      ],
    ],
    [
      'missing target',
      'lifecycle.yaml',
      /\n {2}- \{ id: card,.*/,
      '',
      ['dictionaries/checklists/lifecycle.yaml:2: targets card are missing'],
    ],
    [
      'source entry scalar',
      'sources.yaml',
      '  - { id: guide, name: A guide, official: false }',
      '  - guide',
      [
        'dictionaries/checklists/sources.yaml:5: the value must be a mapping (got "guide")',
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): unknown source "guide"; define it in sources.yaml',
      ],
    ],
    [
      'source name number',
      'sources.yaml',
      'name: A guide',
      'name: 3',
      ['dictionaries/checklists/sources.yaml:5: sources #2 (guide): `name` must be a non-empty string (got 3)'],
    ],
    [
      'source url number',
      'sources.yaml',
      'url: https://www2.jpki.go.jp/procedure/password.html',
      'url: 3',
      ['dictionaries/checklists/sources.yaml:4: sources #1 (jlis): `url` must be an https:// address (got 3)'],
    ],
    [
      'pin unknown',
      'pins.yaml',
      'id: cardInfo,',
      'id: cardPin,',
      [
        'dictionaries/checklists/pins.yaml:11: pins #4 (cardPin): unknown PIN "cardPin"; the PINs are signature, userAuth, residentRegistry, cardInfo',
        'dictionaries/checklists/pins.yaml:2: PINs cardInfo are missing',
      ],
    ],
    [
      'pin unknown reset',
      'pins.yaml',
      'resets: [counter], source: jlis }\n  - { id: userAuth',
      'resets: [online], source: jlis }\n  - { id: userAuth',
      ['dictionaries/checklists/pins.yaml:8: pins #1 (signature): unknown reset way "online"'],
    ],
    [
      'target unknown',
      'lifecycle.yaml',
      'id: card,',
      'id: cardx,',
      [
        'dictionaries/checklists/lifecycle.yaml:4: targets #1 (cardx): unknown target "cardx"; use card, userAuthCertificate, signatureCertificate',
        'dictionaries/checklists/lifecycle.yaml:2: targets card are missing',
      ],
    ],
    [
      'reminder unknown',
      'lifecycle.yaml',
      'id: stay-ends,',
      'id: stay-end,',
      [
        'dictionaries/checklists/lifecycle.yaml:12: reminders #3 (stay-end): unknown reminder "stay-end"; use window-opens, before-expiry, stay-ends, certificate-stay-ends',
        'dictionaries/checklists/lifecycle.yaml:2: reminders stay-ends are missing',
      ],
    ],
    [
      'reminder missing',
      'lifecycle.yaml',
      /\n {2}- \{ id: certificate-stay-ends.*/,
      '',
      ['dictionaries/checklists/lifecycle.yaml:2: reminders certificate-stay-ends are missing'],
    ],
    [
      'file list',
      'pins.yaml',
      /[\s\S]*/,
      '- a\n- b\n',
      [
        'dictionaries/checklists/pins.yaml: the file must be a mapping with a `kind`',
        'dictionaries/checklists/pins.yaml: no file has `kind: pins`',
      ],
    ],
    [
      'kind missing',
      'pins.yaml',
      'kind: pins\n',
      '',
      [
        'dictionaries/checklists/pins.yaml:1: `kind` must be one of sources, eligibility, documents, pins, lifecycle, guide (got undefined)',
        'dictionaries/checklists/pins.yaml: no file has `kind: pins`',
      ],
    ],
  ])('%s', (_name, file, from, to, expected) => {
    expect(errorsAfter(file, from, to).map(formatChecklistError)).toEqual(expected);
  });
});
