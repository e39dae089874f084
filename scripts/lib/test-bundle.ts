/** For the Vite plugins' tests: bundles a project's main.js with one plugin, in memory. */
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

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
