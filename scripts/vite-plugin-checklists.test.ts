import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleWith, itIsAVirtualModulePlugin } from './lib/test-bundle.ts';
import {
  CHECKLISTS_DIR,
  readChecklistFiles,
  tebikiChecklists,
  VIRTUAL_CHECKLISTS_ID,
} from './vite-plugin-checklists.ts';

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tebiki-checklists-'));
  dir = path.join(root, 'dictionaries/checklists');
  cpSync(CHECKLISTS_DIR, dir, { recursive: true });
  writeFileSync(
    path.join(root, 'main.js'),
    `import checklists from '${VIRTUAL_CHECKLISTS_ID}';\nexport const pins = checklists.pins.pins.length;\n`,
  );
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The plugin under test, on the temporary project. */
const plugin = () => tebikiChecklists({ dir, root });

/** Builds main.js with the plugin into memory and returns the bundled code. */
function bundle(): Promise<string> {
  return bundleWith(root, plugin());
}

describe('tebikiChecklists (Vite plugin)', () => {
  itIsAVirtualModulePlugin({
    what: 'checklists',
    root: () => root,
    plugin,
    contains: '署名用電子証明書の暗証番号',
    id: VIRTUAL_CHECKLISTS_ID,
    otherId: 'virtual:tebiki-index',
  });

  it('fails the build naming the file, line and reason of a bad entry', async () => {
    const file = path.join(dir, 'pins.yaml');
    const text = readChecklistFiles(dir, root).find((f) => f.path.endsWith('pins.yaml'))!.text;
    writeFileSync(file, text.replace('    locksAfter: 5\n', ''));
    await expect(bundle()).rejects.toThrow(/dictionaries\/checklists\/pins\.yaml:\d+: .*locksAfter/);
  });

  it('reads files with paths relative to the project root', () => {
    const paths = readChecklistFiles(dir, root).map((f) => f.path);
    expect(paths).toContain('dictionaries/checklists/eligibility.yaml');
    expect(paths.every((p) => /^dictionaries\/checklists\/[a-z-]+\.yaml$/.test(p))).toBe(true);
  });
});
