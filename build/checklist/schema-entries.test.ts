import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkYaml } from '../lib/yaml-schema.ts';
import { formatSourceIssue, parseYamlSource, type SourceIssue } from '../lib/yaml-source.ts';
import { entryName, uniqueIds, withTexts } from './schema-entries.ts';
import { entry, Id, list, TextField } from './schema-fields.ts';

/** Checks `text` with a list of `{ id, label }` entries whose labels all get the string id `same.label`. */
function check(text: string) {
  const strings = new Map<string, string>();
  const Item = v.pipe(
    entry({ id: Id, label: TextField }),
    withTexts(strings, ({ id, label }, make) => ({ id, label: make('same.label', label, 'label') })),
  );
  const parsed = parseYamlSource('x.yaml', text, () => undefined)!;
  const issues: SourceIssue[] = [];
  const name = (path: ReadonlyArray<string | number>) => entryName(parsed.data, path);
  checkYaml(v.object({ items: v.pipe(list(Item), uniqueIds()) }), parsed, 'x.yaml', (i) => issues.push(i), {
    entry: name,
  });
  return { issues: issues.map(formatSourceIssue), strings };
}

describe('withTexts', () => {
  it('gives texts their string ids and collects their English', () => {
    expect(check('items:\n  - { id: a, label: "  A\n    b " }\n').strings).toEqual(new Map([['same.label', 'A b']]));
  });

  it('reports a string id defined twice at the second text', () => {
    expect(check('items:\n  - { id: a, label: A }\n  - id: b\n    label: B\n').issues).toEqual([
      'x.yaml:4: items #2 (b): string id same.label is defined twice',
    ]);
  });
});

describe('entryName', () => {
  const data = { questions: [{ id: 'status', options: [{ value: 'a' }, 'b'] }], steps: [{ nextSteps: ['x'] }] };

  it('names each entry on the path by its list, number and id or value', () => {
    expect(entryName(data, ['questions', 0, 'options', 0, 'label'])).toBe('questions #1 (status) › options #1 (a)');
  });

  it('names no entry for a value that is not a mapping, nor for the file', () => {
    expect(entryName(data, ['questions', 0, 'options', 1])).toBe('questions #1 (status)');
    expect(entryName(data, ['steps', 0, 'nextSteps', 0])).toBe('steps #1');
    expect(entryName(data, ['questions'])).toBeUndefined();
  });
});
