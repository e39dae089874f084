import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldKindRules } from '../../src/hints/types.ts';
import { fieldKindTexts, portalYamlTexts } from './text-sources.ts';

describe('the texts a language pack translates', () => {
  it('are the field kinds’ hints and PIN blocks, without the example values', () => {
    const rules = {
      kinds: [
        { kind: 'katakana', hint: { text: { en: { what: 'Reading', format: 'Katakana', example: 'スミス' } } } },
        {
          kind: 'pin-user-auth',
          hint: { text: { en: { what: 'PIN', format: '4 digits' } } },
          pin: { tries: 3, source: 's', text: { en: { which: 'W', use: 'U', format: 'F', reset: 'R' } } },
        },
      ],
    } as unknown as FieldKindRules;
    expect(Object.fromEntries(fieldKindTexts(rules))).toEqual({
      'kind:katakana.what': 'Reading',
      'kind:katakana.format': 'Katakana',
      'kind:pin-user-auth.what': 'PIN',
      'kind:pin-user-auth.format': '4 digits',
      'kind:pin-user-auth.pin.which': 'W',
      'kind:pin-user-auth.pin.use': 'U',
      'kind:pin-user-auth.pin.format': 'F',
      'kind:pin-user-auth.pin.reset': 'R',
    });
  });

  const root = mkdtempSync(path.join(tmpdir(), 'tebiki-texts-'));
  afterAll(() => rmSync(root, { recursive: true }));

  it('are the portals’ notes (from 1), screen names and own secrets, once the profiles are data', () => {
    mkdirSync(path.join(root, 'dictionaries/portals'), { recursive: true });
    writeFileSync(
      path.join(root, 'dictionaries/portals/etax.yaml'),
      [
        'portal: etax',
        'notes:',
        "  - { text: 'Needs e-Tax AP.', source: s }",
        'secrets:',
        "  - { id: etax-password, which: 'e-Tax password', use: 'Logging in', not_card_pin: true, source: s }",
        'screens:',
        "  - { id: etax-login, heading: 'ログイン', name: 'e-Tax login' }",
      ].join('\n'),
    );
    expect(Object.fromEntries(portalYamlTexts(root))).toEqual({
      'portal:etax.1': 'Needs e-Tax AP.',
      'screen:etax-login': 'e-Tax login',
      'secret:etax-password.which': 'e-Tax password',
      'secret:etax-password.use': 'Logging in',
    });
  });
});
