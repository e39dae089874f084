import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleWith } from './lib/test-bundle.ts';
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

/** Builds main.js with the plugin into memory and returns the bundled code. */
function bundle(): Promise<string> {
  return bundleWith(root, tebikiDictionaries({ dir: path.join(root, 'dictionaries') }));
}

describe('tebikiDictionaries (Vite plugin)', () => {
  it('bundles the compiled index as the virtual module', async () => {
    const code = await bundle();
    expect(code).toContain('暗証番号');
    expect(code).toContain('JSON.parse');
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

  it('resolves only its own id', () => {
    const plugin = tebikiDictionaries({ dir: path.join(root, 'dictionaries') });
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    expect(resolveId('virtual:tebiki-index')).toBe('\0virtual:tebiki-index');
    expect(resolveId('./other')).toBeUndefined();
  });
});
