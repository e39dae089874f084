import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../scripts/lib/format-json.ts';
import { EDITOR_SCHEMAS } from './editor-schemas.ts';
import { editorFiles, editorJsonSchema } from './lib/editor-schema.ts';

/** The files of a glob of the form `dir/*.yaml` or `dir/file.yaml` (the only forms the kinds use). */
function filesOf(glob: string): string[] {
  const star = glob.match(/^(.+)\/\*(\.yaml)$/);
  if (!star) return [glob];
  const [, dir, extension] = star;
  return readdirSync(dir!)
    .filter((name) => name.endsWith(extension!))
    .map((name) => `${dir}/${name}`);
}

const validator = (name: string) => {
  const kind = EDITOR_SCHEMAS.find((k) => k.name === name)!;
  return new Ajv({ allErrors: true, strict: false }).compile(editorJsonSchema(kind));
};

describe('editor schemas', () => {
  it('are written as npm run schemas writes them (run it after changing a schema)', async () => {
    const files = await editorFiles(EDITOR_SCHEMAS, formatJson);
    for (const [path, text] of Object.entries(files)) {
      expect(existsSync(path), `${path} is missing: run npm run schemas`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run schemas`).toBe(text);
    }
  });

  it.each(EDITOR_SCHEMAS.map((kind) => [kind.name, kind] as const))(
    '%s: every file it is for exists and passes it (an editor flags nothing the build accepts)',
    (_name, kind) => {
      const validate = new Ajv({ allErrors: true, strict: false }).compile(editorJsonSchema(kind));
      const files = kind.files.flatMap(filesOf);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const valid = validate(parse(readFileSync(file, 'utf8')));
        expect(validate.errors ?? [], file).toEqual([]);
        expect(valid).toBe(true);
      }
    },
  );

  it.each([
    ['dictionary', { category: 'form', entries: [{ term: '氏名', en: 'full name', colour: 'red' }] }, 'additional'],
    ['dictionary', { category: 'form', entries: [{ term: '氏名' }] }, 'en'],
    ['dictionary', { category: 'forms', entries: [] }, 'category'],
    ['document', { id: 'Pickup', ja: '交付通知書' }, 'id'],
    ['portal', { portal: 'etax', screens: [{ id: 'etax-login' }] }, 'name'],
    ['evidence', { version: 1, text: [{ id: 'x', match: 'a' }], patterns: [], attributes: [] }, 'facts'],
    ['field-kinds', { version: 2, kinds: [] }, 'version'],
    ['translation-vi', { language: 'ko', entries: {} }, 'language'],
    ['translation-vi', { language: 'vi', entries: { 住所: { gloss: 'địa chỉ', note: 'x' } } }, 'note'],
    ['checklist-sources', { kind: 'sources', sources: [{ id: 'nta', name: 'NTA', official: true, en: 'x' }] }, 'en'],
    ['checklist-lifecycle', { kind: 'lifecycle', targets: [{ id: 'passport', ja: '旅券', label: 'x' }] }, 'enum'],
  ] as const)('%s: flags a mistake the build reports (%j)', (name, data, about) => {
    const validate = validator(name);
    expect(validate(data)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(about);
  });
});
