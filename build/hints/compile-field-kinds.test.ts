import { describe, expect, it } from 'vitest';
import { formatIssue } from '../dictionary/validate-source.ts';
import { compileFieldKinds } from './compile-field-kinds.ts';
import { RULES_PATH, realRules, realRulesText } from '../../src/hints/test-helpers.ts';
import { FIELD_KINDS, SECRET_KINDS, isSecretKind } from '../../src/hints/types.ts';
import { minimal, minimalEntry } from './test-rules.ts';

const compile = (text: string) => compileFieldKinds(text, 'dictionaries/hints/test.yaml');
const reasons = (text: string) => compile(text).errors.map(formatIssue);

describe('compileFieldKinds on the real rules file', () => {
  it('compiles dictionaries/hints/field-kinds.yaml without errors, with every kind in order of the file', () => {
    const { rules, errors } = realRules();
    expect(errors.map(formatIssue)).toEqual([]);
    expect(rules.kinds.map((k) => k.kind).sort()).toEqual([...FIELD_KINDS].sort());
  });

  it('gives each PIN kind its PIN block with the lock-out count of FACTS.md (5/3/3/3) and a source', () => {
    const { rules } = realRules();
    const tries = Object.fromEntries(rules.kinds.filter((k) => k.pin).map((k) => [k.kind, k.pin!.tries]));
    expect(tries).toEqual({ 'pin-signature': 5, 'pin-user-auth': 3, 'pin-resident-registry': 3, 'pin-card-info': 3 });
    for (const kind of rules.kinds.filter((k) => isSecretKind(k.kind))) {
      expect(kind.pin!.source).toMatch(/^\[G\] /);
      expect(kind.labelRequired).toBe(true);
      expect(kind.hint.text.en!.example).toBeUndefined();
    }
  });

  it('lets only PIN kinds apply to password boxes', () => {
    const { rules } = realRules();
    const onPasswords = rules.kinds.filter((k) => k.controls.includes('password')).map((k) => k.kind);
    expect(onPasswords.sort()).toEqual([...SECRET_KINDS].sort());
  });

  it('states the 作成コーナー limits of FACTS.md: フリガナ 姓 11, 漢字 姓/名 10, 丁目番地 28, 建物 28', () => {
    const { rules } = realRules();
    const limits = rules.kinds.flatMap((k) => k.limits.map((l) => `${k.kind}:${l.portals.join('+')}:${l.max}`));
    expect(limits).toEqual(
      expect.arrayContaining([
        'katakana:keisan:11',
        'name-order:keisan:10',
        'address-block:keisan:28',
        'building:keisan:28',
      ]),
    );
  });

  it('produces plain JSON that survives serialisation (the build bundles it)', () => {
    const { rules } = realRules();
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  it('accepts the minimal sample used by the invalid-file tests', () => {
    expect(reasons(minimal())).toEqual([]);
  });
});

describe('compileFieldKinds on invalid files', () => {
  const cases: { name: string; text: string; error: RegExp }[] = [
    {
      name: 'a YAML syntax error, with its line',
      text: 'version: 1\nkinds: [\n',
      error: /^dictionaries\/hints\/test\.yaml:\d+: YAML: /,
    },
    { name: 'a wrong version', text: minimal().replace('version: 1', 'version: 2'), error: /`version` must be 1/ },
    {
      name: 'missing secret words',
      text: minimal().replace("secret_words: '暗証|パスワード'\n", ''),
      error: /test\.yaml: `secret_words` is required/,
    },
    {
      name: 'an unknown kind',
      text: minimal() + minimalEntry('favourite-colour'),
      error: /entry #29 \(favourite-colour\): `kind` must be one of the kinds/,
    },
    {
      name: 'a missing kind',
      text: minimal((k, e) => (k === 'yen' ? '' : e)),
      error: /test\.yaml: kind `yen` has no entry/,
    },
    {
      name: 'a kind defined twice',
      text: minimal() + minimalEntry('email'),
      error: /entry #29 \(email\): kind `email` is defined twice/,
    },
    {
      name: 'an invalid regex',
      text: minimal((k, e) => (k === 'phone' ? e.replace("match: 'phone'", "match: '(電話'") : e)),
      error: /\(phone\): labels\[0\]\.match invalid regex/,
    },
    {
      name: 'a pattern that label normalisation would never let match',
      text: minimal((k, e) => (k === 'yen' ? e.replace("match: 'yen'", "match: '（円）'") : e)),
      error: /\(yen\): labels\[0\]\.match "（円）" is not in NFKC form .* write "\(円\)"/,
    },
    {
      name: 'a priority out of range',
      text: minimal((k, e) => (k === 'email' ? e.replace('priority: 90', 'priority: 120') : e)),
      error: /\(email\): labels\[0\]\.priority must be an integer 0–100/,
    },
    {
      name: 'an unknown portal',
      text: minimal((k, e) => (k === 'building' ? e.replace('priority: 90 }', 'priority: 90, portals: [kyoto] }') : e)),
      error: /\(building\): labels\[0\]\.portals: unknown portal "kyoto"/,
    },
    {
      name: 'a PIN kind without its PIN block',
      text: minimal((k, e) => (k === 'pin-card-info' ? e.replace(/ {4}pin:[\s\S]*$/, '') : e)),
      error: /\(pin-card-info\): a PIN kind needs a `pin` block/,
    },
    {
      name: 'a checkable kind on password boxes',
      text: minimal((k, e) => (k === 'katakana' ? e.replace('controls: [text]', 'controls: [text, password]') : e)),
      error: /\(katakana\): only PIN kinds may apply to `password` controls/,
    },
    {
      name: 'a PIN block on a checkable kind',
      text: minimal((k, e) =>
        k === 'email' ? e + '    pin:\n      tries: 3\n      en: { which: a, use: b, format: c, reset: d }\n' : e,
      ),
      error: /\(email\): only the four PIN kinds may have a `pin` block/,
    },
    {
      name: 'a limit without a source',
      text: minimal((k, e) =>
        k === 'building' ? e + "    limits:\n      - { portals: [keisan], match: '建物', max: 28 }\n" : e,
      ),
      error: /\(building\): limits\[0\]\.source is required/,
    },
    {
      name: 'a source not marked [G] or [3P]',
      text: minimal((k, e) => (k === 'pin-user-auth' ? e.replaceAll("'[G] example.go.jp'", "'somewhere'") : e)),
      error: /\(pin-user-auth\): hint\.source must start with \[G\] \(official\) or \[3P\]/,
    },
    {
      name: 'an example PIN',
      text: minimal((k, e) => (k === 'pin-signature' ? e.replace('format: f }', 'format: f, example: AB12CD }') : e)),
      error: /\(pin-signature\): hint\.en\.example: PIN kinds take no example/,
    },
    {
      name: 'a hint without English',
      text: minimal((k, e) => (k === 'email' ? e.replace('      en: {', '      ja: {') : e)),
      error: /\(email\): hint: `en` is required/,
    },
    {
      name: 'an upper-case attribute value',
      text: minimal((k, e) => (k === 'email' ? e + '    attributes:\n      names: { eMail: 40 }\n' : e)),
      error: /\(email\): attributes\.names\.eMail: write the value in lower case/,
    },
    {
      name: 'an unknown key',
      text: minimal((k, e) => (k === 'email' ? e + '    colour: blue\n' : e)),
      error: /\(email\): unknown key `colour`/,
    },
  ];

  it.each(cases)('reports $name, naming file, entry and reason', ({ text, error }) => {
    const messages = reasons(text);
    expect(
      messages.some((m) => error.test(m)),
      messages.join('\n'),
    ).toBe(true);
    for (const m of messages) expect(m.startsWith('dictionaries/hints/test.yaml')).toBe(true);
  });

  it('keeps the valid entries of a file with a bad one, so one typo does not hide the rest', () => {
    const { rules, errors } = compile(minimal((k, e) => (k === 'phone' ? e.replace("'phone'", "'(電話'") : e)));
    expect(errors).toHaveLength(1);
    expect(rules.kinds).toHaveLength(FIELD_KINDS.length - 1);
  });

  it('names the line of the entry in the real file when it is edited wrongly', () => {
    const text = realRulesText().replace("match: '通称', priority: 95", "match: '通称', priority: 950");
    const [error] = compileFieldKinds(text, RULES_PATH).errors;
    expect(formatIssue(error!)).toMatch(/^dictionaries\/hints\/field-kinds\.yaml:\d+: entry #\d+ \(alias-name\): /);
  });
});
