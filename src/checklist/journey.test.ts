import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped } from './iso-date.ts';
import { dueNow, journey, MAX_ITEMS } from './journey.ts';
import { defaultChecklistState, type ChecklistState, type ChecklistDates, type StoredAnswers } from './state.ts';
import { realChecklists } from './test-checklists.ts';

const TODAY = '2026-12-06';
const content = realChecklists();
const at = (answers: StoredAnswers, dates: ChecklistDates = {}): ChecklistState => ({
  ...defaultChecklistState(),
  answers,
  dates,
});
const where = (state: ChecklistState, today = TODAY) => {
  const j = journey(state, content, today);
  return { step: j.step.id, items: j.items.map((i) => i.id) };
};

/** Persona 1: a student with a period of stay and no card. */
const STUDENT = at(
  { status: 'mid-long', registered: true, card: 'none', noticeReceived: true, renewalPending: false, tokutei: 'no' },
  { stayEnd: addMonthsClamped(TODAY, 14) },
);
/** Persona 2: a permanent resident whose card (issued at 30, 10th birthday rule) expires in two months. */
const RESIDENT = at(
  { status: 'mid-long', registered: true, card: 'have', tokutei: 'no', tested: true },
  { stayEnd: 'permanent', birthDate: '1987-02-05', cardIssueDate: '2017-03-01' },
);
/** Persona 3: a worker whose card ends with a stay ending in two months, who wants the 特定在留カード. */
const WORKER = at(
  { status: 'mid-long', registered: true, card: 'have', renewalPending: false, tokutei: 'want', tested: true },
  { stayEnd: addMonthsClamped(TODAY, 2), birthDate: '1990-05-10', cardIssueDate: '2024-03-01' },
);

describe('journey: the three personas', () => {
  it.each<[string, ChecklistState, string, string[]]>([
    [
      'a student with no card applies, spelling the name as on the residence card',
      STUDENT,
      'apply',
      ['way', 'name', 'photo'],
    ],
    [
      'a student still waiting for the My Number notice is told to wait for it first',
      at({ ...STUDENT.answers, noticeReceived: false }, STUDENT.dates),
      'apply',
      ['notice', 'way', 'name', 'photo'],
    ],
    [
      'a student whose stay ends within two months extends it first',
      at(STUDENT.answers, { stayEnd: addDays(TODAY, 45) }),
      'extend-first',
      ['extend', 'apply'],
    ],
    [
      'a student who applied waits for the pickup notice',
      at({ ...STUDENT.answers, card: 'applied' }, STUDENT.dates),
      'wait',
      ['pins', 'documents', 'stay'],
    ],
    [
      'a student with the pickup notice picks up the card',
      at({ ...STUDENT.answers, card: 'pickup' }, STUDENT.dates),
      'pickup',
      ['bring', 'pins', 'refused'],
    ],
    ['a permanent resident renews a card that expires in two months', RESIDENT, 'card-renewal', ['notice', 'early']],
    [
      'a permanent resident with years left is ready, and told about moving',
      at(RESIDENT.answers, { ...RESIDENT.dates, cardIssueDate: '2024-01-20' }),
      'keep',
      ['moving', 'reminders', 'phone'],
    ],
    [
      'a permanent resident whose certificates end before the card renews the certificates',
      at(RESIDENT.answers, { ...RESIDENT.dates, cardIssueDate: '2022-03-01' }),
      'certificate-renewal',
      ['office', 'longer'],
    ],
    [
      'a card holder who never logged in sets up and tests the card',
      at({ ...RESIDENT.answers, tested: false }, { ...RESIDENT.dates, cardIssueDate: '2024-01-20' }),
      'activate',
      ['need', 'myna', 'etax', 'locks'],
    ],
    [
      'a worker who wants the 特定在留カード asks for it with the extension',
      WORKER,
      'stay-soon',
      ['extend', 'tokutei-ask', 'tokutei-counter'],
    ],
    [
      'a worker who does not want it extends, then changes the card validity',
      at({ ...WORKER.answers, tokutei: 'no' }, WORKER.dates),
      'stay-soon',
      ['extend', 'online', 'then'],
    ],
    [
      'a worker whose extension is pending asks for the 2-month 特例期間',
      at({ ...WORKER.answers, renewalPending: true }, WORKER.dates),
      'pending',
      ['special', 'tokutei'],
    ],
    [
      'a worker whose stay was extended changes the card validity before the printed date',
      at(
        { ...WORKER.answers, tokutei: 'no' },
        { ...WORKER.dates, cardExpiryOnCard: addMonthsClamped(TODAY, 2), stayEnd: addMonthsClamped(TODAY, 38) },
      ),
      'validity-change',
      ['go', 'bring', 'pins', 'certificates'],
    ],
    [
      'a worker without a birth date still sees the stay ending',
      at(WORKER.answers, { stayEnd: addMonthsClamped(TODAY, 2) }),
      'stay-soon',
      ['extend', 'tokutei-ask', 'tokutei-counter'],
    ],
  ])('%s', (_name, state, step, items) => {
    expect(where(state)).toEqual({ step, items });
  });
});

