import { describe, expect, it } from 'vitest';
import { defaultChecklistState, type ChecklistState } from './state.ts';
import { position, timelineOf } from './timeline.ts';

const TODAY = '2026-12-06';
const at = (answers: ChecklistState['answers'], dates: ChecklistState['dates']): ChecklistState => ({
  ...defaultChecklistState(),
  answers,
  dates,
});
/** The timeline of a mid- to long-term resident who has a card, with these dates. */
const cardHolder = (dates: ChecklistState['dates']) =>
  timelineOf(at({ status: 'mid-long', card: 'have' }, dates), TODAY)!;

describe('timelineOf', () => {
  it('draws nothing without card dates or a dated stay', () => {
    expect(timelineOf(defaultChecklistState(), TODAY)).toBeUndefined();
  });

  it('draws the card, both certificates and the stay, and names what ends first from today on', () => {
    const t = cardHolder({ birthDate: '1990-05-10', cardIssueDate: '2024-03-01', stayEnd: '2027-02-01' });
    expect(t.rows.map((r) => [r.id, r.end])).toEqual([
      ['card', '2027-02-01'],
      ['userAuthCertificate', '2027-02-01'],
      ['signatureCertificate', '2027-02-01'],
      ['stay', '2027-02-01'],
    ]);
    expect(t.first.id).toBe('card');
    expect(t.first.actFrom).toBe('2026-11-02');
  });

  it('skips what has already ended when it says what ends first', () => {
    const t = cardHolder({ birthDate: '1987-02-05', cardIssueDate: '2017-08-06', stayEnd: 'permanent' });
    expect(t.rows.find((r) => r.id === 'userAuthCertificate')!.end < TODAY).toBe(true);
    expect(t.first.id).toBe('card');
  });

  it('leaves out the signature certificate of a child under 15, who normally gets none', () => {
    const t = cardHolder({ birthDate: '2015-04-01', cardIssueDate: '2025-04-10', stayEnd: 'permanent' });
    expect(t.rows.map((r) => r.id)).toEqual(['card', 'userAuthCertificate']);
  });

  it('draws a card holder without dates from today to the end of the stay', () => {
    const t = cardHolder({ stayEnd: '2027-02-01' });
    expect(t.rows.map((r) => [r.id, r.start, r.end])).toEqual([
      ['card', TODAY, '2027-02-01'],
      ['stay', TODAY, '2027-02-01'],
    ]);
  });
});

describe('position', () => {
  it.each([
    ['2026-01-01', 0],
    ['2026-01-06', 0.5],
    ['2026-01-11', 1],
    ['2027-01-01', 1],
  ])('places %s at %d between 1 and 11 January 2026', (date, at) => {
    expect(position(date, '2026-01-01', '2026-01-11')).toBe(at);
  });
});
