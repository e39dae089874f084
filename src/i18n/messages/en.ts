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
} as const satisfies Record<string, string | { other: string; one?: string }>;
