/** For the Vite plugins' tests: bundles a project's main.js with one plugin, in memory; the cases all share. */
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { expect, it } from 'vitest';

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

/** What {@link itIsAVirtualModulePlugin} checks. */
export interface PluginCase {
  /** Says what the module holds, in the test name: 'bundles the compiled <what> as the virtual module'. */
  what: string;
  /** The project (created by the test's beforeEach) and the plugin under test. */
  root: () => string;
  plugin: () => Plugin;
  /** Text the bundle must hold, and the plugin's id with one it must leave to others. */
  contains: string;
  id: string;
  otherId: string;
}

/** The cases every data plugin shares: its module bundles as a JSON string, and it resolves only its own id. */
export function itIsAVirtualModulePlugin({ what, root, plugin, contains, id, otherId }: PluginCase): void {
  it(`bundles the compiled ${what} as the virtual module`, async () => {
    const code = await bundleWith(root(), plugin());
    expect(code).toContain(contains);
    expect(code).toContain('JSON.parse');
  });

  it('resolves only its own id', () => {
    const resolveId = plugin().resolveId as (id: string) => string | undefined;
    expect(resolveId(id)).toBe(`\0${id}`);
    expect(resolveId(otherId)).toBeUndefined();
  });
}
