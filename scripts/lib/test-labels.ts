/**
 * Labels for tests and benchmarks that need many real ones: the team's dev labels (../shared/eval/labels-dev, beside
 * the main checkout or a worktree) when present, the golden labels, and the replica pages' texts.
 */

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readLabelFiles } from './labels.ts';
import { PROJECT_ROOT } from './load-dictionaries.ts';

/** The dev labels folder, if this checkout can see it. */
export function devLabelDir(): string | undefined {
  return [
    path.resolve(PROJECT_ROOT, '../shared/eval/labels-dev'),
    path.resolve(PROJECT_ROOT, '../../shared/eval/labels-dev'),
  ].find((dir) => existsSync(dir));
}

/** The dev labels (empty when the folder is not there). */
export function devLabels(): string[] {
  const dir = devLabelDir();
  if (!dir) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
  return readLabelFiles(files);
}
