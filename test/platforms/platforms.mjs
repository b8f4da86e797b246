// What the static site generator tests share (npm run test:platforms): the post every generator
// builds, a plain node:http server for the built site that counts what is requested, the system
// Chromium with a fixed clock, and the checks made on the served pages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../chromium.mjs';
import { FIXED_NOW, openPage } from '../site/site.mjs';

export { FIXED_NOW };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const INTEGRATIONS = path.join(ROOT, 'integrations');

/**
 * The title every generator writes: quotes, markup, an ampersand, the `%}` that ends a Liquid tag,
 * an emoji and Arabic, all of which must stay text. Each test writes it as the embed builder does
 * (test/site/builder-generators.test.mjs checks the builder's escaping).
 */
export const TITLE = `He said "Launch" <b>now</b> & it's 100%} 🚀 إطلاق الموسم`;

/** The counting countdown: 2030-03-12 09:00 in Tokyo is 2030-03-12 00:00 UTC. */
export const COUNTING = { date: '2030-03-12T09:00', timeZone: 'Asia/Tokyo', instant: Date.UTC(2030, 2, 12, 0, 0, 0) };

/** The released one, before the fixed clock and before any build. */
export const RELEASED = { date: '2022-12-15T11:00:00Z', timeZone: 'UTC', title: 'Old Season' };

/**
 * The embed file and the CSS (`npm run build` makes both in dist/). Each test copies them where
 * its generator wants them, as an author would.
 */
export function builtFiles() {
  const files = ['release-countdown.js', 'release-countdown.css'].map((name) => path.join(ROOT, 'dist', name));
  for (const file of files) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run npm run build first (npm run test:platforms does).`);
  }
  return files;
}

/** A fresh folder for one site, removed by `removeSite`. */
export function newSiteFolder(name) {
  return mkdtempSync(path.join(tmpdir(), `release-countdown-${name}-`));
}

export function removeSite(folder) {
  rmSync(folder, { recursive: true, force: true });
}

export function copyInto(file, folder) {
  cpSync(file, path.join(folder, path.basename(file)));
}

/**
 * The generator's version, as `versionArgs` prints it. Nothing is installed here: .ci/run installs
 * the Debian package where the command is missing.
 */
export function toolVersion(command, versionArgs, debianPackage) {
  const result = spawnSync(command, versionArgs, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} is not installed: apt-get install ${debianPackage} (.ci/run does)`);
  }
  return result.stdout.trim();
}

/** Runs a build command in `cwd`, and says how long it took. A failed build throws with its output. */
export function runBuild(command, args, cwd) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  const ms = Math.round(performance.now() - started);
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, ms };
}

/**
 * Serves `folder` over plain HTTP, as any static host would (index.html for a folder), and
 * counts the requests of each path.
 */
