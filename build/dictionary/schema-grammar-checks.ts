/**
 * What the grammar validators (schema-grammar-words.ts, schema-grammar-tables.ts) share: the issue list of one file and
 * two value checks.
 */

import type { DictionaryIssue } from '../../src/dictionary/schema.ts';

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
