import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itIsAVirtualModulePlugin, pluginProject } from './lib/test-bundle.ts';
import { tebikiDictionaries, VIRTUAL_INDEX_ID } from './vite-plugin-dictionaries.ts';

const project = pluginProject(
  'tebiki-plugin-',
  `import { loadIndex } from '${VIRTUAL_INDEX_ID}';\nexport const terms = () => loadIndex().term;\n`,
  (root) => {
    mkdirSync(path.join(root, 'dictionaries/glossary'), { recursive: true });
    mkdirSync(path.join(root, 'dictionaries/vocabulary'), { recursive: true });
    writeFileSync(
      path.join(root, 'dictionaries/glossary/card.yaml'),
      'category: card\nentries:\n  - { term: 暗証番号, reading: あんしょうばんごう, en: PIN }\n',
    );
  },
  (root) => tebikiDictionaries({ dir: path.join(root, 'dictionaries') }),
);

describe('tebikiDictionaries (Vite plugin)', () => {
  itIsAVirtualModulePlugin('index', project, { contains: '暗証番号', id: VIRTUAL_INDEX_ID, otherId: './other' });

  it('fails the build naming the file, line, entry and reason of a bad entry', async () => {
    writeFileSync(
      path.join(project.root(), 'dictionaries/vocabulary/bad.yaml'),
      'category: general\nentries:\n  - { term: 氏名, en: name }\n',
    );
    await expect(project.bundle()).rejects.toThrow(
      /dictionaries\/vocabulary\/bad\.yaml:3: entry #1 \(氏名\): `reading` is required because the term has kanji/,
    );
  });
});
