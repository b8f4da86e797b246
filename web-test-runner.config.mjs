import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ONLY, chromium, firefox, webkit } from './test/browsers.mjs';
import { build } from 'vite';

/** The policy the reliability tests hold the element to (test/pages/strict-csp.html). */
const STRICT_CSP_WITHOUT_TRUSTED_TYPES = "default-src 'none'; script-src 'self'; style-src 'self'";
const STRICT_CSP = `${STRICT_CSP_WITHOUT_TRUSTED_TYPES}; require-trusted-types-for 'script'`;

/**
 * Serves test/pages/strict-csp.html with a strict Content-Security-Policy header. With
 * `?trusted-types=unsupported` the page plays an engine without Trusted Types (older Safari and
 * Firefox releases; Firefox 153 and WebKitGTK 2.50 enforce them): the header lacks
 * require-trusted-types-for, which such an engine ignores, and the page hides
 * window.trustedTypes before the element loads.
 */
function strictCsp(context, next) {
  return next().then(() => {
    if (context.path !== '/test/pages/strict-csp.html') return;
    const unsupported = context.query['trusted-types'] === 'unsupported';
    context.set('Content-Security-Policy', unsupported ? STRICT_CSP_WITHOUT_TRUSTED_TYPES : STRICT_CSP);
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

const ALL_FILES = 'test/**/*.test.ts';
const PORTABLE_FILES = [ALL_FILES, ...Object.keys(CHROMIUM_ONLY).map((file) => `!${file}`)];

/**
 * One group per engine, so `web-test-runner --group firefox` runs one engine alone
 * (npm run test:chromium, test:firefox, test:webkit); with no --group, all three run.
 */
export default {
  nodeResolve: true,
  middleware: [strictCsp],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    bundleForTests(),
    devtoolsCommands(),
  ],
  groups: [
    { name: 'chromium', files: [ALL_FILES], browsers: [chromium()] },
    { name: 'firefox', files: PORTABLE_FILES, browsers: [firefox()] },
    { name: 'webkit', files: PORTABLE_FILES, browsers: [webkit()] },
  ],
  // One page at a time in each browser: pages in the background are hidden, and hidden pages
  // get no second ticks. One engine at a time: two browsers side by side on two cores make the
  // heaviest tests (10,000 countdowns, 48 hours at fast-forward) miss their timeouts.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Firefox ESR takes 15 to 25 s to start with a fresh profile on two busy cores; the default
  // 30 s for the browser and its first page is too little.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
};
