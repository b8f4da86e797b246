// What the site tests share: the built demo site (dist/site/) served locally by a plain static
// file server, the system Chromium, a fixed clock, and the checks every page gets (axe, console
// errors, horizontal overflow, screenshots).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { after, before } from 'node:test';
import { chromiumArgs, executablePath } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** The fonts the browser may use, so that screenshots do not depend on the machine's fonts. */
const FONTS = fileURLToPath(new URL('./fonts.conf', import.meta.url));

/** The built site, as `npm run build` writes it. */
export const SITE_DIR = fileURLToPath(new URL('../../dist/site/', import.meta.url));

/** The demo site's pages: every page of dist/site/ (a test requires that none is missing here). */
export const DEMO_PAGES = ['index.html', 'builder.html', 'themes.html', 'blog.html', 'embed.html'];

/**
 * What the iframe page (embed.html) reads from its address: the element's attributes, `theme` and
 * `background`; written here apart from demo/embed.ts, so that the tests hold the page to the list.
 */
export const EMBED_PARAMETERS = [
  'date',
  'time-zone',
  'title',
  'released-text',
  'units',
  'format',
  'unit-display',
  'after',
  'calendar',
  'lang',
  'theme',
  'background',
];

/** Every page and theme is checked at these widths, from a small phone to a wide desktop. */
export const WIDTHS = [320, 375, 768, 1024, 1400];

/**
 * "Now" in every site test: the countdowns on the demo pages show the same numbers on every
 * run. 2026-12-01 12:00 UTC is before every upcoming release on the pages and after the
 * released ones.
 */
export const FIXED_NOW = new Date('2026-12-01T12:00:00Z');

/**
 * Screenshots may differ from their baselines in at most this share of pixels (each compared
 * with pixelmatch's default colour threshold, 0.1, anti-aliasing ignored). It absorbs glyph
 * rasterization differences between font builds, not a layout change: a moved or resized box
 * changes far more.
 */
export const SCREENSHOT_TOLERANCE = 0.01;

/**
 * Serves dist/site/ (made by `npm run build`) under `base` (see serveStatic) and launches the
 * system Chromium.
 */
export async function startSite({ base = '/' } = {}) {
  if (!existsSync(`${SITE_DIR}index.html`)) {
    throw new Error('dist/site/ is missing: run npm run build first (npm run test:site does).');
  }
  const server = await serveStatic(SITE_DIR, { base });
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
    env: { ...process.env, FONTCONFIG_FILE: FONTS },
  });
  return {
    baseUrl: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The site for the tests of one file: started before them and closed after them. Its fields
 * (`baseUrl`, `browser`) are there once the tests run.
 */
export function siteForTests(options) {
  const site = {};
  before(async () => Object.assign(site, await startSite(options)));
  after(() => site.close?.());
  return site;
}

/**
 * A new page in its own context, with the clock stopped at `now` before any script runs, and
 * every console error and uncaught exception collected in `page.errors`.
 */
export async function openPage(
  browser,
  url,
  { now = FIXED_NOW, width = 1000, height = 800, contextOptions = {} } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'en-US',
    timezoneId: 'UTC',
    ...contextOptions,
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  // Installed a moment earlier, because the installed clock runs until paused, and it can
  // only be paused at a time still ahead of it.
  await page.clock.install({ time: now.getTime() - 1000 });
  await page.clock.pauseAt(now);
  if (url) {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
  }
  return page;
}

/**
 * Waits until the embed builder has started: its start-up runs in several tasks (demo/builder.ts),
 * the last of which puts the snippet in the preview, after the page's load event may have fired.
 */
export async function builderStarted(page) {
  await withinSeconds(
    10,
    'the embed builder to show its preview',
    page.frameLocator('#preview').locator('release-countdown').first().waitFor({ state: 'attached' }),
  );
}

/**
 * Waits until every countdown on the page (and in its frames) has rendered, the builder's preview
 * too. It waits on the elements' own promises, not on polling, which the paused clock would stop.
 */
export async function settle(page) {
  if ((await page.locator('#builder-form').count()) > 0) await builderStarted(page);
  for (const frame of page.frames()) {
    await withinSeconds(
      10,
      `the countdowns of ${frame.url()} to render`,
      frame.evaluate(async () => {
        const countdowns = [...document.querySelectorAll('release-countdown')];
        if (countdowns.length === 0) return;
        await customElements.whenDefined('release-countdown');
        await Promise.all(countdowns.map((el) => el.updateComplete));
      }),
    );
  }
}

/** Fails with `what` instead of hanging, measured by Node's own clock (the page's is stopped). */
async function withinSeconds(seconds, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Waited ${seconds} s for ${what}`)), seconds * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Axe's violations on the page (iframes included), as "rule: what" lines, for a readable failure. */
export async function axeViolations(page) {
  // Axe waits on timers of its own, which the paused clock would hold forever: let time run.
  await page.clock.resume();
  // Evaluated rather than added as a script tag, which a page's strict CSP (embed.html) refuses.
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map(
    ({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * What is wider than it may be at the current width: the page itself, and every element
 * matched by `selector` that is not inline (an inline box has no width of its own to overflow).
 */
export async function overflowing(page, selector = 'release-countdown') {
  return page.evaluate((selector) => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll(selector)) {
      if (getComputedStyle(element).display === 'inline') continue;
      if (element.scrollWidth > element.clientWidth) {
        const name = element.getAttribute('title') || element.id || element.className || element.tagName;
        problems.push(`${name}: ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return problems;
  }, selector);
}

/**
 * Compares a screenshot with its committed baseline in test/site/screenshots/. With
 * UPDATE_SCREENSHOTS=1 it writes the baseline instead. Returns the share of differing pixels.
 */
export function compareWithBaseline(name, png) {
  const file = `${SCREENSHOTS}${name}.png`;
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(file, png);
    return 0;
  }
  if (!existsSync(file)) {
    throw new Error(
      `No baseline ${file}: run UPDATE_SCREENSHOTS=1 npm run test:site and look at it before committing.`,
    );
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(file));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(`${SCREENSHOTS}${name}.actual.png`, png);
    return 1;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const share = differing / (actual.width * actual.height);
  if (share > SCREENSHOT_TOLERANCE) {
    writeFileSync(`${SCREENSHOTS}${name}.actual.png`, png);
    writeFileSync(`${SCREENSHOTS}${name}.diff.png`, PNG.sync.write(diff));
  }
  return share;
}
