// Where test/package/pack.mjs puts the packed package, for the tests that use it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The scratch project of the framework fixtures. */
export const FIXTURES = fileURLToPath(new URL('../frameworks/', import.meta.url));

/** The unpacked tarball: release-countdown as installed in an app. */
export const PACKED_DIR = fileURLToPath(new URL('../frameworks/node_modules/release-countdown/', import.meta.url));

/** The tarball's file list, as `npm pack` printed it. */
export const PACKED_FILES = fileURLToPath(new URL('../frameworks/node_modules/.packed-files.json', import.meta.url));

/** The packed package's file list; fails if test/package/pack.mjs has not run. */
export function packedFiles() {
  if (!existsSync(PACKED_FILES)) throw new Error('The package is not packed: run npm run test:package.');
  return JSON.parse(readFileSync(PACKED_FILES, 'utf8'));
}

/** A JSON file of the packed package, e.g. package.json or dist/custom-elements.json. */
export function packedJson(path) {
  return JSON.parse(readFileSync(new URL(path, `file://${PACKED_DIR}`), 'utf8'));
}
