/**
 * What the grammar validators (schema-grammar-words.ts, schema-grammar-tables.ts) share: the issue list of one file,
 * the value checks and the per-language templates.
 */

import { GLOSS_LANGUAGES } from '../../src/i18n/languages.ts';
import type { DictionaryIssue } from '../../src/dictionary/schema.ts';
import type { Templates } from '../../src/dictionary/schema-grammar.ts';

/** Collects issues for one file. */
export class IssueList {
  readonly issues: DictionaryIssue[] = [];
  constructor(readonly file: string) {}
  error(reason: string, index?: number, term?: string): void {
    this.issues.push({ severity: 'error', file: this.file, reason, ...(index === undefined ? {} : { index, term }) });
  }
}

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every(isText) ? value : undefined;
}

/** Checks the per-language templates of an item; `placeholders` are those the English one must contain. */
export function templatesOf(
  raw: Record<string, unknown>,
  issues: IssueList,
  index: number,
  term: string,
  placeholders: readonly string[],
): Templates | undefined {
  const en = raw['en'];
  if (!isText(en)) {
    issues.error('`en` is missing or empty', index, term);
    return undefined;
  }
  const out: Templates = { en };
  for (const lang of GLOSS_LANGUAGES) {
    if (lang === 'en' || raw[lang] === undefined) continue;
    const text = raw[lang];
    if (!isText(text)) issues.error(`\`${lang}\` must be a non-empty string`, index, term);
    else out[lang] = text;
  }
  // Each language's template must say where the phrase goes (any one placeholder: {nth} stands for {n}).
  for (const [lang, text] of Object.entries(out)) {
    const has = (p: string) => text.includes(p) || (p === '{n}' && text.includes('{nth}'));
    if (placeholders.length > 0 && !placeholders.some(has)) {
      issues.error(`\`${lang}\` must contain ${placeholders.join(' or ')}`, index, term);
    }
  }
  return out;
}
