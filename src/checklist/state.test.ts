import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_STATE_VERSION,
  STATE_MESSAGES,
  defaultChecklistState,
  eligibilityAnswers,
  lifecycleInput,
  migrateState,
  pruneDocuments,
  type ChecklistState,
  type StateMigration,
} from './state.ts';
import { realChecklists } from './test-checklists.ts';

const FULL: ChecklistState = {
  version: 1,
  answers: { status: 'mid-long', registered: true, noticeReceived: true, renewalPending: false },
  documents: ['photo', 'application-id'],
  pinsDecided: { signature: true, userAuth: true, residentRegistry: false, cardInfo: false },
  dates: {
    birthDate: '1990-05-10',
    cardIssueDate: '2024-06-01',
    cardExpiryOnCard: '2027-03-31',
    stayEnd: '2027-03-31',
  },
  reminders: true,
};

describe('migrateState', () => {
  it('starts fresh, without a message, when nothing was stored', () => {
    expect(migrateState(undefined)).toEqual({ state: defaultChecklistState(), reset: false });
    expect(migrateState(null)).toEqual({ state: defaultChecklistState(), reset: false });
  });

  it('keeps a valid current state as it is', () => {
    expect(migrateState(structuredClone(FULL))).toEqual({ state: FULL, reset: false });
    expect(CHECKLIST_STATE_VERSION).toBe(1);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [FULL]],
    ['an object without a version', { answers: {} }],
    ['a version that is not a number', { ...FULL, version: '1' }],
    ['answers that are not a mapping', { ...FULL, answers: 'mid-long' }],
    ['documents that are not a list', { ...FULL, documents: 'photo' }],
    ['PIN ticks that are not a mapping', { ...FULL, pinsDecided: [true, true] }],
    ['dates that are not a mapping', { ...FULL, dates: '1990-05-10' }],
    ['a reminder opt-in that is not a boolean', { ...FULL, reminders: 'yes' }],
    ['a missing member', { version: 1, answers: {}, documents: [], pinsDecided: {}, dates: {} }],
  ])('resets %s', (_name, raw) => {
    expect(migrateState(raw)).toEqual({
      state: defaultChecklistState(),
      reset: true,
      message: STATE_MESSAGES.unreadable,
    });
  });

  it('resets a state saved by a newer Tebiki, saying so', () => {
    expect(migrateState({ ...FULL, version: CHECKLIST_STATE_VERSION + 1 })).toMatchObject({
      reset: true,
      message: STATE_MESSAGES.newer,
    });
  });

  it('never keeps anything but a boolean as a PIN tick', () => {
    const result = migrateState({
      ...FULL,
      pinsDecided: { signature: 'AB12CD', userAuth: 1234, cardInfo: true, extra: true },
    });
    expect(result.state.pinsDecided).toEqual({
      signature: false,
      userAuth: false,
      residentRegistry: false,
      cardInfo: true,
    });
    expect(result).toMatchObject({ reset: false, message: STATE_MESSAGES.repaired });
    expect(JSON.stringify(result)).not.toMatch(/AB12CD|1234/);
  });

  it('drops bad values one by one and keeps the rest', () => {
    const result = migrateState({
      ...FULL,
      answers: { status: 'tourist', registered: true, stayEnd: '2027-03-31' },
      documents: ['photo', 'photo', 7, 'Not An Id'],
      dates: { birthDate: '1990-02-30', cardIssueDate: 20240601, stayEnd: 'permanent', nickname: 'x' },
      unknownTopLevel: 'ignored',
    });
    expect(result.reset).toBe(false);
    expect(result.message).toEqual(STATE_MESSAGES.repaired);
    expect(result.state).toEqual({
      ...FULL,
      answers: { registered: true },
      documents: ['photo'],
      dates: { stayEnd: 'permanent' },
    });
  });

  describe('with migrations from older versions', () => {
    // Version 1 is the first stored shape, so there is no real older one yet; this fixture stands for the next
    // change and checks the mechanism: each step upgrades N to N+1, then the result is repaired.
    const fromZero: StateMigration = (old) => ({
      version: 1,
      answers: old['answers'],
      documents: old['ticked'],
      pinsDecided: Object.fromEntries((old['pins'] as string[]).map((pin) => [pin, true])),
      dates: {},
      reminders: false,
    });
    const old = { version: 0, answers: { status: 'other' }, ticked: ['photo'], pins: ['signature'] };

    it('upgrades an old version step by step', () => {
      const result = migrateState(old, { 0: fromZero });
      expect(result).toEqual({
        state: {
          ...defaultChecklistState(),
          answers: { status: 'other' },
          documents: ['photo'],
          pinsDecided: { ...defaultChecklistState().pinsDecided, signature: true },
        },
        reset: false,
      });
    });

    it('resets an old version that no migration covers', () => {
      expect(migrateState(old)).toMatchObject({ reset: true, message: STATE_MESSAGES.unreadable });
    });

    it('resets when a migration throws or returns the wrong version', () => {
      const throwing: StateMigration = () => {
        throw new Error('bad');
      };
      expect(migrateState(old, { 0: throwing }).reset).toBe(true);
      expect(migrateState(old, { 0: (o) => ({ ...o, version: 0 }) }).reset).toBe(true);
    });
  });
});

describe('deriving engine inputs from the state', () => {
  it('gives the eligibility engine the stay end from the dates', () => {
    expect(eligibilityAnswers(FULL)).toEqual({ ...FULL.answers, stayEnd: '2027-03-31' });
    expect(eligibilityAnswers(defaultChecklistState())).toEqual({});
  });

  it('builds the life-cycle input, with no period of stay for special permanent residents', () => {
    expect(lifecycleInput(FULL)).toEqual({
      birthDate: '1990-05-10',
      issueDate: '2024-06-01',
      stayEnd: '2027-03-31',
      cardExpiryOnCard: '2027-03-31',
    });
    const special = {
      ...FULL,
      answers: { status: 'special-permanent' as const },
      dates: { ...FULL.dates, stayEnd: undefined },
    };
    expect(lifecycleInput(special)?.stayEnd).toBe('permanent');
    expect(lifecycleInput({ ...FULL, dates: { birthDate: '1990-05-10' } })).toBeUndefined();
  });

  it('drops ticks of items the checklists no longer have, and of items that are not ticked', () => {
    const state = { ...FULL, documents: ['photo', 'retired-item', 'way-pc'] };
    expect(pruneDocuments(state, realChecklists()).documents).toEqual(['photo']);
    expect(pruneDocuments(FULL, realChecklists())).toBe(FULL);
  });
});
