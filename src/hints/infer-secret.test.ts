/**
 * Inference of the four card PINs, and the invariants that keep their values out of reach: a PIN kind only for a
 * label that names one, and only a PIN kind (which has no checks) for a password box. Labels from
 * ../shared/eval/labels-dev/mynumbercard_official_forms_and_jpki_portal.txt unless a comment says otherwise.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inferFieldKind } from './infer.ts';
import { describeInferCases, type InferCase } from './infer-cases.ts';
import { realRules } from './test-helpers.ts';
import { SECRET_KINDS, isSecretKind, type SecretKind } from './types.ts';

const { rules } = realRules();

const CASES: Record<SecretKind, InferCase[]> = {
  'pin-signature': [
    ['署名用電子証明書 暗証番号', 'pin-signature'],
    ['署名用(6~16桁の英数字のパスワード)', 'pin-signature'],
    ['署名用電子証明書の暗証番号', 'pin-signature'],
    ['署名用パスワード', 'pin-signature'],
    // The format alone names the card's signature password only where card passwords are asked for (a 6–16
    // character password elsewhere may be a portal's own).
    [{ label: '６～１６桁の英数字', portal: 'jpki' }, 'pin-signature'],
    [{ label: '６～１６桁の英数字', portal: 'etax' }, 'halfwidth-alnum'],
    [{ label: '暗証番号', type: 'password', facts: { notCardPin: true }, context: '署名用電子証明書' }, null],
    [{ label: '署名用電子証明書', type: 'password' }, 'pin-signature'],
    [{ label: '暗証番号', context: '署名用電子証明書', type: 'password' }, 'pin-signature'],
    [{ label: '署名用電子証明書', type: 'checkbox' }, null],
    ['署名用電子証明書', null],
    [{ label: 'パスワード', type: 'password' }, null],
    [{ label: '署名用電子証明書の暗証番号', type: 'select-one' }, null],
  ],
  'pin-user-auth': [
    ['利用者証明用電子証明書暗証番号', 'pin-user-auth'],
    ['利用者証明用(4桁の数字のパスワード)', 'pin-user-auth'],
    ['利用者証明用電子証明書の暗証番号', 'pin-user-auth'],
    ['利用者証明用パスワード', 'pin-user-auth'],
    [{ label: '利用者証明用電子証明書', type: 'password' }, 'pin-user-auth'],
    [{ label: '暗証番号', context: '利用者証明用電子証明書', type: 'password', maxlength: 4 }, 'pin-user-auth', 4],
    [{ label: '暗証番号（数字4桁）', type: 'password' }, null],
    [{ label: '利用者証明用電子証明書', type: 'checkbox' }, null],
    ['利用者証明用電子証明書', null],
    [{ label: '暗証番号', context: '署名用電子証明書', type: 'password' }, 'pin-signature'],
  ],
  'pin-resident-registry': [
    ['住民基本台帳用 暗証番号', 'pin-resident-registry'],
    ['住民基本台帳用の暗証番号', 'pin-resident-registry'],
    ['住基暗証番号', 'pin-resident-registry'],
    [{ label: '暗証番号', context: '住民基本台帳用', type: 'password' }, 'pin-resident-registry'],
    [{ label: '暗証番号', context: '住民基本台帳', type: 'tel' }, 'pin-resident-registry'],
    [{ label: '住民基本台帳用 暗証番号', type: 'password', maxlength: 4 }, 'pin-resident-registry', 4],
    ['住民基本台帳カード返納(廃止)届', null],
    [{ label: '住民基本台帳用 暗証番号', type: 'checkbox' }, null],
    ['住民基本台帳', null],
    ['暗証番号', null],
  ],
  'pin-card-info': [
    ['券面事項入力補助用 暗証番号', 'pin-card-info'],
    ['券面事項入力補助用の暗証番号', 'pin-card-info'],
    ['券面入力補助用暗証番号', 'pin-card-info'],
    [{ label: '暗証番号', context: '券面事項入力補助用', type: 'password' }, 'pin-card-info'],
    [{ label: '券面事項入力補助用', type: 'password' }, 'pin-card-info'],
    [{ label: '券面事項入力補助用 暗証番号', type: 'password', maxlength: 4 }, 'pin-card-info', 4],
    ['券面事項入力補助用', null],
    [{ label: '券面事項入力補助用', type: 'checkbox' }, null],
    ['暗証番号等の入力', null],
    [{ label: 'パスワード', type: 'password' }, null],
  ],
};

describe('inferFieldKind on PIN fields', () => {
  describeInferCases('PIN kind', SECRET_KINDS, CASES);

  it('gives a PIN kind only to labels that name a card PIN, over the whole development label set', () => {
    // The development labels live beside the repository (../shared); a checkout without them uses the golden table's
    // labels, which are in the repository.
    const dir = fileURLToPath(new URL('../../../shared/eval/labels-dev/', import.meta.url));
    const golden = fileURLToPath(new URL('../../tests/fixtures/gloss-golden-labels.txt', import.meta.url));
    const lines = existsSync(dir)
      ? readdirSync(dir).flatMap((f) => readFileSync(dir + f, 'utf8').split('\n'))
      : readFileSync(golden, 'utf8').split('\n');
    const labels = lines.filter((l) => l && !l.startsWith('#'));
    expect(labels.length).toBeGreaterThan(existsSync(dir) ? 900 : 200);
    for (const label of labels) {
      for (const type of ['text', 'password']) {
        const kind = inferFieldKind({ label, type }, rules)?.kind;
        if (kind && isSecretKind(kind)) expect(label).toMatch(/署名用|利用者証明用|住民基本台帳|券面事項入力補助/);
      }
    }
  });

  it.each([
    [{ label: 'パスワード（半角英数字）', type: 'text' }],
    [{ label: '暗証番号（数字4桁）', type: 'tel' }],
    [{ label: 'e-Taxの暗証番号', type: 'text', maxlength: 50 }],
    [{ label: 'PIN', type: 'text', inputmode: 'numeric' }],
  ])('gives no checked kind to a text box whose label is about a secret: %o', (field) => {
    const kind = inferFieldKind(field, rules)?.kind;
    expect(kind === undefined || isSecretKind(kind)).toBe(true);
  });

  it('never gives a checkable kind to a password box, whatever its label', () => {
    for (const label of ['フリガナ', '郵便番号', 'マイナンバー', '利用者識別番号', 'メールアドレス', '口座番号']) {
      const kind = inferFieldKind({ label, type: 'password' }, rules)?.kind;
      expect(kind === undefined || isSecretKind(kind), label).toBe(true);
    }
  });
});
