/**
 * The most common table test, written once: each row is [input, expected, ...notes], and the test is that `fn` maps
 * the input to exactly the expected value. Notes (a "why" column) only go into the test's name.
 */
import { expect, it } from 'vitest';

/**
 * One `it.each` over the rows, named by `title` (printf-style, as `it.each`: %s, %j, %o take the row's columns).
 * @example itMapsEach('%s → %s', hiraganaToKatakana, [['すみす', 'スミス']])
 */
export function itMapsEach<In, Out>(
  title: string,
  fn: (input: In) => Out,
  rows: ReadonlyArray<readonly [input: In, expected: Out, ...notes: unknown[]]>,
): void {
  it.each(rows.map((row) => [...row]))(title, (input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}
