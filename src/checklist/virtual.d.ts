/**
 * The compiled checklists, produced at build time by a Vite plugin that runs compileChecklists() over
 * dictionaries/checklists/*.yaml and fails the build on any error (see compile.ts).
 * @example import checklists from 'virtual:tebiki-checklists'; evaluateEligibility(answers, checklists.eligibility, today)
 */
declare module 'virtual:tebiki-checklists' {
  const checklists: import('./types').Checklists;
  export default checklists;
}
