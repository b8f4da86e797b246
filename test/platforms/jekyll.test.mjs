// The Jekyll include (integrations/jekyll/) in a site built by the real `jekyll` (Debian's
// package, 4.3) with its default Markdown (kramdown), and no plugin.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  COUNTING,
  DATE_LINE_CASES,
  INTEGRATIONS,
  RELEASED,
  SHAPES,
  TITLE,
  builtFiles,
  checkBuiltSite,
  checkFallbackShapes,
  copyInto,
  dateLinesOf,
  launchChromium,
  newSiteFolder,
  removeSite,
  runBuild,
  serve,
  toolVersion,
} from './platforms.mjs';

/** An include parameter value, as the embed builder writes it: \" for a quote, %\} for the %} that would end the tag. */
const quoted = (value) => `"${value.replace(/"/g, '\\"').replace(/%}/g, '%\\}')}"`;

const LAYOUT = `<!doctype html>
<html lang="{{ page.lang | default: site.lang | default: 'en' }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ page.title }}</title></head>
<body><h1>{{ page.title }}</h1>{{ content }}</body>
</html>
`;

function writeSite(folder, post) {
  cpSync(path.join(INTEGRATIONS, 'jekyll', '_includes'), path.join(folder, '_includes'), { recursive: true });
  writeFileSync(path.join(folder, '_config.yml'), 'title: Release notes\nlang: en\n');
  mkdirSync(path.join(folder, '_layouts'));
  writeFileSync(path.join(folder, '_layouts', 'default.html'), LAYOUT);
  mkdirSync(path.join(folder, 'assets', 'release-countdown'), { recursive: true });
  for (const file of builtFiles()) copyInto(file, path.join(folder, 'assets', 'release-countdown'));
  mkdirSync(path.join(folder, '_posts'));
  writeFileSync(path.join(folder, '_posts', '2026-11-30-launch.md'), post);
  writeFileSync(
    path.join(folder, 'about.md'),
    '---\nlayout: default\ntitle: About\n---\nA page without a countdown.\n',
  );
}

const POST = `---
layout: default
title: Season 2 is coming
---
The date is set.

{% include release-countdown.html date="${COUNTING.date}" time-zone="${COUNTING.timeZone}" title=${quoted(TITLE)} %}

The first season came out long ago.

{% include release-countdown.html date="${RELEASED.date}" time-zone="${RELEASED.timeZone}" title="${RELEASED.title}" %}

Everything else in the post comes after them.
`;

describe('Jekyll: the release-countdown include', () => {
  let browser;
  const folders = [];
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    for (const folder of folders) removeSite(folder);
  });

  it('both countdowns count, once loaded, without a shift', async (t) => {
    t.diagnostic(toolVersion('jekyll', ['--version'], 'jekyll'));
    const folder = newSiteFolder('jekyll');
    folders.push(folder);
    writeSite(folder, POST);
    const build = runBuild('jekyll', ['build', '--quiet'], folder);
    assert.ok(build.ok, build.output);
    t.diagnostic(`jekyll build: ${build.ms} ms`);

    const server = await serve(path.join(folder, '_site'));
    try {
      await checkBuiltSite({
        browser,
        server,
        postPath: '/2026/11/30/launch.html',
        plainPath: '/about.html',
        // Liquid cannot look a zone's offset up: the city names it.
        dateLines: ['March 12, 2030 at 9:00 AM (Tokyo)', 'December 15, 2022 at 11:00 AM UTC'],
      });
    } finally {
      await server.close();
    }
  });

  it('writes the date line the element writes where Liquid can: UTC, fixed offsets', async () => {
    const folder = newSiteFolder('jekyll-dates');
    folders.push(folder);
    const cases = DATE_LINE_CASES.filter(({ timeZone }) => timeZone.startsWith('UTC'));
    const lines = cases.map(
      ({ date, timeZone }) =>
        `{% include release-countdown.html date="${date}" time-zone="${timeZone}" format="compact" %}`,
    );
    writeSite(folder, `---\nlayout: default\ntitle: Dates\n---\n${lines.join('\n\n')}\n`);
    const build = runBuild('jekyll', ['build', '--quiet'], folder);
    assert.ok(build.ok, build.output);
    const server = await serve(path.join(folder, '_site'));
    try {
      const shown = await dateLinesOf(browser, `${server.url}/2026/11/30/launch.html`);
      assert.equal(shown.length, cases.length);
      for (const [index, { fallback, element }] of shown.entries()) {
        assert.equal(fallback, element, JSON.stringify(cases[index]));
      }
    } finally {
      await server.close();
    }
  });

  it('writes the calendar link’s room, the released text, an inline theme’s text, and a bad date for the element to report', async () => {
    const folder = newSiteFolder('jekyll-shapes');
    folders.push(folder);
    const lines = SHAPES.map(
      (parameters) =>
        `{% include release-countdown.html ${Object.entries(parameters)
          .map(([name, value]) => (value === true ? `${name}=true` : `${name}=${quoted(value)}`))
          .join(' ')} %}`,
    );
    writeSite(folder, `---\nlayout: default\ntitle: Shapes\n---\n${lines.join('\n\n')}\n`);
    const build = runBuild('jekyll', ['build', '--quiet'], folder);
    assert.ok(build.ok, build.output);
    const server = await serve(path.join(folder, '_site'));
    try {
      await checkFallbackShapes(browser, `${server.url}/2026/11/30/launch.html`, 'March 12, 2030 at 9:00 AM (Tokyo)');
    } finally {
      await server.close();
    }
  });

  it('writes the date line in numbers on a page in another language', () => {
    const folder = newSiteFolder('jekyll-de');
    folders.push(folder);
    writeSite(
      folder,
      `---\nlayout: default\nlang: de\ntitle: Termin\n---\n{% include release-countdown.html date="2030-03-12T09:00" time-zone="Asia/Tokyo" %}\n`,
    );
    const build = runBuild('jekyll', ['build', '--quiet'], folder);
    assert.ok(build.ok, build.output);
    const html = readFileSync(path.join(folder, '_site', '2026', '11', '30', 'launch.html'), 'utf8');
    assert.ok(html.includes('<div part="date">2030-03-12 09:00 (Tokyo)</div>'), html);
  });

  it('fails the build on an unknown parameter name, naming it', (t) => {
    const folder = newSiteFolder('jekyll-typo');
    folders.push(folder);
    writeSite(
      folder,
      `---\nlayout: default\ntitle: Typo\n---\n{% include release-countdown.html date="2030-03-12T09:00" tiltle="Season 2" %}\n`,
    );
    const build = runBuild('jekyll', ['build'], folder);
    t.diagnostic(`jekyll build: ${build.ms} ms`);
    assert.equal(build.ok, false, 'the build fails');
    assert.match(build.output, /release-countdown\.html\/unknown-parameter\/tiltle/);
  });
});
