import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkValue, checkYaml, keyedMapping } from './yaml-schema.ts';
import { parseYamlSource, type SourceIssue } from './yaml-source.ts';

/** The reasons `schema` gives for `value`. */
function reasons(schema: v.GenericSchema, value: unknown): string[] {
  const found: string[] = [];
  checkValue(schema, value, (reason) => found.push(reason));
  return found;
}

describe('checkValue placeholders', () => {
  it('fills {field} with the keys below the last list index', () => {
    const schema = v.object({
      rules: v.array(v.object({ when: v.object({ status: v.string('`{field}` is text') }) })),
    });
    expect(reasons(schema, { rules: [{ when: { status: 1 } }] })).toEqual(['`when.status` is text']);
  });
});

describe('keyedMapping', () => {
  const schema = keyedMapping(
    { a: v.string('`{key}` is text'), b: v.number('`{key}` is a number') },
    'a mapping',
    'no `{key}`',
  );

  it('keeps the order of the keys as written', () => {
    expect(Object.keys(v.parse(schema, { b: 1, a: 'x' }))).toEqual(['b', 'a']);
  });

  it("checks each key with its own schema, at the key's path, and names keys it has none for", () => {
    expect(reasons(v.object({ when: schema }), { when: { a: 1, c: true } })).toEqual(['`a` is text', 'no `c`']);
    expect(reasons(schema, [])).toEqual(['a mapping']);
  });
});

describe('checkYaml', () => {
  it('names the entry of each issue with `entry`, and says the same thing of one entry once', () => {
    const parsed = parseYamlSource('x.yaml', 'items:\n  - 1\n  - 2\n', () => undefined)!;
    const issues: SourceIssue[] = [];
    const schema = v.object({
      items: v.array(
        v.pipe(
          v.number(),
          v.check(() => false, 'bad'),
          v.check(() => false, 'bad'),
        ),
      ),
    });
    checkYaml(schema, parsed, 'x.yaml', (issue) => issues.push(issue), { entry: (path) => `item ${String(path[1])}` });
    expect(issues).toEqual([
      { file: 'x.yaml', line: 2, entry: 'item 0', reason: 'bad' },
      { file: 'x.yaml', line: 3, entry: 'item 1', reason: 'bad' },
    ]);
  });
});
