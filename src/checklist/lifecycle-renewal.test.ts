import { describe, expect, it } from 'vitest';
import { itMapsEach } from '../test-each.ts';
import { computeLifecycle, reminderDates, renewalWindowOpens, validityChange } from './lifecycle.ts';

describe('renewalWindowOpens is the day after the same date 3 months earlier', () => {
  itMapsEach('expiry %s → opens %s', renewalWindowOpens, [
    ['2030-05-10', '2030-02-11'],
    ['2030-05-31', '2030-03-01'],
    ['2028-05-31', '2028-03-01'],
    ['2028-05-29', '2028-03-01'],
    ['2030-03-31', '2030-01-01'],
    ['2030-01-15', '2029-10-16'],
    ['2030-02-28', '2029-11-29'],
    ['2029-08-31', '2029-06-01'],
  ]);
});

describe('reminderDates', () => {
  const permanent = computeLifecycle({ birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: 'permanent' });

  it('reminds when renewal opens and 30 and 7 days before each expiry, merging same-day targets', () => {
    const reminders = reminderDates(permanent);
    expect(reminders.map((r) => [r.id, r.targets.map((t) => t.target)])).toEqual([
      ['window-opens@2029-02-11', ['userAuthCertificate', 'signatureCertificate']],
      ['before-expiry-30@2029-04-10', ['userAuthCertificate', 'signatureCertificate']],
      ['before-expiry-7@2029-05-03', ['userAuthCertificate', 'signatureCertificate']],
      ['window-opens@2034-02-11', ['card']],
      ['before-expiry-30@2034-04-10', ['card']],
      ['before-expiry-7@2034-05-03', ['card']],
    ]);
    expect(reminders[0]!.daysBefore).toBe(88);
  });

  it('drops reminders before today', () => {
    expect(reminderDates(permanent, { today: '2029-04-11' }).map((r) => r.date)).toEqual([
      '2029-05-03',
      '2034-02-11',
      '2034-04-10',
      '2034-05-03',
    ]);
  });

  it('marks a card that ends with the period of stay, and drops dates before issue', () => {
    const short = computeLifecycle({ birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: '2024-07-15' });
    const reminders = reminderDates(short);
    expect(reminders.map((r) => r.id)).toEqual(['before-expiry-30@2024-06-15', 'before-expiry-7@2024-07-08']);
    expect(reminders[0]!.targets[0]).toEqual({ target: 'card', expiry: '2024-07-15', cappedBy: 'period-of-stay' });
  });

  it('leaves out the signature certificate of a child under 15 unless asked', () => {
    const child = computeLifecycle({ birthDate: '2012-01-01', issueDate: '2024-06-01', stayEnd: 'permanent' });
    const targets = (options = {}) =>
      new Set(reminderDates(child, options).flatMap((r) => r.targets.map((t) => t.target)));
    expect(targets().has('signatureCertificate')).toBe(false);
    expect(targets({ includeSignature: true }).has('signatureCertificate')).toBe(true);
  });
});

describe('validityChange after extending a stay', () => {
  const base = { birthDate: '1990-05-10', cardIssueDate: '2024-06-01', cardExpiryOnCard: '2025-03-31' };
  it.each([
    [
      'is needed up to the new end of stay',
      base,
      '2028-03-31',
      { needed: true, newExpiry: '2028-03-31', deadline: '2025-03-31' },
    ],
    [
      'stops at the 10th birthday',
      base,
      '2040-01-01',
      { needed: true, newExpiry: '2034-05-10', deadline: '2025-03-31' },
    ],
    [
      'reaches the 10th birthday for a new permanent resident',
      base,
      'permanent',
      { needed: true, newExpiry: '2034-05-10' },
    ],
    [
      'is not needed when the stay was not extended',
      base,
      '2025-03-31',
      { needed: false, reason: 'stay-not-extended' },
    ],
    [
      'is not needed when the card already runs to its birthday',
      { ...base, cardExpiryOnCard: '2034-05-10' },
      '2040-01-01',
      { needed: false, reason: 'card-follows-age-rule' },
    ],
    [
      'stops at the 5th birthday for a card issued to a minor',
      { birthDate: '2010-08-20', cardIssueDate: '2024-06-01', cardExpiryOnCard: '2025-03-31' },
      '2030-01-01',
      { needed: true, newExpiry: '2028-08-20', ageRuleExpiry: '2028-08-20' },
    ],
  ] as const)('%s', (_name, input, stayEnd, expected) => {
    expect(validityChange({ ...input, stayEnd })).toMatchObject(expected);
  });
});
