/**
 * Checks a language's message table (messages/<lang>.json) against the English reference: the build (language
 * packs) and the locales test use it, so that a bad table fails before a user sees `{what}` or an empty line.
 */
import { EN_MESSAGES } from './messages/en.ts';
import type { MessageCode, MessageTable, MessageText } from './catalogue.ts';
import type { Language } from './languages.ts';

/** One problem in a table: the code it is about (when it is about one) and why. */
export interface TableIssue {
  code?: string;
  reason: string;
}

/** Every code of the catalogue, in the order of messages/en.ts. */
export const MESSAGE_CODES = Object.keys(EN_MESSAGES) as MessageCode[];
const CODE_SET: ReadonlySet<string> = new Set(MESSAGE_CODES);

/**
 * The `{name}` placeholders of a message, each once, sorted (all plural forms together).
 * @example placeholdersOf({ one: '{count} day', other: '{count} days' }) // ['count']
 */
export function placeholdersOf(message: MessageText): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

/**
 * Runs of kanji and katakana (official names such as 住民票, 有効期間変更) in a text: a translation keeps them, so
 * that the reader can match the word on the page or at the counter.
 */
export function japaneseNames(text: string): string[] {
  return [...text.matchAll(/[\u30a0-\u30ff\u3400-\u9fff々〆ー]{2,}/g)].map((m) => m[0]);
}

const textsOf = (message: MessageText): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => t !== undefined);

/**
 * Validates a parsed table for `lang`: known codes only, no empty text, plural forms the language has (with
 * `other`), the English placeholders and Japanese names kept. Returns the valid messages and every problem.
 * @example checkMessageTable('vi', { 'tooltip.more': 'Thêm' }).issues // []
 */
export function checkMessageTable(lang: Language, raw: unknown): { table: MessageTable; issues: TableIssue[] } {
  const issues: TableIssue[] = [];
  const table: MessageTable = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { table, issues: [{ reason: 'the table must be a JSON object of message codes' }] };
  }
  const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    const fail = (reason: string) => issues.push({ code, reason });
    if (!CODE_SET.has(code)) {
      fail('not a code of messages/en.ts');
      continue;
    }
    const english: MessageText = EN_MESSAGES[code as MessageCode];
    let message: MessageText;
    if (typeof value === 'string') {
      message = value;
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const forms = value as Record<string, unknown>;
      if (typeof english === 'string') {
        fail('English has no plural forms here: write one string');
        continue;
      }
      const unknown = Object.keys(forms).filter((form) => !categories.has(form));
      if (unknown.length > 0) {
        fail(`plural forms ${unknown.join(', ')} are not used in ${lang} (it has ${[...categories].join(', ')})`);
        continue;
      }
      if (!Object.values(forms).every((t) => typeof t === 'string')) {
        fail('every plural form must be a string');
        continue;
      }
      if (typeof forms['other'] !== 'string') {
        fail('a plural table needs `other`');
        continue;
      }
      message = forms as MessageText;
    } else {
      fail('a message is a string or a table of plural forms');
      continue;
    }
    if (textsOf(message).some((text) => text.trim() === '')) {
      fail('empty text');
      continue;
    }
    const want = placeholdersOf(english).join(', ');
    const got = placeholdersOf(message).join(', ');
    if (got !== want) {
      fail(`placeholders {${got}} differ from English {${want}}`);
      continue;
    }
    const missing = textsOf(english)
      .flatMap(japaneseNames)
      .filter((name) => !textsOf(message).every((text) => text.includes(name)));
    if (missing.length > 0) {
      fail(`keep the Japanese ${[...new Set(missing)].join(', ')} as in English`);
      continue;
    }
    table[code as MessageCode] = message;
  }
  return { table, issues };
}

/** The codes a table lacks (English stands in for them). */
export function missingCodes(table: MessageTable): MessageCode[] {
  return MESSAGE_CODES.filter((code) => !Object.hasOwn(table, code));
}
