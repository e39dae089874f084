import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itIsAVirtualModulePlugin, pluginProject } from './lib/test-bundle.ts';
import {
  CHECKLISTS_DIR,
  readChecklistFiles,
  tebikiChecklists,
  VIRTUAL_CHECKLISTS_ID,
} from './vite-plugin-checklists.ts';

/** The checklist folder of a project. */
const checklistsOf = (root: string) => path.join(root, 'dictionaries/checklists');

const project = pluginProject(
  'tebiki-checklists-',
  `import checklists from '${VIRTUAL_CHECKLISTS_ID}';\nexport const pins = checklists.pins.pins.length;\n`,
  (root) => cpSync(CHECKLISTS_DIR, checklistsOf(root), { recursive: true }),
  (root) => tebikiChecklists({ dir: checklistsOf(root), root }),
);

describe('tebikiChecklists (Vite plugin)', () => {
  itIsAVirtualModulePlugin('checklists', project, {
    contains: '署名用電子証明書の暗証番号',
    id: VIRTUAL_CHECKLISTS_ID,
    otherId: 'virtual:tebiki-index',
  });

  it('fails the build naming the file, line and reason of a bad entry', async () => {
    const dir = checklistsOf(project.root());
    const text = readChecklistFiles(dir, project.root()).find((f) => f.path.endsWith('pins.yaml'))!.text;
    writeFileSync(path.join(dir, 'pins.yaml'), text.replace('    locksAfter: 5\n', ''));
    await expect(project.bundle()).rejects.toThrow(/dictionaries\/checklists\/pins\.yaml:\d+: .*locksAfter/);
  });

  it('reads files with paths relative to the project root', () => {
    const paths = readChecklistFiles(checklistsOf(project.root()), project.root()).map((f) => f.path);
    expect(paths).toContain('dictionaries/checklists/eligibility.yaml');
    expect(paths.every((p) => /^dictionaries\/checklists\/[a-z-]+\.yaml$/.test(p))).toBe(true);
  });
});
