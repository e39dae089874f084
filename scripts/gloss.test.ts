import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasKanji } from '../src/glossary/char-class.ts';
import { PROJECT_ROOT } from './lib/load-dictionaries.ts';

const LABELS = [
  '氏名（フリガナ）',
  '入力してください',
  '利用者証明用電子証明書の暗証番号',
  'ＩＤ／ﾊﾟｽﾜｰﾄﾞ',
  '123-4567',
];
const TSX = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tebiki-gloss-'));
  file = path.join(dir, 'labels.txt');
  writeFileSync(file, `# source: test\n${LABELS.join('\n')}\n\n`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI as curators do (through tsx), from the project root. */
function gloss(args: string[], input?: string) {
  const run = spawnSync(TSX, ['scripts/gloss.ts', ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run;
}

describe('npm run gloss', () => {
  it('prints one JSON object per label whose segments give back the label, and the summary on stderr', () => {
    const run = gloss(['--json', '--summary', file]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(LABELS.length);
    lines.forEach((line, i) => {
      const object = JSON.parse(line) as {
        text: string;
        segments: Array<Record<string, string>>;
        translation?: string;
      };
      expect(object.text).toBe(LABELS[i]);
      expect(object.segments.map((s) => s.text).join('')).toBe(LABELS[i]);
      for (const segment of object.segments) {
        expect(Object.keys(segment).every((k) => ['text', 'reading', 'gloss', 'source', 'id'].includes(k))).toBe(true);
        expect(['glossary', 'vocabulary', 'function', 'unknown']).toContain(segment.source);
        if (segment.source === 'function') expect(hasKanji(segment.text!)).toBe(false);
      }
    });
    expect(run.stderr).toMatch(/^labels fully glossed: \d+\/5 \(\d+\.\d%\)$/m);
    expect(run.stderr).toMatch(/^Japanese characters covered: \d+\/\d+ \(\d+\.\d%\)$/m);
  });

  it('reads standard input and prints only the summary with --summary', () => {
    const run = gloss(['--summary', '-'], '# comment\n入力してください\n\n');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^labels fully glossed: [01]\/1 \((0|100)\.0%\)$/);
  });

  it('prints a readable line per label by default, with --sync skipping the tokenizer', () => {
    const run = gloss(['--sync'], '氏名\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^氏名\t/);
  });

  it('refuses an unknown option', () => {
    const run = gloss(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
