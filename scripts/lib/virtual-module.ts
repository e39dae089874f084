/**
 * What the Vite plugins that compile data into virtual modules (scripts/vite-plugin-*.ts) share: the plugin itself
 * ({@link virtualModulesPlugin}), reading a folder of YAML, the module text for compiled JSON, and the dev server's
 * reload when a source file changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** What a virtual module's loader may do: watch a file it read, warn, and fail the build with a message. */
export interface VirtualModuleContext {
  watch: (file: string) => void;
  warn: (message: string) => void;
  fail: (message: string) => never;
}

/** Options of {@link virtualModulesPlugin}. */
export interface VirtualModulesOptions {
  name: string;
  /** Each virtual id application code imports → the code of its module (compiled when first imported). */
  modules: Record<string, (context: VirtualModuleContext) => string>;
  /** In dev: the source folder to watch, and which changed files recompile the modules. */
  reload?: { folder: string; isSource: (file: string) => boolean };
}

/**
 * The one Vite plugin factory for compiled data: resolves its own virtual ids (and no other), loads each with its
 * loader, and in dev reloads the page when a source changes.
 * @example virtualModulesPlugin({ name: 'tebiki-documents', modules: { 'virtual:tebiki-documents': ({ fail }) => … } })
 */
export function virtualModulesPlugin({ name, modules, reload }: VirtualModulesOptions): Plugin {
  const own = (id: string) => Object.hasOwn(modules, id);
  const plugin: Plugin = {
    name,
    resolveId: (id) => (own(id) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0') || !own(id.slice(1))) return undefined;
      return modules[id.slice(1)]!({
        watch: (file) => this.addWatchFile(file),
        warn: (message) => this.warn(message),
        fail: (message) => this.error(message),
      });
    },
  };
  if (reload) {
    const resolvedIds = Object.keys(modules).map((id) => `\0${id}`);
    plugin.configureServer = (server) => reloadOnSourceChange(server, reload.folder, reload.isSource, resolvedIds);
  }
  return plugin;
}

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
function reloadOnSourceChange(
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
