/**
 * What a right tooltip says on the replica pages built from third-party markup (tests/pages/**\/*.expect.json), and
 * how an observed tooltip is scored against it. Expectations are about meaning, not wording: each requirement is a
 * list of case-insensitive regexes (with shared meanings from tests/pages/expect/concepts.json written {name}), so
 * they keep holding when the tooltip is redesigned. Only the English of the tooltip is matched (the page's own
 * Japanese, marked lang="ja", is not evidence that the reader was told anything).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, REPLICA_PAGES, type ReplicaPage } from './pages';

/** One thing a tooltip must (or must not) say: passes when any `any` regex and every `all` regex matches. */
export interface Requirement {
  /** What it means, in a few words, for reports ("7 digits", "western calendar"). */
  what: string;
  any?: string[];
  all?: string[];
}

/**
 * A conversion case: `type` is put in the field as a user would type it; every tooltip button that then changes the
 * field must leave a value matching `accepts` (the page's own rule). With `result`, one button must turn it into a
 * value matching `result`, and the other fields in `also` must then match theirs (an era select set with the year).
 */
export interface ConversionCase {
  type: string;
  accepts: string;
  result?: string;
  also?: Record<string, string>;
}

export interface ControlExpectation {
  selector: string;
  /** The label as the page shows it, for reports. */
  name: string;
  /** What the field is (which credential, which number): part of being right about what to enter. */
  means?: Requirement[];
  /** The limits and formats the page itself states for this field (support text, note, maxlength…). */
  states?: Requirement[];
  /** What a right tooltip never says here (a template that contradicts the page, card-PIN facts). */
  not?: Requirement[];
  convert?: ConversionCase[];
}

export type TextKind = 'label' | 'heading' | 'note' | 'message' | 'button' | 'link';

export interface TextExpectation {
  selector: string;
  kind: TextKind;
  /** Besides some English: what it must mean (a negation kept, the number of digits). */
  means?: Requirement[];
}

export interface PageExpectations {
  /** The replica page, as in pages.json. */
  page: string;
  /** dads, isa, etax, keisan, dense: for per-group numbers. */
  group: string;
  /** A screen unlike the replicas Tebiki was built on (counted again as "least familiar"). */
  unfamiliar: boolean;
  controls: ControlExpectation[];
  texts: TextExpectation[];
}

const EXPECT_DIR = join(PAGES_DIR, 'expect');

/** Shared meanings, {name} → regex source. */
export const CONCEPTS: Record<string, string> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(EXPECT_DIR, 'concepts.json'), 'utf8')) as Record<string, string>).filter(
    ([key]) => !key.startsWith('$'),
  ),
);

/** A regex of an expectation, with {concept} references expanded. Throws on an unknown concept. */
export function compile(source: string): RegExp {
  const expanded = source.replace(/\{([a-z][a-z-]*)\}/g, (_m, name: string) => {
    const concept = CONCEPTS[name];
    if (concept === undefined) throw new Error(`Unknown concept {${name}} in /${source}/`);
    return `(?:${concept})`;
  });
  return new RegExp(expanded, 'iu');
}

/** Whether `text` satisfies the requirement. */
export function satisfies(text: string, requirement: Requirement): boolean {
  const any = requirement.any ?? [];
  const all = requirement.all ?? [];
  return (any.length === 0 || any.some((r) => compile(r).test(text))) && all.every((r) => compile(r).test(text));
}

/** The first piece of `text` that a forbidden requirement matches (for the report), or null. */
export function violation(text: string, requirement: Requirement): string | null {
  if (!satisfies(text, requirement)) return null;
  for (const r of [...(requirement.any ?? []), ...(requirement.all ?? [])]) {
    const m = compile(r).exec(text);
    if (m) return text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).trim();
  }
  return requirement.what;
}

/** The expectations file beside a replica page (foo.html → foo.expect.json), or null. */
export function expectationsFile(page: ReplicaPage): string | null {
  const path = join(PAGES_DIR, page.file.replace(/\.html$/, '.expect.json'));
  return existsSync(path) ? path : null;
}

export function loadExpectations(page: ReplicaPage): PageExpectations {
  const path = expectationsFile(page);
  if (!path) throw new Error(`No expectations for ${page.file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as PageExpectations;
}

/** The replica pages built from third-party markup, each with its expectations. */
export function realMarkupPages(): { page: ReplicaPage; expect: PageExpectations }[] {
  return REPLICA_PAGES.filter((p) => p.realMarkup && !p.frame)
    .filter((p) => expectationsFile(p) !== null)
    .map((page) => ({ page, expect: loadExpectations(page) }));
}
