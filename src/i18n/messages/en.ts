/**
 * English messages of the content script and the background: the reference table of the catalogue (catalogue.ts).
 * Codes are `<area>.<name>`; a value is a string with `{name}` placeholders or a plural table chosen by `{count}`.
 * Every other language's table (messages/<lang>.json) has a subset of these codes; a test checks that none has a
 * code English lacks, that placeholders survive, and what each language still lacks.
 *
 * Write for readers of little English: short, plain, the official Japanese word in brackets where it helps.
 */
export const EN_MESSAGES = {
  'tooltip.noGloss': 'No explanation yet for this label.',
  'tooltip.more': 'More',
  'tooltip.less': 'Less',
  'tooltip.enter': 'Enter: {what}',
  'tooltip.limitChars': { one: 'At most {count} character.', other: 'At most {count} characters.' },
  'tooltip.source': 'Source: {source}',
  'tooltip.sources': 'Sources: {sources}',
  'tooltip.englishFallback': 'English',
  'tooltip.neverRead': 'Tebiki never reads what you type here.',
  'tooltip.alsoPossible': 'Also possible: {values}',

  // The corner banner on the card and JPKI portals: which step of the checklist the user is at.
  'overlay.checklistStep': "Tebiki checklist — next step: {step}. Open Tebiki's popup for details.",
  'overlay.step.eligibility': 'check whether you can apply',
  'overlay.step.documents': 'prepare your documents',
  'overlay.step.pins': 'decide your PINs ({decided} of 4)',
  'overlay.step.dates': 'enter your dates for renewal reminders',
  'overlay.step.done': 'all steps done',

  // Reminder notifications (background) and the popup's list of them. {what} is one of reminder.target.*, {expiry}
  // a date written the reader's way. The words follow dictionaries/checklists/lifecycle.yaml, where their sources are.
  'reminder.target.card': 'My Number Card',
  'reminder.target.userAuthCertificate': 'user authentication certificate',
  'reminder.target.signatureCertificate': 'signature certificate',
  'reminder.windowOpens.title': 'You can renew your {what} now',
  'reminder.windowOpens.body': 'Your {what} expires on {expiry}. You can renew it from today.',
  'reminder.beforeExpiry.title': {
    one: 'Your {what} expires in {count} day',
    other: 'Your {what} expires in {count} days',
  },
  'reminder.beforeExpiry.body': 'Your {what} expires on {expiry}. Renew it before then.',
  'reminder.stayEnds.title': 'Your card ends with your period of stay',
  'reminder.stayEnds.body':
    'Your {what} ends on {expiry}, with your period of stay, and no notice is mailed. After extending your stay, do the validity change (有効期間変更) at your municipal office before that date.',
} as const satisfies Record<string, string | { other: string; one?: string }>;
