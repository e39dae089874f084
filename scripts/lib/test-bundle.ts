/** For the Vite plugins' tests: a temporary project, bundling its main.js with one plugin in memory, and the cases all share. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { afterEach, beforeEach, expect, it } from 'vitest';

/** Builds `root`/main.js with `plugin` into memory and returns the bundled code (it throws what the plugin throws). */
export async function bundleWith(root: string, plugin: Plugin): Promise<string> {
  const output = (await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [plugin],
    build: { write: false, minify: false, lib: { entry: path.join(root, 'main.js'), formats: ['es'] } },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = Array.isArray(output) ? output[0]! : output;
  return first.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

/** A data plugin's temporary project (a new one for each test). */
export interface PluginProject {
  root: () => string;
  /** The plugin under test, on the project. */
  plugin: () => Plugin;
  /** Builds main.js with the plugin into memory and returns the bundled code. */
  bundle: () => Promise<string>;
}

/**
 * Gives each test a temporary project: `setup(root)` writes its sources, `main` is its main.js (which imports the
 * virtual module); the project is removed after the test.
 */
export function pluginProject(
  prefix: string,
  main: string,
  setup: (root: string) => void,
  plugin: (root: string) => Plugin,
): PluginProject {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), prefix));
    setup(root);
    writeFileSync(path.join(root, 'main.js'), main);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  return { root: () => root, plugin: () => plugin(root), bundle: () => bundleWith(root, plugin(root)) };
}

/**
 * The cases every data plugin shares: its module bundles as a JSON string holding `contains` (the test is named
 * 'bundles the compiled <what> as the virtual module'), and it resolves its own `id` and not `otherId`.
 */
export function itIsAVirtualModulePlugin(
  what: string,
  project: PluginProject,
  { contains, id, otherId }: { contains: string; id: string; otherId: string },
): void {
  it(`bundles the compiled ${what} as the virtual module`, async () => {
    const code = await project.bundle();
    expect(code).toContain(contains);
    expect(code).toContain('JSON.parse');
  });

  it('resolves only its own id', () => {
    const resolveId = project.plugin().resolveId as (id: string) => string | undefined;
    expect(resolveId(id)).toBe(`\0${id}`);
    expect(resolveId(otherId)).toBeUndefined();
  });
}
