/**
 * What the Vite plugins that compile data into virtual modules (scripts/vite-plugin-*.ts) share: the module text
 * for compiled JSON, and the dev server's reload when a source file changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';

/** One source file as the compilers take it: its path relative to the project root, as writers know it. */
export interface YamlSourceFile {
  path: string;
  text: string;
}

/** Every YAML file directly in `dir` (none when it is missing), sorted, with paths relative to `root`. */
export function readYamlFolder(dir: string, root: string): YamlSourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { path: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
    });
}

/** Whether a changed file is a YAML file directly in `folder` (what {@link readYamlFolder} reads). */
export function isYamlIn(folder: string): (file: string) => boolean {
  const resolved = path.resolve(folder);
  return (file) => /\.ya?ml$/i.test(file) && path.dirname(path.resolve(file)) === resolved;
}

/**
 * A module whose default export is `data`. A JSON string is parsed faster by V8 than an object literal of the same
 * size. @example load(id) { return jsonModule(compiled); }
 */
export function jsonModule(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

/**
 * In dev, watches `folder` and, when a file that `isSource` accepts changes, is added or removed, drops the compiled
 * modules `resolvedIds` from every module graph the server has (one per environment in Vite 6+) and reloads the page.
 */
export function reloadOnSourceChange(
  server: ViteDevServer,
  folder: string,
  isSource: (file: string) => boolean,
  resolvedIds: readonly string[],
): void {
  server.watcher.add(folder);
  const reload = (file: string) => {
    if (!isSource(file)) return;
    for (const id of resolvedIds) invalidate(server, id);
    server.ws.send({ type: 'full-reload' });
  };
  server.watcher.on('change', reload);
  server.watcher.on('add', reload);
  server.watcher.on('unlink', reload);
}

function invalidate(server: ViteDevServer, resolvedId: string): void {
  for (const env of Object.values(server.environments ?? {})) {
    const mod = env.moduleGraph.getModuleById(resolvedId);
    if (mod) env.moduleGraph.invalidateModule(mod);
  }
  const legacy = server.moduleGraph?.getModuleById(resolvedId);
  if (legacy) server.moduleGraph.invalidateModule(legacy);
}
