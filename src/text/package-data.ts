import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A JSON data file of a dependency (`path` as `require.resolve` takes it), parsed: read rather
 * than imported or `require`d, so that the parsed data, once the library has drawn its own
 * tables from it, is garbage (a module system keeps what it loaded for the life of the process,
 * where every full garbage collection marks it again).
 */
export function readPackageJson<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;
}