describe('journey: questions and early steps', () => {
  it('asks the first question before anything else', () => {
    const j = journey(defaultChecklistState(), content, TODAY);
    expect(j.step.id).toBe('situation');
    expect(j.missing).toEqual(['status']);
  });

  it('weaves the card question in after the address question and drops the notice once applied', () => {
    const j = journey(at({ status: 'mid-long', registered: true, card: 'have' }), content, TODAY);
    expect(j.questions.map((q) => q.question.id)).toEqual([
      'status',
      'registered',
      'card',
      'stayEnd',
      'tokutei',
      'tested',
    ]);
  });

  it('does not offer the 特定在留カード to a short-term visitor, who cannot get the card', () => {
    const j = journey(at({ status: 'short-term' }), content, TODAY);
    expect(j.step.id).toBe('not-eligible');
    expect(j.questions.map((q) => q.question.id)).toEqual(['status']);
  });

  it('offers it to a special permanent resident, who has no period of stay', () => {
    const j = journey(
      at({ status: 'special-permanent', registered: true, card: 'none', noticeReceived: true }),
      content,
      TODAY,
    );
    expect(j.missing).toEqual(['tokutei']);
  });

  it('never shows more than four items, and shows its phase', () => {
    for (const state of [STUDENT, RESIDENT, WORKER]) {
      const j = journey(state, content, TODAY);
      expect(j.items.length).toBeGreaterThanOrEqual(2);
      expect(j.items.length).toBeLessThanOrEqual(MAX_ITEMS);
      expect(j.phase).toBeGreaterThan(0);
    }
  });
});

describe('dueNow: date boundaries', () => {
  const card = (stayEnd: string, extra: ChecklistDates = {}) =>
    at({ status: 'mid-long', registered: true, card: 'have', renewalPending: false }, { stayEnd, ...extra });

  it.each<[string, ChecklistState, string]>([
    ['a stay ending in exactly 3 months is not yet due', card(addMonthsClamped(TODAY, 3)), 'none'],
    ['a stay ending in 3 months less a day is due', card(addDays(addMonthsClamped(TODAY, 3), -1)), 'stay-soon'],
    ['a card ending today is still valid today', card(TODAY), 'stay-soon'],
    ['a card that ended yesterday has expired', card(addDays(TODAY, -1)), 'card-expired'],
    [
      'a leap-day birthday takes 28 February in a common year (age-rule card of a permanent resident)',
      at(
        { status: 'mid-long', registered: true, card: 'have' },
        { stayEnd: 'permanent', birthDate: '1988-02-29', cardIssueDate: '2017-03-01' },
      ),
      'card-renewal',
    ],
    [
      'a minor’s card runs to the 5th birthday, so renewal opens sooner',
      at(
        { status: 'mid-long', registered: true, card: 'have' },
        { stayEnd: 'permanent', birthDate: '2012-01-15', cardIssueDate: '2022-06-01' },
      ),
      'card-renewal',
    ],
  ])('%s', (_name, state, due) => {
    expect(dueNow(state, TODAY).due).toBe(due);
  });

  it('names the expiry of the leap-day card as 28 February', () => {
    const state = at(
      { status: 'mid-long', registered: true, card: 'have' },
      { stayEnd: 'permanent', birthDate: '1988-02-29', cardIssueDate: '2017-03-01' },
    );
    expect(dueNow(state, TODAY).values.cardExpiry).toBe('2027-02-28');
  });

  it('gives no due dates to someone without a card', () => {
    expect(dueNow(STUDENT, TODAY).due).toBe('none');
  });
});
