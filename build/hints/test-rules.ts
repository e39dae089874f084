/** Test helper: the smallest valid field-kinds rules file, for the compiler's tests to break one piece of. */
import { FIELD_KINDS, isSecretKind } from '../../src/hints/types.ts';

/** A complete, minimal rules file: one entry per kind, PIN kinds with their PIN block. */
export function minimalEntry(kind: string): string {
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
export const minimal = (replace: (kind: string, entry: string) => string = (_k, e) => e) =>
  `version: 1\nsecret_words: '暗証|パスワード'\nkinds:\n${FIELD_KINDS.map((k) => replace(k, minimalEntry(k))).join('')}`;
