import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleWith, itIsAVirtualModulePlugin } from './lib/test-bundle.ts';
import { tebikiDictionaries, VIRTUAL_INDEX_ID } from './vite-plugin-dictionaries.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tebiki-plugin-'));
  mkdirSync(path.join(root, 'dictionaries/glossary'), { recursive: true });
  mkdirSync(path.join(root, 'dictionaries/vocabulary'), { recursive: true });
  writeFileSync(
    path.join(root, 'dictionaries/glossary/card.yaml'),
    'category: card\nentries:\n  - { term: 暗証番号, reading: あんしょうばんごう, en: PIN }\n',
  );
  writeFileSync(
    path.join(root, 'main.js'),
    `import { loadIndex } from '${VIRTUAL_INDEX_ID}';\nexport const terms = () => loadIndex().term;\n`,
  );
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The plugin under test, on the temporary project. */
const plugin = () => tebikiDictionaries({ dir: path.join(root, 'dictionaries') });

/** Builds main.js with the plugin into memory and returns the bundled code. */
function bundle(): Promise<string> {
  return bundleWith(root, plugin());
}

describe('tebikiDictionaries (Vite plugin)', () => {
  itIsAVirtualModulePlugin({
    what: 'index',
    root: () => root,
    plugin,
    contains: '暗証番号',
    id: VIRTUAL_INDEX_ID,
    otherId: './other',
  });

  it('fails the build naming the file, line, entry and reason of a bad entry', async () => {
    writeFileSync(
      path.join(root, 'dictionaries/vocabulary/bad.yaml'),
      'category: general\nentries:\n  - { term: 氏名, en: name }\n',
    );
    await expect(bundle()).rejects.toThrow(
      /dictionaries\/vocabulary\/bad\.yaml:3: entry #1 \(氏名\): `reading` is required because the term has kanji/,
    );
  });
});
