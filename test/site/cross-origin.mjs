// The iframe page framed the way a blog frames it, across origins: the built site served as plain
// files on http://localhost:PORT (the embed's origin), and the pages a test writes served on
// http://127.0.0.1:OTHER_PORT (the host's origin), in Chromium (playwright-core) or in Firefox
// (puppeteer-core over WebDriver BiDi, as test/browsers.mjs launches it). Both engines are driven
// through the same small page object, so that a test is written once for both.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { after, before } from 'node:test';
import { chromiumArgs, executablePath as chromiumPath } from '../chromium.mjs';

/** The built site (`npm run build:demo`), which the embed tests read too. */
export const SITE_DIR = fileURLToPath(new URL('../../dist/site/', import.meta.url));
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const FONTS = fileURLToPath(new URL('./fonts.conf', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * A static file server with no knowledge of the site: what a host such as GitHub Pages does.
 * `pages` answers paths a test wrote; every request is kept in `requests`.
 */
async function startServer(host, root) {
  const pages = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    if (pages.has(path)) {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] });
      response.end(pages.get(path));
      return;
    }
    const file = root && join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file || !file.startsWith(root) || !existsSync(file) || !extname(file)) {
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  return { server, pages, requests, port: server.address().port };
}

/**
 * The two origins. `embedUrl` is the built site on localhost (listening on both loopback
 * addresses, whichever one the browser resolves localhost to); `hostUrl` is 127.0.0.1, where
 * `hostPage(path, html)` puts a page.
 */
export async function startCrossOrigin() {
  if (!existsSync(join(SITE_DIR, 'embed.html'))) {
    throw new Error(`${SITE_DIR}embed.html is missing: run npm run build first (npm run test:site does).`);
  }
  const embed = await startServer('::', SITE_DIR);
  const host = await startServer('127.0.0.1', undefined);
  return {
    embedUrl: `http://localhost:${embed.port}/`,
    hostUrl: `http://127.0.0.1:${host.port}/`,
    embedRequests: embed.requests,
    hostPage(path, html) {
      host.pages.set(path, html);
      return `http://127.0.0.1:${host.port}${path}`;
    },
    async close() {
      await Promise.all([embed, host].map(({ server }) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

/**
 * Script run in every document of a page, frames of other origins included, before the page's
 * own: it stops the clock at `now` (the countdown always shows the same numbers, and its timers
 * still run, so a test can wait on them), counts calls to alert() (what a hostile value would
 * run), keeps every CSP violation and adds up the layout shifts (where the engine reports them).
 */
function documentStartScript(now) {
  return `(() => {
    const fixed = ${now.getTime()};
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args) { super(...(args.length === 0 ? [fixed] : args)); }
      static now() { return fixed; }
    }
    globalThis.Date = FixedDate;
    window.alerts = 0;
    window.alert = () => { window.alerts += 1; };
    window.violations = [];
    window.layoutShifts = 0;
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.layoutShifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
    });
  })();`;
}

/**
 * The engines the tests run in: the system Chromium and Firefox ESR. Each one is launched
 * before the tests of a file and closed after them.
 */
export const ENGINES = ['chromium', 'firefox'];

export function engineForTests(name) {
  const engine = {};
  before(async () => Object.assign(engine, await launch(name)));
  after(() => engine.close?.());
  return engine;
}

async function launch(name) {
  if (name === 'chromium') {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      env: { ...process.env, FONTCONFIG_FILE: FONTS },
    });
    return {
      async newPage({ width, height = 800, now }) {
        const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US', timezoneId: 'UTC' });
        await context.addInitScript(documentStartScript(now));
        const page = await context.newPage();
        return wrapPage(page, () => context.close());
      },
      close: () => browser.close(),
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: FONTS, TZ: 'UTC' },
    extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US' },
  });
  return {
    async newPage({ width, height = 800, now }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(documentStartScript(now));
      return wrapPage(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

/** What both engines' pages offer, under one name: console errors, frames by origin, screenshots. */
function wrapPage(page, close) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** The frames whose addresses start with `prefix`, by address. */
    frames(prefix) {
      return new Map(
        page
          .frames()
          .filter((frame) => frame.url().startsWith(prefix))
          .map((frame) => [frame.url(), { evaluate: (fn, arg) => frame.evaluate(fn, arg) }]),
      );
    },
    /** The PNG of the whole page, also written to `path` if given. */
    screenshot: async (path) => Buffer.from(await page.screenshot({ path, fullPage: true })),
    close,
  };
}

/**
 * Waits, inside the embed page, until it shows what it will show: the countdown rendered and
 * shown (its theme loaded first) or the page's own message, then two frames for the height to
 * be posted.
 */
export function embedShown() {
  return new Promise((resolve) => {
    const check = async () => {
      const countdown = document.querySelector('release-countdown');
      if (!countdown && !document.querySelector('.embed-error')) {
        setTimeout(check, 10);
        return;
      }
      if (countdown) {
        await customElements.whenDefined('release-countdown');
        await countdown.updateComplete;
        if (!countdown.shadowRoot || countdown.style.visibility === 'hidden') {
          setTimeout(check, 10);
          return;
        }
      }
      globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(() => resolve(true)));
    };
    check();
  });
}
