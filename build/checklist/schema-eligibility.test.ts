import { describe, expect, it } from 'vitest';
import { formatChecklistError } from './compile.ts';
import { errorsAfter } from './test-files.ts';

/**
 * The messages of eligibility.yaml, pinned as printed (file:line: entry: reason) for one wrong
 * value in the valid files of test-files.ts, with the messages that follow from it: what a writer sees, in full.
 */
describe('schema-eligibility.ts messages', () => {
  it.each<[string, string, string | RegExp, string, string[]]>([
    [
      'q type',
      'eligibility.yaml',
      'id: registered, type: yes-no',
      'id: registered, type: choice',
      [
        'dictionaries/checklists/eligibility.yaml:12: questions #2 (registered): question registered must have `type: yes-no`',
      ],
    ],
    [
      'unknown q',
      'eligibility.yaml',
      'id: renewalPending,',
      'id: visaPending,',
      [
        'dictionaries/checklists/eligibility.yaml:15: questions #5 (visaPending): unknown question "visaPending"; the questions are status, registered, noticeReceived, stayEnd, renewalPending',
        'dictionaries/checklists/eligibility.yaml:2: questions renewalPending are missing',
      ],
    ],
    [
      'missing option',
      'eligibility.yaml',
      /\n {6}- \{ value: other.*/,
      '',
      ['dictionaries/checklists/eligibility.yaml:8: questions #1 (status): options other are missing'],
    ],
    [
      'askIf later',
      'eligibility.yaml',
      'askIf: { status: [mid-long, other] }',
      'askIf: { noticeReceived: true }',
      [
        'dictionaries/checklists/eligibility.yaml:12: questions #2 (registered): a condition may refer only to earlier questions',
      ],
    ],
    [
      'yes-no cond',
      'eligibility.yaml',
      'askIf: { registered: true }',
      'askIf: { registered: "yes" }',
      [
        'dictionaries/checklists/eligibility.yaml:13: questions #3 (noticeReceived): question registered is yes-no: use true or false (got "yes")',
      ],
    ],
    [
      'status cond',
      'eligibility.yaml',
      'status: short-term',
      'status: tourist',
      [
        'dictionaries/checklists/eligibility.yaml:22: rules #1 (short): use one or a list of mid-long, special-permanent, short-term, other (got "tourist")',
      ],
    ],
    [
      'stayEnd cond',
      'eligibility.yaml',
      '{ withinDays: 60 }',
      '{ withinDays: -1 }',
      [
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): use permanent, date, passed or { withinDays: N } (got a mapping)',
      ],
    ],
    [
      'unknown next',
      'eligibility.yaml',
      'nextSteps: [prepare]',
      'nextSteps: [prepare, celebrate]',
      ['dictionaries/checklists/eligibility.yaml:17: outcomes #1 (apply-now): unknown next step "celebrate"'],
    ],
    [
      'shared rank',
      'eligibility.yaml',
      'rank: 1',
      'rank: 0',
      ["dictionaries/checklists/eligibility.yaml:18: outcomes #2 (after-renewal): rank 0 is also apply-now's"],
    ],
    [
      'rank incomplete',
      'eligibility.yaml',
      'id: incomplete,',
      'id: incomplete, rank: 3,',
      ['dictionaries/checklists/eligibility.yaml:20: outcomes #4 (incomplete): the incomplete outcome has no rank'],
    ],
    [
      'missing outcome',
      'eligibility.yaml',
      /\n {2}- \{ id: incomplete.*/,
      '',
      ['dictionaries/checklists/eligibility.yaml:2: outcomes incomplete are missing'],
    ],
    [
      'source list empty',
      'eligibility.yaml',
      'source: [jlis, guide]',
      'source: []',
      [
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): `source` must be a source id or a list of them (got a list)',
      ],
    ],
    [
      'source list bad',
      'eligibility.yaml',
      'source: [jlis, guide]',
      'source: [jlis, 3, nope]',
      [
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): unknown source 3; define it in sources.yaml',
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): unknown source "nope"; define it in sources.yaml',
      ],
    ],
    [
      'source mapping',
      'eligibility.yaml',
      'source: [jlis, guide]',
      'source: { a: 1 }',
      [
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): `source` must be a source id or a list of them (got a mapping)',
      ],
    ],
    [
      'q options on yes-no',
      'eligibility.yaml',
      'label: Registered?,',
      'label: Registered?, options: [],',
      ['dictionaries/checklists/eligibility.yaml:12: questions #2 (registered): only choice questions have `options`'],
    ],
    [
      'q permanentLabel on yes-no',
      'eligibility.yaml',
      'label: Registered?,',
      'label: Registered?, permanentLabel: x,',
      [
        'dictionaries/checklists/eligibility.yaml:12: questions #2 (registered): only date-or-permanent questions have `permanentLabel`',
      ],
    ],
    [
      'q dup',
      'eligibility.yaml',
      'id: renewalPending,',
      'id: stayEnd,',
      [
        'dictionaries/checklists/eligibility.yaml:15: questions #5 (stayEnd): question stayEnd must have `type: date-or-permanent`',
        'dictionaries/checklists/eligibility.yaml:15: questions #5 (stayEnd): `permanentLabel` is missing',
        'dictionaries/checklists/eligibility.yaml:15: questions #5 (stayEnd): `id` "stayEnd" is used twice',
        'dictionaries/checklists/eligibility.yaml:2: questions renewalPending are missing',
      ],
    ],
    [
      'option unknown',
      'eligibility.yaml',
      'value: other,',
      'value: tourist,',
      [
        'dictionaries/checklists/eligibility.yaml:11: questions #1 (status) › options #4 (tourist): unknown status "tourist"; use mid-long, special-permanent, short-term, other',
        'dictionaries/checklists/eligibility.yaml:8: questions #1 (status): options other are missing',
      ],
    ],
    [
      'cond empty',
      'eligibility.yaml',
      'askIf: { registered: true }',
      'askIf: {}',
      [
        'dictionaries/checklists/eligibility.yaml:13: questions #3 (noticeReceived): conditions must be a mapping from question ids to values (got a mapping)',
      ],
    ],
    [
      'cond list',
      'eligibility.yaml',
      'askIf: { registered: true }',
      'askIf: [registered]',
      [
        'dictionaries/checklists/eligibility.yaml:13: questions #3 (noticeReceived): conditions must be a mapping from question ids to values (got a list)',
      ],
    ],
    [
      'cond unknown q',
      'eligibility.yaml',
      'askIf: { registered: true }',
      'askIf: { visa: true }',
      [
        'dictionaries/checklists/eligibility.yaml:13: questions #3 (noticeReceived): unknown question "visa" in a condition',
      ],
    ],
    [
      'cond status empty',
      'eligibility.yaml',
      'status: short-term',
      'status: []',
      [
        'dictionaries/checklists/eligibility.yaml:22: rules #1 (short): use one or a list of mid-long, special-permanent, short-term, other (got a list)',
      ],
    ],
    [
      'cond stayEnd str',
      'eligibility.yaml',
      '{ withinDays: 60 }',
      'soon',
      [
        'dictionaries/checklists/eligibility.yaml:23: rules #2 (soon): use permanent, date, passed or { withinDays: N } (got "soon")',
      ],
    ],
    [
      'rule when scalar',
      'eligibility.yaml',
      'when: { status: short-term }',
      'when: 3',
      [
        'dictionaries/checklists/eligibility.yaml:22: rules #1 (short): conditions must be a mapping from question ids to values (got 3)',
      ],
    ],
    [
      'rule nextSteps num',
      'eligibility.yaml',
      'reason: No record.,',
      'reason: No record., nextSteps: [3],',
      ['dictionaries/checklists/eligibility.yaml:22: rules #1 (short): unknown next step 3'],
    ],
    [
      'outcome unknown',
      'eligibility.yaml',
      'id: not-eligible,',
      'id: nope,',
      [
        'dictionaries/checklists/eligibility.yaml:19: outcomes #3 (nope): unknown outcome "nope"; the outcomes are apply-now, after-renewal, not-eligible, incomplete',
        'dictionaries/checklists/eligibility.yaml:2: outcomes not-eligible are missing',
      ],
    ],
    [
      'outcome no rank',
      'eligibility.yaml',
      'rank: 1, ',
      '',
      [
        'dictionaries/checklists/eligibility.yaml:18: outcomes #2 (after-renewal): `rank` must be a whole number from 0 to 100 (got nothing)',
      ],
    ],
    [
      'outcome rank float',
      'eligibility.yaml',
      'rank: 1',
      'rank: 1.5',
      [
        'dictionaries/checklists/eligibility.yaml:18: outcomes #2 (after-renewal): `rank` must be a whole number from 0 to 100 (got 1.5)',
      ],
    ],
  ])('%s', (_name, file, from, to, expected) => {
    expect(errorsAfter(file, from, to).map(formatChecklistError)).toEqual(expected);
  });
});
