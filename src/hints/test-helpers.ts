/**
 * Shared test fixtures (Node only; never imported by extension code): the real field-kind rules compiled from
 * disk, and made-up My Numbers.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIELD_KINDS_PATH, compileFieldKinds, type CompiledFieldKinds } from '../../build/hints/compile-field-kinds.ts';

/** The rules file, as writers know it. */
export const RULES_PATH = FIELD_KINDS_PATH;
const RULES_FILE = fileURLToPath(new URL(`../../${FIELD_KINDS_PATH}`, import.meta.url));

let compiled: CompiledFieldKinds | undefined;

/** The compiled rules and errors of dictionaries/hints/field-kinds.yaml (compiled once per test file). */
export function realRules(): CompiledFieldKinds {
  return (compiled ??= compileFieldKinds(readFileSync(RULES_FILE, 'utf8'), RULES_PATH));
}

/** The YAML text of the rules file, for tests that edit it into invalid variants. */
export function realRulesText(): string {
  return readFileSync(RULES_FILE, 'utf8');
}

/**
 * Made-up My Numbers, never real ones (FACTS.md: test the check digit on numbers you generate), from a seeded
 * generator so that runs repeat. The check digit is computed here a second way — left-to-right weights
 * 6 5 4 3 2 7 6 5 4 3 2 — so the tests do not just repeat the implementation.
 * @example generatedMyNumbers(1)[0]!.length === 12
 */
export function generatedMyNumbers(count: number, seed = 20250101): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  return Array.from({ length: count }, () => {
    const first = Array.from({ length: 11 }, () => next() % 10);
    const r = first.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
    return first.join('') + String(r <= 1 ? 0 : 11 - r);
  });
}

/** The same number with its last digit changed: always an invalid check digit. */
export const wrongLast = (n: string) => n.slice(0, 11) + String((Number(n[11]) + 1) % 10);
