/**
 * The texts a person reads on the replica pages (tests/pages): labels, options, headings, buttons, legends, table
 * headers and aria labels, per page, as the content script would explain them. Node-only (happy-dom parses the
 * HTML); for the benchmark of how often the tokenizer loads and for the readings test.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { PROJECT_ROOT } from './load-dictionaries.ts';

/** A replica page and its texts. */
export interface PageTexts {
  file: string;
  portal: string;
  /** Texts with Japanese in them, each once, in page order, with the role they have there. */
  texts: Array<{ text: string; role: 'label' | 'option' | 'heading' | 'button' | 'note' }>;
}

const PAGES_DIR = path.join(PROJECT_ROOT, 'tests/pages');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The replica pages a person would open (not iframe contents, not generated benchmark or hostile pages). */
export function replicaPages(): Array<{ file: string; portal: string }> {
  const pages = JSON.parse(readFileSync(path.join(PAGES_DIR, 'pages.json'), 'utf8')) as Array<{
    file: string;
    portal: string;
    frame?: boolean;
    bench?: boolean;
  }>;
  return pages.filter((p) => !p.bench && !p.frame && !p.file.startsWith('hostile/'));
}

/** The texts of one page. */
export function pageTexts(file: string, portal = ''): PageTexts {
  const window = new Window();
  const document = window.document;
  document.write(readFileSync(path.join(PAGES_DIR, file), 'utf8'));
  const seen = new Set<string>();
  const texts: PageTexts['texts'] = [];
  const add = (raw: string | null | undefined, role: PageTexts['texts'][number]['role']) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200 || !JAPANESE.test(text) || seen.has(text)) return;
    seen.add(text);
    texts.push({ text, role });
  };
  const query = (selector: string) => Array.from(document.querySelectorAll(selector));
  for (const el of query('h1, h2, h3, h4, legend, caption')) add(el.textContent, 'heading');
  for (const el of query('label, th, dt')) add(el.textContent, 'label');
  for (const el of query('[aria-label]')) add(el.getAttribute('aria-label'), 'label');
  for (const el of query('option')) add(el.textContent, 'option');
  for (const el of query('button, input[type=submit], input[type=button], a.button, a.btn')) {
    add(el.textContent || el.getAttribute('value'), 'button');
  }
  for (const el of query('p, .note, .notice, small, span.hint')) add(el.textContent, 'note');
  window.close();
  return { file, portal, texts };
}

/** The texts of every replica page. */
export function allPageTexts(): PageTexts[] {
  return replicaPages().map((p) => pageTexts(p.file, p.portal));
}
