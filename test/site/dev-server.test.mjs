// `npm start` (the Vite dev server on demo/): it starts, serves every page and its scripts, and
// logs no error or warning on the way, such as a failed dependency scan.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger, createServer } from 'vite';

const logged = [];
let server;
let baseUrl;
let cacheDir;

before(async () => {
  const logger = createLogger('info');
  for (const level of ['warn', 'warnOnce', 'error']) {
    logger[level] = (message) => logged.push(`${level}: ${message}`);
  }
  // A cache of its own, as on a fresh clone: a cached pre-bundle skips the scan.
  cacheDir = await mkdtemp(join(tmpdir(), 'release-countdown-vite-'));
  server = await createServer({ cacheDir, customLogger: logger, server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  baseUrl = server.resolvedUrls.local[0];
});
after(async () => {
  await server?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves every page and its scripts, and logs no error or warning', async () => {
    // The scripts import Lit and Luxon, whose pre-bundling waits for the dependency scan to end.
    for (const path of [
      'index.html',
      'builder.html',
      'themes.html',
      'blog.html',
      'demo.ts',
      'builder.ts',
      'release-countdown.js',
      'release-countdown.css',
    ]) {
      const response = await fetch(baseUrl + path);
      assert.equal(response.status, 200, path);
      await response.arrayBuffer();
    }
    assert.deepEqual(logged, []);
  });
});
