import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthdayIn,
  cardExpiry,
  certificateExpiry,
  computeLifecycle,
  nthBirthdayAfter,
  type Lifecycle,
  type LifecycleInput,
  type StayEnd,
} from './lifecycle.ts';

/** What a case expects of a result: any part of it, to any depth (as toMatchObject compares). */
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

describe('ageOn counts age as reached at the end of the day before the birthday', () => {
  it.each([
    ['2008-05-10', '2026-05-09', 17, 'the day before the 18th birthday'],
    ['2008-05-10', '2026-05-10', 18, 'the 18th birthday'],
    ['2008-02-29', '2026-02-28', 17, '28 February in a common year, for a 29 February birth'],
    ['2008-02-29', '2026-03-01', 18, '1 March in a common year, for a 29 February birth'],
    ['2008-02-29', '2028-02-28', 19, '28 February in a leap year'],
    ['2008-02-29', '2028-02-29', 20, '29 February in a leap year'],
    ['2008-03-01', '2028-02-29', 19, '29 February, for a 1 March birth'],
  ])('born %s, on %s: %i (%s)', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});

describe('birthdayIn takes 28 February for a 29 February birthday in a common year', () => {
  it.each([
    ['2000-02-29', 2025, '2025-02-28'],
    ['2000-02-29', 2028, '2028-02-29'],
    ['2000-02-29', 2100, '2100-02-28'],
    ['2000-02-29', 2400, '2400-02-29'],
    ['1990-05-10', 2031, '2031-05-10'],
  ])('born %s, in %i: %s', (birth, year, expected) => {
    expect(birthdayIn(birth, year)).toBe(expected);
  });
});

describe('nthBirthdayAfter counts only birthdays strictly after the date', () => {
  it.each([
    ['1990-05-10', '2024-05-09', 1, '2024-05-10'],
    ['1990-05-10', '2024-05-10', 1, '2025-05-10'],
    ['2000-02-29', '2021-02-28', 1, '2022-02-28'],
    ['2000-02-29', '2021-02-27', 1, '2021-02-28'],
    ['2000-02-29', '2023-03-01', 1, '2024-02-29'],
  ])('born %s, after %s, birthday #%i is %s', (birth, after, n, expected) => {
    expect(nthBirthdayAfter(birth, after, n)).toBe(expected);
  });
});

type CardCase = [
  name: string,
  birth: string,
  issue: string,
  stay: StayEnd,
  expiry: string,
  capped: string,
  adult: boolean,
];

describe('cardExpiry', () => {
  it.each<CardCase>([
    [
      'an adult issued before the birthday: 10th birthday',
      '1990-05-10',
      '2024-05-09',
      'permanent',
      '2033-05-10',
      'age-rule',
      true,
    ],
    [
      'an adult issued on the birthday: it does not count',
      '1990-05-10',
      '2024-05-10',
      'permanent',
      '2034-05-10',
      'age-rule',
      true,
    ],
    ['an adult issued after the birthday', '1990-05-10', '2024-06-01', 'permanent', '2034-05-10', 'age-rule', true],
    ['a minor: 5th birthday', '2010-08-20', '2024-06-01', 'permanent', '2028-08-20', 'age-rule', false],
    [
      'issued the day before the 18th birthday: a minor',
      '2006-07-15',
      '2024-07-14',
      'permanent',
      '2028-07-15',
      'age-rule',
      false,
    ],
    ['issued on the 18th birthday: an adult', '2006-07-15', '2024-07-15', 'permanent', '2034-07-15', 'age-rule', true],
    [
      'a 29 February birthday lands on 28 February',
      '2000-02-29',
      '2020-06-01',
      'permanent',
      '2030-02-28',
      'age-rule',
      true,
    ],
    [
      'a 29 February birthday lands on 29 February in a leap year',
      '2004-02-29',
      '2026-03-01',
      'permanent',
      '2036-02-29',
      'age-rule',
      true,
    ],
    [
      'issued on 28 Feb, the leap-day birthday of a common year: not counted',
      '2000-02-29',
      '2021-02-28',
      'permanent',
      '2031-02-28',
      'age-rule',
      true,
    ],
    [
      'issued on 28 Feb of the 18th year, born 29 Feb: still 17',
      '2008-02-29',
      '2026-02-28',
      'permanent',
      '2031-02-28',
      'age-rule',
      false,
    ],
    [
      'issued on 1 Mar of the 18th year, born 29 Feb: 18',
      '2008-02-29',
      '2026-03-01',
      'permanent',
      '2036-02-29',
      'age-rule',
      true,
    ],
    [
      'a period of stay ending earlier caps it',
      '1990-05-10',
      '2024-06-01',
      '2027-03-31',
      '2027-03-31',
      'period-of-stay',
      true,
    ],
    [
      'a period of stay ending later does not',
      '1990-05-10',
      '2024-06-01',
      '2040-01-01',
      '2034-05-10',
      'age-rule',
      true,
    ],
    [
      'a period of stay ending on the same day: the age rule',
      '1990-05-10',
      '2024-06-01',
      '2034-05-10',
      '2034-05-10',
      'age-rule',
      true,
    ],
    ['a minor with a period of stay', '2010-08-20', '2024-06-01', '2026-12-31', '2026-12-31', 'period-of-stay', false],
  ])('%s', (_name, birthDate, issueDate, stayEnd, expiry, cappedBy, adultAtIssue) => {
    const result = cardExpiry({ birthDate, issueDate, stayEnd });
    expect(result).toMatchObject({ expiry, cappedBy, adultAtIssue, birthdays: adultAtIssue ? 10 : 5 });
  });

  it('gives permanent residents, 高度専門職2号 and special permanent residents the age rule ("permanent")', () => {
    const withStay = cardExpiry({ birthDate: '1985-11-03', issueDate: '2025-01-20', stayEnd: '2026-01-20' });
    const permanent = cardExpiry({ birthDate: '1985-11-03', issueDate: '2025-01-20', stayEnd: 'permanent' });
    expect(withStay.expiry).toBe('2026-01-20');
    expect(permanent.expiry).toBe('2034-11-03');
    expect(permanent.ageRuleExpiry).toBe(withStay.ageRuleExpiry);
  });

  it('uses the age of 20 for applications made before 1 April 2022', () => {
    const base = { birthDate: '2002-09-01', stayEnd: 'permanent' as const };
    expect(cardExpiry({ ...base, issueDate: '2022-03-15' }).expiry).toBe('2026-09-01');
    expect(cardExpiry({ ...base, issueDate: '2022-05-10', applicationDate: '2022-03-20' }).expiry).toBe('2026-09-01');
    expect(cardExpiry({ ...base, issueDate: '2022-05-10', applicationDate: '2022-04-01' }).expiry).toBe('2031-09-01');
  });

  it.each([
    ['an impossible date', { birthDate: '1990-02-30', issueDate: '2024-06-01', stayEnd: 'permanent' }, /birthDate/],
    [
      'an issue date before birth',
      { birthDate: '2024-06-02', issueDate: '2024-06-01', stayEnd: 'permanent' },
      /before birthDate/,
    ],
    [
      'a stay that ended before issue',
      { birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: '2024-05-31' },
      /before issueDate/,
    ],
    [
      'a date in another format',
      { birthDate: '1990/05/10', issueDate: '2024-06-01', stayEnd: 'permanent' },
      /YYYY-MM-DD/,
    ],
  ])('throws a RangeError on %s', (_name, input, message) => {
    expect(() => cardExpiry(input)).toThrow(message);
  });
});

describe('certificateExpiry', () => {
  const birthDate = '1990-05-10';
  it.each([
    [
      'the 5th birthday after issue',
      '2024-06-01',
      '2034-05-10',
      'permanent',
      undefined,
      '2029-05-10',
      'fifth-birthday',
    ],
    [
      'capped at the period of stay',
      '2024-06-01',
      '2027-03-31',
      '2027-03-31',
      undefined,
      '2027-03-31',
      'period-of-stay',
    ],
    ['capped at the card', '2024-06-01', '2026-01-31', 'permanent', undefined, '2026-01-31', 'card'],
    [
      'the signature certificate capped at the user one',
      '2026-01-15',
      '2034-05-10',
      'permanent',
      '2029-05-10',
      '2029-05-10',
      'user-auth-certificate',
    ],
  ] as const)('%s', (_name, issueDate, cardExpiryDate, stayEnd, userAuthExpiry, expiry, cappedBy) => {
    const input = {
      birthDate,
      issueDate,
      cardExpiry: cardExpiryDate,
      stayEnd,
      ...(userAuthExpiry ? { userAuthExpiry } : {}),
    };
    expect(certificateExpiry(input)).toEqual({ issueDate, expiry, cappedBy });
  });

  it('lands a 29 February birthday on 28 February', () => {
    const input = { birthDate: '2000-02-29', issueDate: '2020-06-01', cardExpiry: '2030-02-28', stayEnd: 'permanent' };
    expect(certificateExpiry(input).expiry).toBe('2025-02-28');
  });
});

describe('computeLifecycle', () => {
  it('computes the card, both certificates and when renewal opens', () => {
    const result = computeLifecycle({ birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: 'permanent' });
    expect(result.card.expiry).toBe('2034-05-10');
    expect(result.userAuthCertificate.expiry).toBe('2029-05-10');
    expect(result.signatureCertificate.expiry).toBe('2029-05-10');
    expect(result.signatureNormallyIssued).toBe(true);
    expect(result.renewalOpens).toEqual({
      card: '2034-02-11',
      userAuthCertificate: '2029-02-11',
      signatureCertificate: '2029-02-11',
    });
  });

  it.each<[string, LifecycleInput, DeepPartial<Lifecycle>]>([
    [
      'caps everything at the period of stay for a foreign resident',
      { birthDate: '1990-05-10', issueDate: '2024-06-01', stayEnd: '2025-03-31' },
      {
        card: { expiry: '2025-03-31', cappedBy: 'period-of-stay', ageRuleExpiry: '2034-05-10' },
        userAuthCertificate: { expiry: '2025-03-31', cappedBy: 'period-of-stay' },
        signatureCertificate: { expiry: '2025-03-31', cappedBy: 'period-of-stay' },
      },
    ],
    [
      'trusts the expiry printed on the card over the computed one',
      {
        birthDate: '1990-05-10',
        issueDate: '2024-06-01',
        stayEnd: '2028-03-31', // extended since; the card still shows the old end
        cardExpiryOnCard: '2025-03-31',
      },
      {
        card: { expiry: '2025-03-31', cappedBy: 'period-of-stay' },
        userAuthCertificate: { expiry: '2025-03-31', cappedBy: 'card' },
      },
    ],
    [
      'uses separate certificate issue dates and caps the signature certificate at the user one',
      {
        birthDate: '2010-08-20',
        issueDate: '2024-06-01',
        stayEnd: 'permanent',
        userAuthIssueDate: '2025-01-10',
        signatureIssueDate: '2026-01-15',
      },
      {
        card: { expiry: '2028-08-20' },
        userAuthCertificate: { expiry: '2028-08-20', cappedBy: 'card' },
        signatureCertificate: { expiry: '2028-08-20', cappedBy: 'card' },
      },
    ],
  ])('%s', (_name, input, expected) => {
    expect(computeLifecycle(input)).toMatchObject(expected);
  });

  it.each([
    ['2009-06-01', '2024-06-01', true, '15 on the issue day'],
    ['2009-06-01', '2024-05-31', false, '14 the day before'],
    ['2012-01-01', '2024-06-01', false, 'a 12-year-old'],
  ])('born %s, issued %s: signature certificate normally issued is %s (%s)', (birthDate, issueDate, expected) => {
    expect(computeLifecycle({ birthDate, issueDate, stayEnd: 'permanent' }).signatureNormallyIssued).toBe(expected);
  });
});
