// A real WordPress 6.5.5 for the plugin's tests, run in this Node process by WordPress
// Playground, offline: the WordPress files come from @wp-playground/wordpress-builds (the
// WordPress zip, placed where the Playground CLI looks before it downloads, and the static files
// that Playground's zip leaves out), the SQLite integration plugin from the CLI's own package,
// and WordPress itself may not make an HTTP request outside this machine.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const BUILDS = join(require.resolve('@wp-playground/wordpress-builds/package.json'), '..');
const PLUGIN = fileURLToPath(new URL('..', import.meta.url));

/** What WordPress.org would install: the plugin without its tests and their dependencies. */
export const PLUGIN_FILES = ['release-countdown.php', 'readme.txt', 'block', 'build'];

/**
 * Never fetched: the CLI finds the zip in its cache under this URL's name first. A missing cache
 * fails on this machine's port 80, not on the internet.
 */
const WORDPRESS_URL = 'http://127.0.0.1/wordpress-6.5.5.zip';

/**
 * Boots WordPress with the plugin installed (not active) and returns its URL, a way to run PHP
 * inside it, and close(), which stops it and removes its files.
 */
export async function startWordPress() {
  const home = mkdtempSync(join(tmpdir(), 'release-countdown-wordpress-'));
  const cache = join(home, '.wordpress-playground');
  mkdirSync(cache);
  const cacheName = `custom-${createHash('sha1').update(WORDPRESS_URL).digest('hex').slice(0, 8)}.zip`;
  copyFileSync(join(BUILDS, 'src/wordpress/wp-6.5.zip'), join(cache, cacheName));
  const wordpress = join(home, 'wordpress');
  mkdirSync(wordpress);
  // The CLI reads its cache folder from the home directory when it is first imported.
  const realHome = process.env.HOME;
  process.env.HOME = home;
  const { runCLI } = await import('@wp-playground/cli');
  process.env.HOME = realHome;

  const port = await freeLoopbackPort();
  const cli = await onLoopback(() =>
    runCLI({
      command: 'server',
      port,
      php: '8.3',
      wp: WORDPRESS_URL,
      verbosity: 'quiet',
      // WordPress is installed into a folder of this machine, so the test can add files to it.
      'mount-before-install': [{ hostPath: wordpress, vfsPath: '/wordpress' }],
      blueprint: {
        preferredVersions: { php: '8.3', wp: WORDPRESS_URL },
        steps: [{ step: 'defineWpConfigConsts', consts: { WP_HTTP_BLOCK_EXTERNAL: true, DISABLE_WP_CRON: true } }],
      },
    }),
  );
  const address = cli.server.address();
  if (address.address !== '127.0.0.1') throw new Error(`WordPress listens on ${address.address}, not on loopback`);

  // Playground's zip leaves out the files a browser loads (scripts, styles, images); the
  // package ships them beside it.
  cpSync(join(BUILDS, 'public/wp-6.5'), wordpress, { recursive: true, force: false });
  for (const file of PLUGIN_FILES) {
    cpSync(join(PLUGIN, file), join(wordpress, 'wp-content/plugins/release-countdown', file), { recursive: true });
  }

  return {
    url: cli.serverUrl,
    /** Runs PHP with WordPress loaded and returns what it echoes, parsed as JSON. */
    async php(code) {
      const response = await cli.playground.run({ code: `<?php require '/wordpress/wp-load.php'; ${code}` });
      const text = response.text;
      if (response.exitCode !== 0 || response.errors) {
        throw new Error(`PHP failed (${response.exitCode}): ${response.errors}\n${text}`);
      }
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`PHP did not answer JSON: ${text}`);
      }
    },
    async close() {
      await cli[Symbol.asyncDispose]();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function freeLoopbackPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Playground CLI 3.1 calls `listen(port)` without a host, which listens on every interface,
 * and has no option for it: while it starts, a listen without a host is given 127.0.0.1.
 */
async function onLoopback(start) {
  const listen = Server.prototype.listen;
  Server.prototype.listen = function (...args) {
    if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
    return listen.apply(this, args);
  };
  try {
    return await start();
  } finally {
    Server.prototype.listen = listen;
  }
}
