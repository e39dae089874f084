/**
 * The replica portal pages in tests/pages/, each served at its real government URL by request interception, so the
 * manifest's real match patterns decide whether Tebiki runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPage } from '../../pages/bench/generate.mjs';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../pages');

export interface ReplicaPage {
  /** Path under tests/pages/. */
  file: string;
  /** The real URL it stands for. */
  url: string;
  portal: string;
  title: string;
  /** A page shown inside another page's iframe. */
  frame?: boolean;
  /** A page without any form control (a notice frame): nothing to focus, so no tooltip; seen inside its parent. */
  noFields?: boolean;
  /** A generated page for benchmarks. */
  bench?: boolean;
  /**
   * Built from third-party markup (the Digital Agency design system, official input rules, e-Tax ids, the 作成コーナー's
   * screens) with expectations beside it (*.expect.json), checked by tests/e2e/real-markup.test.ts.
   */
  realMarkup?: boolean;
  /** Many rows in a narrow table: for the tooltip and chip geometry tests. */
  dense?: boolean;
}

/**
 * The replica pages a person would open: not iframe contents, not benchmark pages. The pages built from third-party
 * markup are left out until Tebiki passes their expectations (tests/e2e/real-markup.test.ts, TEBIKI_REAL_MARKUP=1).
 */
export const TOP_PAGES = (): ReplicaPage[] => REPLICA_PAGES.filter((p) => !p.frame && !p.bench && !p.realMarkup);

/** The pages built from third-party markup (see {@link ReplicaPage.realMarkup}). */
export const REAL_MARKUP_PAGES = (): ReplicaPage[] => REPLICA_PAGES.filter((p) => p.realMarkup && !p.frame);

export const REPLICA_PAGES: ReplicaPage[] = JSON.parse(
  readFileSync(join(PAGES_DIR, 'pages.json'), 'utf8'),
) as ReplicaPage[];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A replica page's bytes: the committed file, or the generated benchmark page built in memory. */
export function replicaBody(file: string): Buffer {
  const generated = generatedPage(file);
  return generated === undefined ? readFileSync(join(PAGES_DIR, file)) : Buffer.from(generated);
}

/** What the interceptor answers for a URL: the replica file (or generated page), or a 404 page. */
export function respondFor(url: string): { status: number; contentType: string; body: Buffer } {
  const wanted = new URL(url);
  const page = REPLICA_PAGES.find((p) => {
    const u = new URL(p.url);
    return u.host === wanted.host && u.pathname === wanted.pathname;
  });
  if (page) {
    return {
      status: 200,
      contentType: CONTENT_TYPES[extname(page.file)] ?? 'application/octet-stream',
      body: replicaBody(page.file),
    };
  }
  return {
    status: 404,
    contentType: 'text/html; charset=utf-8',
    body: Buffer.from('<!doctype html><title>404</title>'),
  };
}

/** A replica page by its file name. */
export function replica(file: string): ReplicaPage {
  const page = REPLICA_PAGES.find((p) => p.file === file);
  if (!page) throw new Error(`No replica page ${file} in tests/pages/pages.json`);
  return page;
}
