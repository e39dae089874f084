/**
 * Issue 7, point 5 (data): a malformed dictionary entry fails the real build (`wxt build`, the same command as
 * `npm run build`) naming the file, the line, the entry and the reason. Runs in a temporary copy of the project
 * with one bad file added, so the tree's own .output is never touched. (The Vite plugin's own unit tests cover the
 * same messages without WXT: scripts/vite-plugin-dictionaries.test.ts.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject, runBin, type RunResult } from './lib/project-copy';

const BAD_FILE = 'dictionaries/glossary/zz-trust-bad.yaml';
/** Two bad entries after a good one: a kanji term without its reading, and an English that is not text. */
const BAD_YAML = `category: form
entries:
  - { term: 送信, reading: そうしん, en: send }
  - term: 氏名漢字欄
    en: name (kanji) box
  - term: 届出日
    reading: とどけでび
    en: [1, 2]
`;

describe('a malformed dictionary entry', () => {
  let project: string;
  let build: RunResult;
  beforeAll(async () => {
    project = copyProject('bad-dictionary');
    writeFileSync(join(project, BAD_FILE), BAD_YAML);
    build = await runBin(project, 'wxt', ['build']);
  }, 240_000);
  afterAll(() => {
    if (project) removeProject(project);
  });

  it('fails `wxt build`', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).not.toMatch(/Built extension in/);
  });

  it('names the file, the line, the entry and the reason of each bad entry', () => {
    expect(build.output).toMatch(
      /dictionaries\/glossary\/zz-trust-bad\.yaml:4: entry #2 \(氏名漢字欄\): `?reading`? is required because the term has kanji/,
    );
    expect(build.output).toMatch(
      /dictionaries\/glossary\/zz-trust-bad\.yaml:6: entry #3 \(届出日\): `?en`? is missing or empty/,
    );
    expect(build.output).not.toMatch(/entry #1 \(送信\)/);
  });
});
