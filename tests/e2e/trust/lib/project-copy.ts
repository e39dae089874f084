/**
 * A throw-away copy of the project in a temporary folder (node_modules linked, not copied), to run `wxt build` or
 * `wxt zip` with changed inputs without touching the tree other people and tests use (.output, .wxt).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-files';

/** Top-level entries not copied: build outputs, VCS, test results, and the dependencies (linked instead). */
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'demo-screenshots']);

export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tebiki-${prefix}-`));
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number;
  output: string;
}

/** Runs a program in `cwd`; resolves with its exit code and combined output (never rejects). */
export function run(cwd: string, file: string, args: string[], timeoutMs = 180_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** Runs a binary of the project's node_modules/.bin in `cwd`. */
export function runBin(cwd: string, bin: string, args: string[], timeoutMs = 180_000): Promise<RunResult> {
  return run(cwd, join(cwd, 'node_modules', '.bin', bin), args, timeoutMs);
}
