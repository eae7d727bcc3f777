/**
 * npm 12 runs a dependency's install scripts only when package.json's `allowScripts` names it: a package left out
 * is skipped silently (better-sqlite3 unbuilt means `npm start` fails on a fresh clone). Every package of the lock
 * file with an install script must be named, allowed or denied on purpose, and nothing named may be stale.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
const allowScripts = (read('package.json').allowScripts ?? {}) as Record<string, boolean>;
const withScripts = [
  ...new Set(
    Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)),
  ),
].sort();

it('names every dependency that has an install script', () => {
  expect(withScripts.filter((name) => !(name in allowScripts))).toEqual([]);
});

it('names no package without an install script', () => {
  expect(Object.keys(allowScripts).filter((name) => !withScripts.includes(name))).toEqual([]);
});

it('lets the native store and the bundlers build', () => {
  expect(allowScripts).toMatchObject({ 'better-sqlite3': true, esbuild: true, '@swc/core': true });
});
