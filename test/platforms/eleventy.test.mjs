// The Eleventy plugin, imported as the package's entry `release-countdown/eleventy`, in a site
// built by Eleventy 3 from npm, with Eleventy's defaults (Markdown pages run through Liquid first).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Eleventy from '@11ty/eleventy';
import releaseCountdown from 'release-countdown/eleventy';
import {
  COUNTING,
  DATE_LINE_CASES,
  RELEASED,
  SHAPES,
  TITLE,
  builtFiles,
  checkBuiltSite,
  checkFallbackShapes,
  dateLinesOf,
  launchChromium,
  newSiteFolder,
  removeSite,
  serve,
} from './platforms.mjs';

const ELEVENTY_VERSION = JSON.parse(
  readFileSync(new URL('../../node_modules/@11ty/eleventy/package.json', import.meta.url), 'utf8'),
).version;

/** A value inside the shortcode's attribute string, as the embed builder writes it: an HTML attribute value, %} with an entity. */
const attribute = (value) =>
  `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/%}/g, '%&#125;')}"`;

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }}</title></head>
<body><h1>{{ title }}</h1>{{ content | safe }}</body>
</html>
`;

const POST = `---
layout: base.njk
title: Season 2 is coming
---
The date is set.

{% releaseCountdown 'date="${COUNTING.date}" time-zone="${COUNTING.timeZone}" title=${attribute(TITLE)}' %}

The first season came out long ago.

{% releaseCountdown 'date="${RELEASED.date}" time-zone="${RELEASED.timeZone}" title="${RELEASED.title}"' %}

