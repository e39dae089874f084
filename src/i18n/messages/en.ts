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

  // One-click conversions (src/hints/convert.ts), as button labels.
  'convert.to-katakana': 'Convert to katakana',
  'convert.romaji-to-katakana': 'Romaji → katakana',
  'convert.halfwidth-kana-to-fullwidth': 'Half-width kana → full-width',
  'convert.to-fullwidth': 'Make full-width',
  'convert.to-halfwidth': 'Make half-width',
  'convert.strip-separators': 'Remove spaces and hyphens',
  'convert.replace-lookalikes': 'Replace rejected characters',
  'convert.western-to-era': 'Western → Japanese era',
  'convert.era-to-western': 'Japanese era → western',

  // Checks when the user leaves a field (src/hints/checks.ts, check-dates.ts, fact-checks.ts).
  'check.halfwidthKatakana': 'Half-width katakana (ｶﾅ) are rejected: use full-width katakana (カナ).',
  'check.notJis': 'The government systems do not accept {chars} (outside JIS X 0208).',
  'check.notJisSwap':
    'The government systems do not accept {chars} (outside JIS X 0208). Use {swaps} if that is how it is registered.',
  'check.hiragana': 'This field takes katakana, not hiragana.',
  'check.romaji': 'This field takes the reading in katakana, not the alphabet.',
  'check.notKatakana': {
    one: 'Only katakana go here: {chars} is not katakana.',
    other: 'Only katakana go here: {chars} are not katakana.',
  },
  'check.notHiragana': {
    one: 'Only hiragana go here: {chars} is not hiragana.',
    other: 'Only hiragana go here: {chars} are not hiragana.',
  },
  'check.notFullwidth':
    'This field takes full-width characters (ＡＢＣ１２３): half-width letters, digits or spaces are in it.',
  'check.notHalfwidth': 'Use half-width characters (ABC 123), not full-width (ＡＢＣ１２３).',
  'check.notDigits': {
    one: 'Only digits go here: {chars} is not a digit.',
    other: 'Only digits go here: {chars} are not digits.',
  },
  'check.separators': 'Enter the digits only, without spaces or hyphens.',
  'check.digitCount': 'This takes {expected} digits; this has {count}.',
  'check.checkDigit':
    'This is not a valid My Number: the last digit (check digit) does not match, so a digit is probably mistyped.',
  'check.phoneInternational':
    'Write the number as dialled in Japan: 0 instead of +81 (+81 90-1234-5678 → 090-1234-5678).',
  'check.phoneChars': 'A phone number is made of digits and hyphens: {chars} do not belong in it.',
  'check.phoneDigitCount': 'A Japanese phone number has 10 or 11 digits including the first 0; this has {count}.',
  'check.phoneStart': 'A Japanese phone number starts with 0 (e.g. 03-…, 090-…).',
  'check.email': 'This does not look like an e-mail address (name@example.jp), in half-width characters.',
  'check.eraUnsupported': 'Tebiki converts dates from 大正 (1912) on; check 明治 dates against the form’s own list.',
  'check.invalidDate': 'That day does not exist.',
  'check.eraYearZero': '{era} starts at year 1, written 元年.',
  'check.eraYearPast': '{era} has no year {year}: it ended in {era}{last}年.',
  'check.eraYearPastNext': '{era} has no year {year}: it ended in {era}{last}年; {western} is {now}.',
  'check.eraDate': 'That day is not in {era}: {era} runs from {start} to {end}.',
  'check.eraDateOpen': 'That day is not in {era}: {era} began on {start}.',
  'check.westernDate': 'Japanese forms often want the era: {value} = {eras}.',
  'check.yearDigits': 'Enter the year as a number (e.g. 7 for 令和7年).',
  'check.eraForWestern': 'This field asks for the western calendar (西暦): {value} is {western}.',
  'check.westernOnly': 'This field asks for a date in the western calendar (西暦), e.g. 1990-04-01.',
  'check.notAlphabet': 'Write the name in the alphabet, exactly as on your residence card.',
  'check.accented': 'The systems take A–Z only: write {chars} as on your residence card (usually without the accent).',
  'check.notAlnum': {
    one: 'Only letters A–Z and digits 0–9 go here: {chars} is neither.',
    other: 'Only letters A–Z and digits 0–9 go here: {chars} are neither.',
  },
  'check.notAlphabetOnly': 'Only letters A–Z go here: {chars}.',
  'check.yen': 'Enter whole yen in digits, without ¥, 円 or a decimal point: {chars}.',
  'check.boxDigits': { one: 'This box takes {count} digit.', other: 'This box takes up to {count} digits.' },
  'check.tooLong': 'Too long: this field takes at most {limit} characters; this has {count}.',
  'check.tooShort': 'Too short: this field takes at least {min} characters; this has {count}.',
  'check.exactLength': 'This field takes exactly {length} characters; this has {count}.',
  'check.noHyphen': 'This field takes no hyphens: leave them out.',
  'check.hyphenNeeded': 'This field asks for hyphens (e.g. {example}).',
  'check.missing.letter': 'This page asks for at least one letter (A–Z).',
  'check.missing.digit': 'This page asks for at least one digit (0–9).',
  'check.missing.lower': 'This page asks for at least one lowercase letter (a–z).',
  'check.missing.upper': 'This page asks for at least one capital letter (A–Z).',
  'check.missing.symbol': 'This page asks for at least one symbol.',
} as const satisfies Record<string, string | { other: string; one?: string }>;
