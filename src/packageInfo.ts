/** The installed package's root folder and version, found once by walking up from this file
 *  (it runs from src/ under the test runner and from dist/src/ when built). */
import { existsSync, readFileSync } from 'node:fs';

function findPackage(): { root: URL; version: string } {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 5; i++) {
    const candidate = new URL('package.json', dir);
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'swiss-rank' && pkg.version) return { root: dir, version: pkg.version };
    }
    dir = new URL('../', dir);
  }
  throw new Error('swiss-rank: cannot find its own package.json');
}

const found = findPackage();

/** The folder holding package.json, data/ and dist/. */
export const PACKAGE_ROOT: URL = found.root;
export const VERSION: string = found.version;