Everything else in the post comes after them.
`;

function writeSite(folder, pages) {
  mkdirSync(path.join(folder, '_includes'));
  writeFileSync(path.join(folder, '_includes', 'base.njk'), LAYOUT);
  for (const [name, content] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
}

/** Builds `folder` into its _site/ with the plugin added with `options`; says how long it took. */
async function build(folder, options) {
  const started = performance.now();
  const eleventy = new Eleventy(folder, path.join(folder, '_site'), {
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addPlugin(releaseCountdown, options);
    },
  });
  await eleventy.write();
  return Math.round(performance.now() - started);
}

/** An error's message and those of the errors Eleventy wrapped in it. */
function messages(error) {
  const all = [];
  for (let cause = error; cause; cause = cause.originalError ?? cause.cause) all.push(cause.message);
  return all.join('\n');
}

describe(`Eleventy ${ELEVENTY_VERSION}: the release-countdown plugin`, () => {
  let browser;
  const folders = [];
  before(async () => {
    builtFiles();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    for (const folder of folders) removeSite(folder);
  });

  it('in a Markdown post, both countdowns count, once loaded, without a shift', async (t) => {
    const folder = newSiteFolder('eleventy');
    folders.push(folder);
    writeSite(folder, {
      'posts/launch.md': POST,
      'about.md': '---\nlayout: base.njk\ntitle: About\n---\nA page without a countdown.\n',
    });
    t.diagnostic(`eleventy ${ELEVENTY_VERSION} build: ${await build(folder)} ms`);
    const server = await serve(path.join(folder, '_site'));
    try {
      const { elementDateLines } = await checkBuiltSite({
        browser,
        server,
        postPath: '/posts/launch/',
        plainPath: '/about/',
        dateLines: ['March 12, 2030 at 9:00 AM GMT+9', 'December 15, 2022 at 11:00 AM UTC'],
      });
      assert.deepEqual(elementDateLines, ['March 12, 2030 at 9:00 AM GMT+9', 'December 15, 2022 at 11:00 AM UTC']);
    } finally {
      await server.close();
    }
  });

  it('in Nunjucks (keyword arguments) and Liquid pages, the same element, its values escaped', async () => {
    const folder = newSiteFolder('eleventy-engines');
    folders.push(folder);
    writeSite(folder, {
      'nunjucks.njk': `{% releaseCountdown date="2030-03-12T09:00", timeZone="Asia/Tokyo", title="A <i>&" %}\n`,
      'liquid.liquid': `{% releaseCountdown 'date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="A <i>&amp;"' %}\n`,
    });
    await build(folder, { lang: 'de' });
    const expected = [
      '<release-countdown date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="A &lt;i&gt;&amp;">',
      '  <div part="title">A &lt;i&gt;&amp;</div>',
      '  <div part="date">12. März 2030 um 09:00 GMT+9</div>',
      '  <div part="countdown"></div>',
      '</release-countdown>',
    ].join('\n');
    for (const page of ['nunjucks', 'liquid']) {
      const html = readFileSync(path.join(folder, '_site', page, 'index.html'), 'utf8');
      assert.ok(html.includes(expected), `${page}: ${html}`);
    }
  });

  it('writes the date line the element writes, for absolute and wall-clock dates, in every kind of zone', async () => {
    const folder = newSiteFolder('eleventy-dates');
    folders.push(folder);
    const lines = DATE_LINE_CASES.map(
      ({ date, timeZone }) => `{% releaseCountdown 'date="${date}" time-zone="${timeZone}" format="compact"' %}`,
    );
    writeSite(folder, { 'dates.md': `---\nlayout: base.njk\ntitle: Dates\n---\n${lines.join('\n\n')}\n` });
    await build(folder);
    const server = await serve(path.join(folder, '_site'));
    try {
      const shown = await dateLinesOf(browser, `${server.url}/dates/`);
      assert.equal(shown.length, DATE_LINE_CASES.length);
      for (const [index, { fallback, element }] of shown.entries()) {
        assert.equal(fallback, element, JSON.stringify(DATE_LINE_CASES[index]));
      }
    } finally {
      await server.close();
    }
  });

  it('writes the calendar link’s room, the released text, an inline theme’s text, and a bad date for the element to report', async () => {
    const folder = newSiteFolder('eleventy-shapes');
    folders.push(folder);
    const lines = SHAPES.map(
      (parameters) =>
        `{% releaseCountdown '${Object.entries(parameters)
          .map(([name, value]) => (value === true ? name : `${name}=${attribute(value)}`))
          .join(' ')}' %}`,
    );
    writeSite(folder, { 'shapes.md': `---\nlayout: base.njk\ntitle: Shapes\n---\n${lines.join('\n\n')}\n` });
    await build(folder);
    const server = await serve(path.join(folder, '_site'));
    try {
      await checkFallbackShapes(browser, `${server.url}/shapes/`, 'March 12, 2030 at 9:00 AM GMT+9');
    } finally {
      await server.close();
    }
  });

  it('copies the files into, and links them from, the folder the directory option names', async () => {
    const folder = newSiteFolder('eleventy-directory');
    folders.push(folder);
    writeSite(folder, {
      'index.md': `---\nlayout: base.njk\ntitle: Home\n---\n{% releaseCountdown 'date="2030-03-12T09:00"' %}\n`,
    });
    await build(folder, { directory: '/assets/countdown/' });
    const html = readFileSync(path.join(folder, '_site', 'index.html'), 'utf8');
    assert.ok(html.includes('<link rel="stylesheet" href="/assets/countdown/release-countdown.css">'), html);
    assert.ok(html.includes('<script type="module" src="/assets/countdown/release-countdown.js"></script>'), html);
    for (const file of builtFiles()) {
      const copy = path.join(folder, '_site', 'assets', 'countdown', path.basename(file));
      assert.equal(readFileSync(copy, 'utf8'), readFileSync(file, 'utf8'), copy);
    }
  });

  it('fails the build on an unknown parameter name, naming it', async () => {
    const folder = newSiteFolder('eleventy-typo');
    folders.push(folder);
    writeSite(folder, { 'typo.md': `{% releaseCountdown 'date="2030-03-12T09:00" tiltle="Season 2"' %}\n` });
    await assert.rejects(build(folder), (error) => {
      assert.match(messages(error), /releaseCountdown shortcode in \S*typo\.md: unknown parameter "tiltle"/);
      return true;
    });
  });

  it('fails on an unknown plugin option, naming it', async () => {
    const folder = newSiteFolder('eleventy-option');
    folders.push(folder);
    writeSite(folder, { 'index.md': 'Nothing.\n' });
    await assert.rejects(build(folder, { langg: 'de' }), (error) => {
      assert.match(
        messages(error),
        /release-countdown\/eleventy: unknown option "langg"; the options are lang, directory/,
      );
      return true;
    });
  });
});
