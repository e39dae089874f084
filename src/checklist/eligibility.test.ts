import { describe, expect, it } from 'vitest';
import { cleanAnswers, evaluateEligibility, questionsToAsk } from './eligibility.ts';
import { addDays } from './iso-date.ts';
import { realChecklists } from './test-checklists.ts';
import { RESIDENCE_STATUSES, type EligibilityAnswers } from './types.ts';

const TODAY = '2025-04-01';
const { eligibility } = realChecklists();
const evaluate = (answers: EligibilityAnswers, today = TODAY) => evaluateEligibility(answers, eligibility, today);
const ids = <T extends { id: string }>(list: T[]) => list.map((x) => x.id);

/** A registered mid-to-long-term resident with the notice, a stay ending in two years and no renewal pending. */
const SETTLED: EligibilityAnswers = {
  status: 'mid-long',
  registered: true,
  noticeReceived: true,
  stayEnd: '2027-03-31',
  renewalPending: false,
};

describe('evaluateEligibility with the real rules', () => {
  it.each<[string, EligibilityAnswers, string, string[], string[]]>([
    [
      'a settled resident can apply now',
      SETTLED,
      'apply-now',
      ['has-resident-record'],
      ['prepare', 'choose-way', 'plan-pins'],
    ],
    [
      'a permanent resident is not asked about renewals',
      { status: 'mid-long', registered: true, noticeReceived: true, stayEnd: 'permanent' },
      'apply-now',
      ['has-resident-record'],
      ['prepare', 'choose-way', 'plan-pins'],
    ],
    [
      'a special permanent resident has no period of stay to ask about',
      { status: 'special-permanent', registered: true, noticeReceived: true },
      'apply-now',
      ['has-resident-record'],
      ['prepare', 'choose-way', 'plan-pins'],
    ],
    [
      'a provisional-stay holder without the notice is told to wait for it first',
      { status: 'other', registered: true, noticeReceived: false },
      'apply-now',
      ['has-resident-record', 'no-notice'],
      ['wait-for-notice', 'prepare', 'choose-way', 'plan-pins'],
    ],
    [
      'a pending visa renewal means applying after it',
      { ...SETTLED, renewalPending: true },
      'after-renewal',
      ['renewal-pending'],
      ['finish-renewal'],
    ],
    [
      'a stay ending within 60 days means applying after the renewal',
      { ...SETTLED, stayEnd: addDays(TODAY, 60) },
      'after-renewal',
      ['stay-ends-soon'],
      ['finish-renewal'],
    ],
    [
      'a stay ending today counts as ending soon',
      { ...SETTLED, stayEnd: TODAY },
      'after-renewal',
      ['stay-ends-soon'],
      ['finish-renewal'],
    ],
    [
      'an end of stay that has passed asks for the new date',
      { ...SETTLED, stayEnd: addDays(TODAY, -1) },
      'after-renewal',
      ['stay-ended'],
      ['enter-new-stay-end', 'finish-renewal'],
    ],
    [
      'a pending renewal and a stay ending soon give both reasons and one step',
      { ...SETTLED, stayEnd: addDays(TODAY, 10), renewalPending: true },
      'after-renewal',
      ['renewal-pending', 'stay-ends-soon'],
      ['finish-renewal'],
    ],
    [
      'a short-term visitor is not eligible',
      { status: 'short-term' },
      'not-eligible',
      ['short-term'],
      ['move-in-later'],
    ],
    [
      'someone without a resident record is not eligible yet',
      { status: 'mid-long', registered: false },
      'not-eligible',
      ['not-registered'],
      ['register'],
    ],
  ])('%s', (_name, answers, outcome, reasons, nextSteps) => {
    const result = evaluate(answers);
    expect(result.outcome).toBe(outcome);
    expect(ids(result.reasons)).toEqual(reasons);
    expect(ids(result.nextSteps)).toEqual(nextSteps);
    expect(result.missing).toEqual([]);
    expect(result.label.id).toBe(`eligibility.outcome.${outcome}.label`);
    for (const reason of result.reasons) expect(reason.sources.length).toBeGreaterThan(0);
  });

  it('treats a stay ending on day 61 as far enough away', () => {
    expect(evaluate({ ...SETTLED, stayEnd: addDays(TODAY, 61) }).outcome).toBe('apply-now');
  });

  it('asks the first question when nothing is answered', () => {
    const result = evaluate({});
    expect(result).toMatchObject({ outcome: 'incomplete', reasons: [], nextSteps: [], missing: ['status'] });
    expect(ids(result.ask)).toEqual(['status']);
  });

  it('waits for the remaining answers before saying "apply now"', () => {
    const result = evaluate({ status: 'mid-long', registered: true });
    expect(result.outcome).toBe('incomplete');
    expect(result.missing).toEqual(['noticeReceived', 'stayEnd']);
  });

  it('waits too when the answers so far say "after the renewal"', () => {
    const result = evaluate({ status: 'mid-long', registered: true, noticeReceived: true, stayEnd: TODAY });
    expect(result.outcome).toBe('incomplete');
    expect(result.missing).toEqual(['renewalPending']);
  });

  it('says "not eligible" at once, since no later answer can change it', () => {
    expect(evaluate({ status: 'short-term' }).missing).toEqual([]);
    expect(evaluate({ status: 'special-permanent', registered: false }).outcome).toBe('not-eligible');
  });

  it('ignores answers to questions that are no longer asked', () => {
    const result = evaluate({ status: 'short-term', registered: true, noticeReceived: false, renewalPending: true });
    expect(ids(result.reasons)).toEqual(['short-term']);
    expect(ids(result.ask)).toEqual(['status']);
    const special = evaluate({ status: 'special-permanent', registered: true, noticeReceived: true, stayEnd: TODAY });
    expect(special.outcome).toBe('apply-now');
  });

  it('treats malformed answers as unanswered', () => {
    const garbage = { status: 'tourist', registered: 'yes', stayEnd: '2025-02-30' } as unknown as EligibilityAnswers;
    expect(evaluate(garbage)).toMatchObject({ outcome: 'incomplete', missing: ['status'] });
    expect(cleanAnswers({ status: 'other', registered: true, stayEnd: 'soon' })).toEqual({
      status: 'other',
      registered: true,
    });
  });

  it('rejects a today that is not a date', () => {
    expect(() => evaluate(SETTLED, '1 April')).toThrow(RangeError);
  });

  it('decides every complete set of answers: no gap in the rules', () => {
    const stayEnds = [undefined, 'permanent', addDays(TODAY, -5), addDays(TODAY, 5), addDays(TODAY, 400)] as const;
    const yesNo = [undefined, true, false];
    let complete = 0;
    for (const status of [undefined, ...RESIDENCE_STATUSES])
      for (const registered of yesNo)
        for (const noticeReceived of yesNo)
          for (const stayEnd of stayEnds)
            for (const renewalPending of yesNo) {
              const answers = cleanAnswers({ status, registered, noticeReceived, stayEnd, renewalPending });
              const result = evaluate(answers);
              if (result.missing.length > 0) continue;
              complete++;
              expect(result.outcome, JSON.stringify(answers)).not.toBe('incomplete');
              expect(result.reasons.length, JSON.stringify(answers)).toBeGreaterThan(0);
            }
    expect(complete).toBeGreaterThan(50);
  });
});

describe('questionsToAsk', () => {
  it.each<[EligibilityAnswers, string[]]>([
    [{}, ['status']],
    [{ status: 'short-term' }, ['status']],
    [{ status: 'mid-long' }, ['status', 'registered']],
    [{ status: 'mid-long', registered: true }, ['status', 'registered', 'noticeReceived', 'stayEnd']],
    [
      { status: 'mid-long', registered: true, stayEnd: 'permanent' },
      ['status', 'registered', 'noticeReceived', 'stayEnd'],
    ],
    [
      { status: 'mid-long', registered: true, stayEnd: '2027-03-31' },
      ['status', 'registered', 'noticeReceived', 'stayEnd', 'renewalPending'],
    ],
    [{ status: 'special-permanent', registered: true }, ['status', 'registered', 'noticeReceived']],
    [{ status: 'other', registered: false }, ['status', 'registered']],
  ])('%j → %j', (answers, expected) => {
    expect(ids(questionsToAsk(answers, eligibility, TODAY))).toEqual(expected);
  });
});
