import { describe, expect, it } from 'vitest';
import { defaultChecklistState, type ChecklistState } from '@/src/checklist/state';
import { currentStep } from './checklist-step';

const state = (patch: Partial<ChecklistState>): ChecklistState => ({ ...defaultChecklistState(), ...patch });
const allPins = {
  signature: true,
  userAuth: true,
  residentRegistry: true,
  cardInfo: true,
} as ChecklistState['pinsDecided'];

describe('currentStep', () => {
  it.each([
    ['nothing answered', state({}), 'eligibility'],
    ['answered, no document ticked', state({ answers: { status: 'mid-long' } as never }), 'documents'],
    ['documents ticked, PINs open', state({ answers: { status: 'mid-long' } as never, documents: ['photo'] }), 'pins'],
    [
      'PINs decided, no dates',
      state({ answers: { status: 'mid-long' } as never, documents: ['photo'], pinsDecided: allPins }),
      'dates',
    ],
    [
      'everything done',
      state({
        answers: { status: 'mid-long' } as never,
        documents: ['photo'],
        pinsDecided: allPins,
        dates: { birthDate: '1990-01-01', cardIssueDate: '2025-01-01' },
      }),
      'done',
    ],
  ])('says the step when %s', (_name, input, step) => {
    expect(currentStep(input).step).toBe(step);
  });
});
