/**
 * The compiled checklists, produced at build time by a Vite plugin that runs compileChecklists() over
 * dictionaries/checklists/*.yaml and fails the build on any error (see compile.ts).
 * @example import checklists from 'virtual:tebiki-checklists'; evaluateEligibility(answers, checklists.eligibility, today)
 */
declare module 'virtual:tebiki-checklists' {
  const checklists: import('./types').Checklists;
  export default checklists;
}

/**
 * What the background's reminders and badge say, and nothing else: the reminder texts and the names of the card
 * and certificates (as in the checklists), and their strings by language (flat ids → text).
 */
declare module 'virtual:tebiki-reminder-strings' {
  const reminderStrings: {
    targets: import('./types').LifecycleChecklist['targets'];
    reminders: import('./types').LifecycleChecklist['reminders'];
    strings: Record<string, Record<string, string>>;
  };
  export default reminderStrings;
}
