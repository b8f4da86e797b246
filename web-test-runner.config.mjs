import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, executablePath } from './test/chromium.mjs';
import { build } from 'vite';

/** The policy the reliability tests hold the element to (test/pages/strict-csp.html). */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves test/pages/strict-csp.html with a strict Content-Security-Policy header. */
function strictCsp(context, next) {
  return next().then(() => {
    if (context.path === '/test/pages/strict-csp.html') context.set('Content-Security-Policy', STRICT_CSP);
  });
}

/**
 * Builds the embed file as `npm run build` does, into a cache folder the test server serves,
 * so that tests can load the real bundle (Lit and Luxon inlined) beside the source modules:
 * two different builds on one page.
 */
function bundleForTests() {
  return {
    name: 'bundle-for-tests',
    async serverStart() {
      await build({
        configFile: 'vite.config.ts',
        logLevel: 'error',
        build: { outDir: 'node_modules/.cache/release-countdown-test', emptyOutDir: true },
      });
    },
  };
}

/**
 * `heap`: the page's JavaScript heap in bytes after two forced garbage collections, through
 * the DevTools protocol (performance.measureUserAgentSpecificMemory needs a cross-origin
 * isolated page, which the test page is not). `listeners`: how many listeners of each type
 * window and document hold.
 */
function devtoolsCommands() {
  return {
    name: 'devtools-commands',
    async executeCommand({ command, session }) {
      if (command !== 'heap' && command !== 'listeners') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        if (command === 'heap') {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
        const counts = {};
        for (const target of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          for (const { type } of listeners) counts[`${target} ${type}`] = (counts[`${target} ${type}`] ?? 0) + 1;
          await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        }
        return counts;
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [strictCsp],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    bundleForTests(),
    devtoolsCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: chromiumArgs,
      },
    }),
  ],
  // One page at a time: pages in the background are hidden, and hidden pages get no second ticks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
