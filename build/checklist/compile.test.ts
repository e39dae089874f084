import { describe, expect, it } from 'vitest';
import { formatChecklistError } from './compile.ts';
import { compileWith, DIR, errorsAfter, VALID } from './test-files.ts';

describe('compileChecklists with valid files', () => {
  it('compiles them with no errors', () => {
    const { checklists, errors } = compileWith();
    expect(errors).toEqual([]);
    expect(checklists?.eligibility.questions.map((q) => q.id)).toEqual([
      'status',
      'registered',
      'noticeReceived',
      'stayEnd',
      'renewalPending',
    ]);
    expect(checklists?.pins.pins.map((p) => p.locksAfter)).toEqual([5, 3, 3, 3]);
  });

  it('gives every text a stable id and collects them with their English', () => {
    const { checklists } = compileWith();
    const q = checklists!.eligibility.questions[0]!;
    expect(q.label).toEqual({ id: 'eligibility.q.status.label', en: 'Which describes your stay?' });
    expect(q.options[0]!.label.id).toBe('eligibility.q.status.option.mid-long.label');
    expect(checklists!.strings).toMatchObject({
      'source.jlis.name': 'J-LIS',
      'eligibility.rule.soon.reason': 'Ends soon.',
      'documents.item.photo-id.oneOf.passport.label': 'Passport',
      'pins.pin.userAuth.format': '4 digits.',
      'lifecycle.reminder.before-expiry.label': '{{days}} days left',
    });
  });

  it('resolves sources to their name and URL', () => {
    const { checklists } = compileWith();
    const rule = checklists!.eligibility.rules[1]!;
    expect(rule.sources.map((s) => [s.id, s.url, s.official])).toEqual([
      ['jlis', 'https://www2.jpki.go.jp/procedure/password.html', true],
      ['guide', undefined, false],
    ]);
  });

  it('keeps the Japanese name beside items and choices', () => {
    const item = compileWith().checklists!.documents.groups[0]!.items[1]!;
    expect([item.ja, item.oneOf[0]!.ja]).toEqual(['本人確認書類', '旅券']);
  });
});

