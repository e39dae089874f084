import { describe, expect, it } from 'vitest';
import { formatChecklistError } from './compile.ts';
import { errorsAfter } from './test-files.ts';

/**
 * The messages of guide.yaml, pinned as printed (file:line: entry: reason) for one wrong
 * value in the valid files of test-files.ts, with the messages that follow from it: what a writer sees, in full.
 */
describe('schema-guide.ts messages', () => {
  it.each<[string, string, string | RegExp, string, string[]]>([
    [
      'guide labels list',
      'guide.yaml',
      'labels: { here: You are here }',
      'labels: [a]',
      ['dictionaries/checklists/guide.yaml:3: `labels` must be a mapping of id: text (got a list)'],
    ],
    [
      'guide phases missing',
      'guide.yaml',
      'phases: [{ id: check, label: Check }, { id: use, label: Use }]\n',
      '',
      [
        'dictionaries/checklists/guide.yaml:2: `phases` is missing',
        'dictionaries/checklists/guide.yaml:11: steps #1 (ask): unknown phase "check"; use ',
        'dictionaries/checklists/guide.yaml:16: steps #2 (renew): unknown phase "use"; use ',
        'dictionaries/checklists/guide.yaml:23: steps #3 (keep): unknown phase "use"; use ',
      ],
    ],
    [
      'guide phase dup',
      'guide.yaml',
      '{ id: use, label: Use }',
      '{ id: check, label: Use }',
      [
        'dictionaries/checklists/guide.yaml:4: phases #2 (check): `id` "check" is used twice',
        'dictionaries/checklists/guide.yaml:17: steps #2 (renew): unknown phase "use"; use check',
        'dictionaries/checklists/guide.yaml:24: steps #3 (keep): unknown phase "use"; use check',
      ],
    ],
    [
      'guide q unknown',
      'guide.yaml',
      '{ id: tested, label: Tested? }',
      '{ id: tests, label: Tested? }',
      [
        'dictionaries/checklists/guide.yaml:9: questions #3 (tests): unknown question "tests"; the guide\'s questions are card, tokutei, tested',
        'dictionaries/checklists/guide.yaml:2: questions tested are missing',
      ],
    ],
    [
      'guide q choice bad',
      'guide.yaml',
      '{ value: want, label: Want }',
      '{ value: wants, label: Want }',
      [
        'dictionaries/checklists/guide.yaml:8: questions #2 (tokutei) › choices #2 (wants): question tokutei has no choice "wants"',
        'dictionaries/checklists/guide.yaml:8: questions #2 (tokutei): choices want are missing',
      ],
    ],
    [
      'guide q choice none',
      'guide.yaml',
      '{ id: tested, label: Tested? }',
      '{ id: tested, label: Tested?, choices: [{ value: yes, label: Y }] }',
      [
        'dictionaries/checklists/guide.yaml:9: questions #3 (tested) › choices #1 (yes): question tested has no choice "yes"',
      ],
    ],
    [
      'guide step when key',
      'guide.yaml',
      'when: { asking: true }',
      'when: { asked: true }',
      [
        'dictionaries/checklists/guide.yaml:13: steps #1 (ask): unknown situation key "asked"; use outcome, card, tokutei, stay, due, asking, notice, tested, dates, pending, endsWithStay',
      ],
    ],
    [
      'guide step when value',
      'guide.yaml',
      'when: { asking: true }',
      'when: { asking: yes, card: [have, none, nope, 3] }',
      [
        'dictionaries/checklists/guide.yaml:13: steps #1 (ask): asking may be true, false (got "yes")',
        'dictionaries/checklists/guide.yaml:13: steps #1 (ask): card may be unknown, none, applied, pickup, have (got "nope", 3)',
      ],
    ],
    [
      'guide step when empty list',
      'guide.yaml',
      'when: { asking: true }',
      'when: { asking: [] }',
      ['dictionaries/checklists/guide.yaml:13: steps #1 (ask): asking may be true, false (got nothing)'],
    ],
    [
      'guide step ref',
      'guide.yaml',
      'reference: [facts]',
      'reference: [facts, more, 3]',
      [
        'dictionaries/checklists/guide.yaml:23: steps #2 (renew): unknown reference section "more"',
        'dictionaries/checklists/guide.yaml:23: steps #2 (renew): unknown reference section 3',
      ],
    ],
    [
      'guide step last',
      'guide.yaml',
      '{ id: keep, phase: use,',
      '{ id: keep, phase: use, when: { tested: true },',
      [
        'dictionaries/checklists/guide.yaml:24: steps #3 (keep): the last step must have no conditions: it is where everyone else is',
      ],
    ],
    [
      'guide item place',
      'guide.yaml',
      'place: office',
      'place: home',
      ['dictionaries/checklists/guide.yaml:22: steps #2 (renew) › items #1 (go): unknown place "home"'],
    ],
    [
      'guide item when',
      'guide.yaml',
      'place: office,',
      'place: office, when: { due: nope },',
      [
        'dictionaries/checklists/guide.yaml:22: steps #2 (renew) › items #1 (go): due may be card-expired, validity-change, pending-expiry, stay-soon, card-renewal, certificate-expired, certificate-renewal, none (got "nope")',
      ],
    ],
    [
      'guide steps empty',
      'guide.yaml',
      /steps:\n[\s\S]*?reference:\n/,
      'steps: []\nreference:\n',
      ['dictionaries/checklists/guide.yaml:10: `steps` must not be empty'],
    ],
  ])('%s', (_name, file, from, to, expected) => {
    expect(errorsAfter(file, from, to).map(formatChecklistError)).toEqual(expected);
  });
});
