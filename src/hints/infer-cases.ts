/**
 * The table tests of inferFieldKind (Node only; never imported by extension code), shared by infer.test.ts (the
 * checkable kinds) and infer-secret.test.ts (the PIN kinds): at least ten cases per kind, and each case's kind and
 * limit from the real rules.
 */

import { describe, expect, it } from 'vitest';
import { inferFieldKind, type FieldSignals } from './infer.ts';
import { realRules } from './test-helpers.ts';
import type { FieldKind } from './types.ts';

/** [signals, expected kind or null, expected limit]. A bare string is a text field with that label. */
export type InferCase = [field: FieldSignals | string, kind: FieldKind | null, limit?: number];

const signals = (field: FieldSignals | string): FieldSignals => (typeof field === 'string' ? { label: field } : field);

/**
 * Declares the tests of a table of cases per kind. `minConfidence`, when given, is what every match must exceed.
 * @example describeInferCases('PIN kind', SECRET_KINDS, CASES)
 */
export function describeInferCases<K extends FieldKind>(
  what: string,
  kinds: readonly K[],
  cases: Record<K, InferCase[]>,
  minConfidence?: number,
): void {
  const { rules } = realRules();
  it(`has a table of at least ten cases for every ${what}`, () => {
    for (const kind of kinds) expect(cases[kind].length, kind).toBeGreaterThanOrEqual(10);
  });

  describe.each(kinds.map((kind) => [kind, cases[kind]] as const))('%s', (_kind, table) => {
    it.each(table)('%o → %s (limit %s)', (field, kind, limit) => {
      const match = inferFieldKind(signals(field), rules);
      expect(match?.kind ?? null).toBe(kind);
      expect(match?.limit).toBe(limit);
      if (match && minConfidence !== undefined) expect(match.confidence).toBeGreaterThan(minConfidence);
    });
  });
}
