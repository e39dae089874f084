import { describe, expect, it } from 'vitest';
import { compileEvidence } from './compile-evidence.ts';

const file = (text: string, patterns = '[]', attributes = '[]') =>
  `version: 1\ntext:\n${text}\npatterns: ${patterns}\nattributes: ${attributes}\n`;
const RULE = `  - { id: a, match: 'x(?<n>\\d)', facts: { length: $n }, examples: [['x1', { length: 1 }]] }`;
const reasons = (text: string) => compileEvidence(text, 'test.yaml').errors.map((e) => e.reason);

describe('the evidence compiler', () => {
  it('compiles a valid rule, pattern and attribute', () => {
    const text = file(
      `${RULE.replace('}]] }', '}]], not: [y], in: [label], settles: [calendar] }')}`,
      `[{ id: p, match: '^\\d{3}$', facts: { charset: digits }, examples: [['123', { charset: digits }]] }]`,
      '[{ attribute: type, value: tel, facts: { charset: digits } }]',
    );
    const { rules, errors } = compileEvidence(text, 'test.yaml');
    expect(errors).toEqual([]);
    expect(rules).toEqual({
      version: 1,
      text: [
        {
          id: 'a',
          match: 'x(?<n>\\d)',
          facts: { length: '$n' },
          examples: [['x1', { length: 1 }]],
          settles: ['calendar'],
          in: ['label'],
          not: ['y'],
        },
      ],
      patterns: [
        { id: 'p', match: '^\\d{3}$', facts: { charset: 'digits' }, examples: [['123', { charset: 'digits' }]] },
      ],
      attributes: [{ attribute: 'type', value: 'tel', facts: { charset: 'digits' } }],
    });
  });

  it.each([
    ['a list for a file', '- 1\n', ['the file must be a mapping with `version`, `text`, `patterns` and `attributes`']],
    ['an unknown top-level key', `${file(RULE)}extra: 1\n`, ['unknown top-level key `extra`']],
    ['another version', file(RULE).replace('version: 1', 'version: 2'), ['`version` must be 1']],
    ['text that is no list', file('  a: 1'), ['`text` must be a list of rules']],
    [
      'attributes that are no list',
      file(RULE, '[]', 'none'),
      ['`attributes` must be a list of { attribute, value, facts }'],
    ],
    ['a rule that is text', file('  - a'), ['text rule `text[0]`: a rule must be a mapping']],
    ['an unknown rule key', file(RULE.replace('id: a,', 'id: a, why: 1,')), ['text rule `a`: unknown key `why`']],
    ['an id used twice', file(`${RULE}\n${RULE}`), ['text rule `a`: the id is used twice']],
    [
      'an id in capitals',
      file(RULE.replace('id: a,', 'id: A,')),
      ['text rule `A`: `id` must be lower-case words joined by hyphens'],
    ],
    [
      'an invalid regex',
      file(RULE.replace("'x(?<n>\\d)'", "'x('")),
      [expect.stringMatching(/^text rule `a`: match invalid regex: /)],
    ],
    [
      'a missing match',
      file(RULE.replace("match: 'x(?<n>\\d)', ", '')),
      ['text rule `a`: match must be a non-empty regex string'],
    ],
    [
      'facts that are text',
      file(RULE.replace('facts: { length: $n }', 'facts: length')),
      ['text rule `a`: `facts` must be a mapping of facts (src/hints/facts.ts)'],
    ],
    [
      'an unknown fact',
      file(RULE.replace('facts: { length: $n }', 'facts: { colour: red }')),
      [expect.stringMatching(/^text rule `a`: facts: unknown fact `colour` \(one of /)],
    ],
    [
      'a group that is not in the match',
      file(RULE.replace('length: $n }', 'length: $m }')),
      ['text rule `a`: facts.length: $m is not a named group of the match'],
    ],
    [
      'a group for a fact of words',
      file(RULE.replace('length: $n }', 'charset: $n }')),
      ['text rule `a`: facts.charset: only number and text facts take a $group'],
    ],
    [
      'settles that are no facts',
      file(RULE.replace('examples:', 'settles: [colour], examples:')),
      ['text rule `a`: `settles` must be a list of fact names'],
    ],
    [
      'an unknown text source',
      file(RULE.replace('examples:', 'in: [footer], examples:')),
      ['text rule `a`: `in` must be a list of label, note, placeholder, context'],
    ],
    [
      'no examples',
      file(RULE.replace(", examples: [['x1', { length: 1 }]]", '')),
      ['text rule `a`: `examples` must list [text, facts] pairs (a rule is its own table test)'],
    ],
    [
      'an example that is no pair',
      file(RULE.replace("['x1', { length: 1 }]", "['x1']")),
      ['text rule `a`: example ["x1"] must be [text, facts]'],
    ],
    [
      'a not that is text',
      file(RULE.replace(' }]] }', ' }]], not: y }')),
      ['text rule `a`: `not` must be a list of texts'],
    ],
    [
      'a pattern rule with `in`',
      file(RULE, `[{ id: p, match: 'x', in: [label], facts: {}, examples: [['x', {}]] }]`),
      ['patterns rule `p`: `in` and `settles` are for text rules'],
    ],
    ['an attribute that is text', file(RULE, '[]', '[type]'), ['attributes[0]: must be a mapping']],
    [
      'an unknown attribute',
      file(RULE, '[]', '[{ attribute: name, value: tel, facts: {} }]'),
      ['attributes[0]: `attribute` must be one of type, inputmode'],
    ],
    [
      'an attribute value in capitals',
      file(RULE, '[]', '[{ attribute: type, value: Tel, facts: {} }]'),
      ['attributes[0]: `value` must be the attribute value in lower case'],
    ],
    [
      'a bad attribute fact',
      file(RULE, '[]', '[{ attribute: type, value: tel, facts: { width: wide } }]'),
      ['attributes[0]: facts: width must be one of half, full'],
    ],
  ])('reports %s', (_why, text, expected) => {
    expect(reasons(text)).toEqual(expected);
  });
});