describe('compileChecklists with invalid files', () => {
  it('names the file and line of a YAML syntax error', () => {
    const [error] = compileWith({ 'pins.yaml': 'kind: pins\nservices: [\n' }).errors;
    expect(error).toMatchObject({ file: `${DIR}pins.yaml` });
    expect(error!.reason).toMatch(/^YAML: /);
    expect(error!.line).toBeGreaterThan(0);
  });

  it('requires one file of each kind', () => {
    expect(compileWith({ 'pins.yaml': null }).errors).toEqual([
      { file: `${DIR}pins.yaml`, reason: 'no file has `kind: pins`' },
    ]);
    const twice = compileWith({ 'more-pins.yaml': VALID['pins.yaml']! }).errors;
    expect(twice[0]?.file).toBe(`${DIR}pins.yaml`);
    expect(twice[0]?.reason).toContain('more-pins.yaml');
  });

  it('rejects an unknown kind', () => {
    const errors = errorsAfter('pins.yaml', 'kind: pins', 'kind: pin-codes');
    expect(errors[0]).toMatchObject({ file: `${DIR}pins.yaml`, line: 1 });
    expect(errors[0]?.reason).toContain('`kind` must be one of');
  });

  it.each<[string, string, string | RegExp, string, string | undefined, string]>([
    [
      'a fact without a source',
      'lifecycle.yaml',
      ', source: jlis }',
      ' }',
      'facts #1 (validity)',
      '`source` is missing',
    ],
    [
      'an unknown source',
      'documents.yaml',
      'detail: 4.5 × 3.5 cm., source: jlis',
      'source: nta',
      'groups #1 (apply) › items #1 (photo)',
      'unknown source "nta"',
    ],
    [
      'an unknown key',
      'documents.yaml',
      'label: Face photo,',
      'label: Face photo, english: x,',
      'groups #1 (apply) › items #1 (photo)',
      'unknown key `english`',
    ],
    ['a missing label', 'lifecycle.yaml', 'label: Validity, ', '', 'facts #1 (validity)', '`label` is missing'],
    [
      'English in `ja`',
      'documents.yaml',
      'ja: 旅券',
      'ja: Passport',
      'groups #1 (apply) › items #2 (photo-id) › oneOf #1 (passport)',
      '`ja` must be the Japanese name',
    ],
    [
      'a duplicate item id',
      'documents.yaml',
      'id: photo-id',
      'id: photo',
      'groups #1 (apply) › items #2 (photo)',
      '`id` "photo" is used twice',
    ],
    [
      'an id in the wrong case',
      'pins.yaml',
      'id: etax,',
      'id: E_Tax,',
      'services #1 (E_Tax)',
      '`id` must be kebab-case or camelCase',
    ],
    [
      'an http URL',
      'sources.yaml',
      'url: https://',
      'url: http://',
      'sources #1 (jlis)',
      '`url` must be an https:// address',
    ],
    [
      'a question of the wrong type',
      'eligibility.yaml',
      'id: registered, type: yes-no',
      'id: registered, type: choice',
      'questions #2 (registered)',
      'must have `type: yes-no`',
    ],
    [
      'an unknown question',
      'eligibility.yaml',
      'id: renewalPending,',
      'id: visaPending,',
      'questions #5 (visaPending)',
      'unknown question "visaPending"',
    ],
    [
      'a missing status option',
      'eligibility.yaml',
      /\n {6}- \{ value: other.*/,
      '',
      'questions #1 (status)',
      'options other are missing',
    ],
    [
      'askIf on a later question',
      'eligibility.yaml',
      'askIf: { status: [mid-long, other] }',
      'askIf: { noticeReceived: true }',
      'questions #2 (registered)',
      'earlier questions',
    ],
    [
      'a yes-no condition that is not a boolean',
      'eligibility.yaml',
      'askIf: { registered: true }',
      'askIf: { registered: "yes" }',
      'questions #3 (noticeReceived)',
      'use true or false',
    ],
    [
      'an unknown status in a condition',
      'eligibility.yaml',
      'status: short-term',
      'status: tourist',
      'rules #1 (short)',
      'use one or a list of',
    ],
    [
      'a bad stay-end condition',
      'eligibility.yaml',
      '{ withinDays: 60 }',
      '{ withinDays: -1 }',
      'rules #2 (soon)',
      'use permanent, date, passed',
    ],
    [
      'a rule leading to incomplete',
      'eligibility.yaml',
      'outcome: not-eligible',
      'outcome: incomplete',
      'rules #1 (short)',
      '`outcome` must be apply-now, after-renewal or not-eligible',
    ],
    [
      'an unknown next step',
      'eligibility.yaml',
      'nextSteps: [prepare]',
      'nextSteps: [prepare, celebrate]',
      'outcomes #1 (apply-now)',
      'unknown next step "celebrate"',
    ],
    [
      'a shared rank',
      'eligibility.yaml',
      'rank: 1',
      'rank: 0',
      'outcomes #2 (after-renewal)',
      "rank 0 is also apply-now's",
    ],
    [
      'a rank on incomplete',
      'eligibility.yaml',
      'id: incomplete,',
      'id: incomplete, rank: 3,',
      'outcomes #4 (incomplete)',
      'the incomplete outcome has no rank',
    ],
    [
      'a missing outcome',
      'eligibility.yaml',
      /\n {2}- \{ id: incomplete.*/,
      '',
      undefined,
      'outcomes incomplete are missing',
    ],
    ['a missing PIN', 'pins.yaml', /\n {2}- \{ id: cardInfo.*/, '', undefined, 'PINs cardInfo are missing'],
    [
      'lock count out of range',
      'pins.yaml',
      'locksAfter: 5',
      'locksAfter: "five"',
      'pins #1 (signature)',
      '`locksAfter` must be a whole number',
    ],
    [
      'an unknown service',
      'pins.yaml',
      'services: [etax], resets: [counter], source: jlis }\n  - { id: userAuth',
      'services: [mynaportal], resets: [counter], source: jlis }\n  - { id: userAuth',
      'pins #1 (signature)',
      'unknown service "mynaportal"',
    ],
    [
      'an unknown placeholder',
      'lifecycle.yaml',
      'Renew your {{what}}',
      'Renew your {{thing}}',
      'reminders #1 (window-opens)',
      'unknown placeholder {{thing}}',
    ],
    ['a missing target', 'lifecycle.yaml', /\n {2}- \{ id: card,.*/, '', undefined, 'targets card are missing'],
  ])('reports %s', (_name, file, from, to, entry, reason) => {
    const errors = errorsAfter(file, from, to);
    const match = errors.find((e) => e.reason.includes(reason));
    expect(match, errors.map(formatChecklistError).join('\n')).toBeDefined();
    expect(match!.file).toBe(DIR + file);
    expect(match!.entry).toBe(entry);
  });

  it('reports each problem once', () => {
    expect(errorsAfter('lifecycle.yaml', 'label: Validity, ', '')).toHaveLength(1);
  });

  it('returns no checklists when there is any error', () => {
    expect(compileWith({ 'pins.yaml': null }).checklists).toBeUndefined();
  });

  it('gives the line of the entry', () => {
    const errors = errorsAfter('documents.yaml', 'id: photo-id', 'id: photo');
    const lines = VALID['documents.yaml']!.split('\n');
    expect(lines[errors[0]!.line! - 1]).toContain('id: photo');
    expect(formatChecklistError(errors[0]!)).toMatch(
      /^dictionaries\/checklists\/documents\.yaml:\d+: groups #1 \(apply\) › items #2 \(photo\): `id` "photo" is used twice$/,
    );
  });
});
