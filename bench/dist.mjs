import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `npm run build` when dist/release-countdown.js is missing or older than what it is built from. */
export function buildIfStale(rootDir) {
  const builtMs = statSync(join(rootDir, 'dist', 'release-countdown.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const inputs = [
    ...readdirSync(join(rootDir, 'src'), { recursive: true }).map((file) => join('src', file)),
    'package.json',
    'package-lock.json',
    'vite.config.ts',
  ];
  if (inputs.every((file) => statSync(join(rootDir, file)).mtimeMs <= builtMs)) return false;
  console.log('dist/release-countdown.js is missing or stale: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  return true;
}
