// `npm run test:package`, first step: the package exactly as `npm publish` would send it. Packs
// it with `npm pack` and unpacks the tarball into test/frameworks/node_modules/release-countdown/,
// where the framework fixtures and the type checks import it from, as an app would. The file
// list is kept beside it for package.test.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKED_DIR, PACKED_FILES, ROOT } from './packed.mjs';

const destination = mkdtempSync(join(tmpdir(), 'release-countdown-pack-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8' }),
  );
  const files = packed.files.map(({ path }) => path).sort();
  console.log(`npm pack: ${packed.filename}, ${files.length} files, ${packed.size} bytes\n  ${files.join('\n  ')}`);
  rmSync(PACKED_DIR, { recursive: true, force: true });
  mkdirSync(PACKED_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', join(destination, packed.filename), '-C', PACKED_DIR, '--strip-components=1']);
  writeFileSync(PACKED_FILES, `${JSON.stringify(files, null, 2)}\n`);
} finally {
  rmSync(destination, { recursive: true, force: true });
}
