/**
 * Formats generated JSON as the repository's prettier settings do (so `npm run format:check` accepts it).
 * @example await formatJson('{"a":1}', 'dictionaries/schemas/x.schema.json') === '{ "a": 1 }\n'
 */

import { format, resolveConfig } from 'prettier';

export async function formatJson(json: string, path: string): Promise<string> {
  const config = await resolveConfig(path);
  return format(json, { ...config, parser: 'json', filepath: path });
}