export async function serve(folder) {
  const requests = new Map();
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.xml': 'application/xml',
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    let file = path.join(folder, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    requested: (suffix) =>
      [...requests].filter(([pathname]) => pathname.endsWith(suffix)).reduce((sum, [, n]) => sum + n, 0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function launchChromium() {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * Runs in the page before its scripts: adds up the layout shifts, and tells the test when the
 * fallback has been painted, so that the script is let through only then (as on a slow network).
 */
function watchLayout() {
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    window.fallbackPainted?.();
  }).observe({ type: 'paint', buffered: true });
}

/** Opens `url` at the fixed clock with the scripts held back until the fallback is painted, and waits for the countdowns. */
export async function openPost(browser, url, width) {
  const page = await openPage(browser, null, { width, height: 900 });
  let painted;
  const firstPaint = new Promise((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('fallbackPainted', () => painted());
  await page.addInitScript(watchLayout);
  await page.route('**/*.js', async (route) => {
    await firstPaint;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await customElements.whenDefined('release-countdown');
    await Promise.all([...document.querySelectorAll('release-countdown')].map((el) => el.updateComplete));
    // Two frames: the upgraded countdowns are laid out and any shift is reported.
    await document.documentElement.animate([], { duration: 50 }).finished;
  });
  return page;
}

/** What each countdown on the page shows once upgraded: its state, units and the text of its parts. */
export function readCountdowns(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('release-countdown')].map((el) => {
      const shadow = el.shadowRoot;
      const text = (part) => shadow?.querySelector(`[part="${part}"]`)?.textContent.trim() ?? null;
      const units = Object.fromEntries(
        [...(shadow?.querySelectorAll('[part~="unit"]') ?? [])].map((unit) => [
          unit.getAttribute('part').split(' ')[1],
          Number(unit.querySelector('[part~="value"]').textContent.replace(/\D/g, '')),
        ]),
      );
      return {
        upgraded: shadow !== null && shadow.childElementCount > 0,
        released: el.hasAttribute('released'),
        invalid: el.hasAttribute('invalid'),
        titleAttribute: el.getAttribute('title'),
        shownTitle: text('title'),
        fallbackTitle: el.querySelector(':scope > [part="title"]')?.textContent ?? null,
        elementsInTitle: el.querySelectorAll(':scope > [part="title"] *').length,
        releasedText: text('released'),
        // Intl may put a narrow no-break space before AM; the build's tools write a space.
        shownDate: text('date')?.replace(/\u202f/g, ' ') ?? null,
        fallbackDate: el.querySelector(':scope > [part="date"]')?.textContent.replace(/\u202f/g, ' ') ?? null,
        units,
      };
    }),
  );
}

/** Days, hours, minutes and seconds from the fixed clock to `instant`, as the element counts them. */
export function remainingFromFixedNow(instant) {
  let seconds = Math.round((instant - FIXED_NOW.getTime()) / 1000);
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  return { days, hours, minutes, seconds: seconds - minutes * 60 };
}

/**
 * The checks of a built post holding the counting and the released countdown, and of a page
 * without one: what every generator must give.
 */
export async function checkBuiltSite({ browser, server, postPath, plainPath, dateLines }) {
  const page = await openPost(browser, server.url + postPath, 1280);
  const [counting, released, ...others] = await readCountdowns(page);
  assert.equal(others.length, 0, 'the post holds two countdowns');

  assert.ok(counting.upgraded && released.upgraded, 'both countdowns upgrade');
  assert.equal(counting.invalid || released.invalid, false, 'neither reads its attributes as invalid');
  assert.equal(counting.released, false);
  assert.deepEqual(counting.units, remainingFromFixedNow(COUNTING.instant));
  assert.equal(released.released, true);
  assert.equal(released.releasedText, `${RELEASED.title} has been released!`);
  // The date lines written at build time: the element's own where the tool can write them.
  assert.deepEqual([counting.fallbackDate, released.fallbackDate], dateLines);

  assert.equal(counting.titleAttribute, TITLE, 'the title attribute holds the title as written');
  assert.equal(counting.shownTitle, TITLE, 'the element shows the title as text');
  assert.equal(counting.fallbackTitle, TITLE, 'the fallback line shows the title as text');
  assert.equal(counting.elementsInTitle, 0, 'no element is made from the title');

  assert.equal(await page.locator('script[src$="/release-countdown.js"]').count(), 1, 'the page holds one script tag');
  assert.equal(await page.locator('link[href$="/release-countdown.css"]').count(), 1, 'the page holds one CSS link');
  assert.equal(server.requested('/release-countdown.js'), 1, 'the script is requested once');
  assert.equal(server.requested('/release-countdown.css'), 1, 'the CSS is requested once');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  const elementDateLines = [counting.shownDate, released.shownDate];

  // Nothing moves when the countdowns upgrade, on a laptop and on a phone.
  for (const width of [1280, 390]) {
    const post = await openPost(browser, server.url + postPath, width);
    const shift = await post.evaluate(() => window.layoutShift);
    assert.equal(shift, 0, `layout shift over the load at ${width} px: ${shift}`);
    await post.context().close();
  }

  const before = server.requested('/release-countdown.js');
  const plain = await openPage(browser, server.url + plainPath);
  assert.equal(await plain.locator('h1').count(), 1, `${plainPath} is a page`);
  assert.equal(server.requested('/release-countdown.js'), before, 'a page without a countdown requests no script');
  assert.equal(await plain.locator('script[src*="release-countdown"], link[href*="release-countdown"]').count(), 0);
  await plain.context().close();
  return { elementDateLines };
}

/**
 * Dates and zones whose date line a generator may write as the element does: absolute and
 * wall-clock dates, IANA zones with and without a US short name, summer and winter, fixed offsets.
 */
export const DATE_LINE_CASES = [
  { date: '2030-03-12T09:00', timeZone: 'Asia/Tokyo' },
  { date: '2022-12-15T11:00:00Z', timeZone: 'America/Los_Angeles' },
  { date: '2030-07-01T12:00:00+02:00', timeZone: 'Asia/Kolkata' },
  { date: '2030-07-04T18:30', timeZone: 'America/New_York' },
  { date: '2030-01-15T08:05', timeZone: 'Europe/London' },
  { date: '2030-07-15T08:05', timeZone: 'Europe/London' },
  { date: '2030-10-27T00:30:00Z', timeZone: 'Europe/Berlin' },
  // A wall-clock time that the DST change repeats (its first occurrence), and one it skips.
  { date: '2030-10-27T02:30', timeZone: 'Europe/Berlin' },
  { date: '2030-03-31T02:30', timeZone: 'Europe/Berlin' },
  { date: '2030-03-12T09:00', timeZone: 'UTC+9' },
  { date: '2030-03-12T23:45', timeZone: 'UTC-05:30' },
  { date: '2030-03-12 09:00:00', timeZone: 'UTC' },
];

/**
 * Each countdown's date line as the generator wrote it and as the element writes it once
 * upgraded. The page is tall enough for every countdown to be near the view, where it renders.
 */
export async function dateLinesOf(browser, url) {
  const page = await openPage(browser, url, { width: 1000, height: 4000 });
  const lines = (await readCountdowns(page)).map(({ fallbackDate, shownDate }) => ({
    fallback: fallbackDate,
    element: shownDate,
  }));
  await page.context().close();
  return lines;
}

/**
 * The page of fallback shapes each generator builds, as its parameters: a counting countdown with
 * the calendar link, a released one with its own released text, one in the inline theme, and one
 * whose date the element cannot read.
 */
export const SHAPES = [
  { date: '2030-03-12T09:00', 'time-zone': 'Asia/Tokyo', title: 'With a link', calendar: true },
  { date: '2022-12-15T11:00:00Z', 'time-zone': 'UTC', title: 'Out', 'released-text': 'Out now' },
  { class: 'inline', date: '2030-03-12T09:00', 'time-zone': 'Asia/Tokyo' },
  { date: '2030-13-45', 'time-zone': 'UTC', title: 'Bad date' },
];

/**
 * The fallback lines of the SHAPES page as built (which parts each countdown holds, or its text),
 * and what the element shows for the bad date: its own error, naming the attribute.
 */
export async function checkFallbackShapes(browser, url, inlineText) {
  const page = await openPage(browser, url, { width: 1000, height: 2000 });
  const built = await page.evaluate(() =>
    [...document.querySelectorAll('release-countdown')].map((el) => ({
      parts: [...el.querySelectorAll(':scope > [part]')].map(
        (line) => `${line.getAttribute('part')}:${line.textContent}`,
      ),
      text: el.querySelector(':scope > *') ? null : el.textContent.trim(),
      error: el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? null,
    })),
  );
  await page.context().close();
  assert.equal(built.length, SHAPES.length);
  const [calendar, released, inline, bad] = built;
  assert.deepEqual(
    calendar.parts.map((part) => part.split(':')[0]),
    ['title', 'date', 'countdown', 'calendar'],
  );
  assert.deepEqual(released.parts.at(-1), 'released:Out now');
  assert.equal(inline.text, inlineText);
  assert.match(bad.error ?? '', /^date: "2030-13-45" is not a date/);
}
