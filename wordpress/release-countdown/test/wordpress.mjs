// A real WordPress 6.5.5 for the plugin's tests, run in this Node process by WordPress
// Playground, offline: the WordPress files come from @wp-playground/wordpress-builds (the
// WordPress zip, placed where the Playground CLI looks before it downloads, and the static files
// that Playground's zip leaves out), the SQLite integration plugin from the CLI's own package,
// and WordPress itself may not make an HTTP request outside this machine. The plugin is the zip
// that `npm run build` writes, installed the way WordPress installs an uploaded plugin.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const BUILDS = join(require.resolve('@wp-playground/wordpress-builds/package.json'), '..');

/** The plugin as its users get it: the zip that `npm run build` writes. */
const PLUGIN_ZIP = fileURLToPath(new URL('../../../dist/release-countdown-wordpress.zip', import.meta.url));

/**
 * Never fetched: the CLI finds the zip in its cache under this URL's name first. A missing cache
 * fails on this machine's port 80, not on the internet.
 */
const WORDPRESS_URL = 'http://127.0.0.1/wordpress-6.5.5.zip';

/**
 * Boots WordPress with the plugin installed from its zip (not active) and returns its URL, a way
 * to run PHP inside it, and close(), which stops it and removes its files.
 */
export async function startWordPress() {
  if (!existsSync(PLUGIN_ZIP)) {
    throw new Error(`${PLUGIN_ZIP} is missing: run npm run build in the repository root first.`);
  }
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

  const php = async (code) => {
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
  };
  await installPluginZip(wordpress, php);

  return {
    url: cli.serverUrl,
    /** Runs PHP with WordPress loaded and returns what it echoes, parsed as JSON. */
    php,
    async close() {
      await cli[Symbol.asyncDispose]();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Installs the zip as Plugins → Add New → Upload Plugin does once the file is uploaded
 * (wp-admin/update.php, action upload-plugin): WordPress's Plugin_Upgrader unpacks it into
 * wp-content/plugins/ and finds the plugin in it, or fails with WordPress's own message.
 */
async function installPluginZip(wordpress, php) {
  const uploaded = 'wp-content/release-countdown-wordpress.zip';
  copyFileSync(PLUGIN_ZIP, join(wordpress, uploaded));
  const installed = await php(`
    require_once ABSPATH . 'wp-admin/includes/admin.php';
    require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
    $skin = new WP_Ajax_Upgrader_Skin();
    $upgrader = new Plugin_Upgrader( $skin );
    $result = $upgrader->install( ABSPATH . '${uploaded}' );
    echo json_encode( array(
      'result' => is_wp_error( $result ) ? $result->get_error_message() : $result,
      'errors' => $skin->get_error_messages(),
      'plugin' => $upgrader->plugin_info(),
    ) );`);
  rmSync(join(wordpress, uploaded));
  if (installed.result !== true || installed.plugin !== 'release-countdown/release-countdown.php') {
    throw new Error(`WordPress did not install the plugin's zip: ${JSON.stringify(installed)}`);
  }
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
