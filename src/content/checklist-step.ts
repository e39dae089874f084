/**
 * Which step of the My Number Card checklist the user is at, for the banner the overlay shows on the card
 * application and JPKI portals. Derived from the shared checklist state; nothing is stored here.
 */
import type { ChecklistState } from '@/src/checklist/state';

export type StepId = 'eligibility' | 'documents' | 'pins' | 'dates' | 'done';

/** The first step not yet done, and how many of the four PINs are decided. */
export function currentStep(state: ChecklistState): { step: StepId; pinsDecided: number } {
  const pinsDecided = Object.values(state.pinsDecided).filter(Boolean).length;
  const answered = Object.values(state.answers).some((value) => value !== undefined && value !== null);
  let step: StepId = 'done';
  if (!answered) step = 'eligibility';
  else if (state.documents.length === 0) step = 'documents';
  else if (pinsDecided < 4) step = 'pins';
  else if (!state.dates.birthDate || !state.dates.cardIssueDate) step = 'dates';
  return { step, pinsDecided };
}
