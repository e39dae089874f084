/**
 * The expectations of the replica pages built from third-party markup are well formed (no browser needed): every
 * selector finds exactly one element of its page, every regex compiles with known concepts, every page in pages.json
 * marked realMarkup has an expectations file, and each file names its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compile, CONCEPTS, expectationsFile, loadExpectations, type Requirement } from './harness/expectations';
import { PAGES_DIR, REAL_MARKUP_PAGES } from './harness/pages';

function parse(file: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  // Scripts stay out: the page's own app is not run here, the markup it renders is kept in a <template>.
  const html = readFileSync(join(PAGES_DIR, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Elements of the document and of its <template>s (a single-page app renders those later). */
function count(doc: Document, selector: string): number {
  const inTemplates = Array.from(doc.querySelectorAll('template')).reduce(
    (n, t) => n + t.content.querySelectorAll(selector).length,
    0,
  );
  return doc.querySelectorAll(selector).length + inTemplates;
}

const regexesOf = (r: Requirement) => [...(r.any ?? []), ...(r.all ?? [])];

describe('the expectations of the pages built from third-party markup', () => {
  it('exist for every page marked realMarkup, and there are some', () => {
    expect(REAL_MARKUP_PAGES().length).toBeGreaterThan(0);
    expect(
      REAL_MARKUP_PAGES()
        .filter((p) => expectationsFile(p) === null)
        .map((p) => p.file),
    ).toEqual([]);
  });

  it('use only concepts that compile', () => {
    for (const [name, source] of Object.entries(CONCEPTS)) expect(() => new RegExp(source, 'iu'), name).not.toThrow();
  });

  it.each(REAL_MARKUP_PAGES().map((p) => [p.file, p] as const))(
    '%s: every selector finds one element, every regex compiles, and every requirement says what it means',
    (file, page) => {
      const expectations = loadExpectations(page);
      expect(expectations.page).toBe(file);
      const doc = parse(file);
      const selectors = [...expectations.controls, ...expectations.texts].map((e) => e.selector);
      expect(selectors.filter((s) => count(doc, s) !== 1)).toEqual([]);
      expect(new Set(selectors).size).toBe(selectors.length);
      for (const control of expectations.controls) {
        const requirements = [...(control.means ?? []), ...(control.states ?? []), ...(control.not ?? [])];
        for (const r of requirements) {
          expect(r.what.length, `${control.selector}: a requirement without "what"`).toBeGreaterThan(0);
          expect(regexesOf(r).length, `${control.selector}: ${r.what} has no regex`).toBeGreaterThan(0);
          for (const source of regexesOf(r))
            expect(() => compile(source), `${control.selector}: /${source}/`).not.toThrow();
        }
        for (const c of control.convert ?? []) {
          for (const source of [c.accepts, c.result ?? '', ...Object.values(c.also ?? {})])
            expect(() => new RegExp(source, 'u'), source).not.toThrow();
          expect(typeof c.type).toBe('string');
          for (const other of Object.keys(c.also ?? {})) expect(count(doc, other), other).toBe(1);
        }
      }
      for (const text of expectations.texts)
        for (const r of text.means ?? [])
          for (const source of regexesOf(r)) expect(() => compile(source)).not.toThrow();
    },
  );
});
