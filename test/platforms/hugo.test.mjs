// The Hugo shortcode (integrations/hugo/) in a site built by the real `hugo` (Debian's package,
// 0.111), once as a theme component (how a Hugo module is mounted) and once copied into the site's
// layouts/, with Hugo's default Markdown settings (no `unsafe = true`).
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

/** A shortcode parameter value: Hugo reads \" inside a quoted value as a quote. */
const quoted = (value) => `"${value.replace(/"/g, '\\"')}"`;

const LAYOUT = `<!doctype html>
<html lang="{{ site.Language.Lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ .Content }}</body>
</html>
`;

/**
 * The three ways the README gives: the folder as a module (a theme component), the npm package's
 * copy mounted from node_modules/, and the folder's layouts/ copied into the site's.
 */
const WAYS = {
  module: 'as a module (theme component)',
  npm: 'mounted from the npm package',
  layouts: 'copied into layouts/',
};

/** The site configuration of the npm way, as the README gives it. */
const NPM_MOUNTS = `[module]
[[module.mounts]]
source = "layouts"
target = "layouts"
[[module.mounts]]
source = "static"
target = "static"
[[module.mounts]]
source = "node_modules/release-countdown/integrations/hugo/layouts"
target = "layouts"
[[module.mounts]]
source = "node_modules/release-countdown/dist"
target = "static/release-countdown"
includeFiles = ["release-countdown.js", "release-countdown.css"]
`;

/** A site whose post holds a counting and a released countdown, and a page without any. */
function writeSite(folder, { way, post }) {
  const config = ['baseURL = "http://example.org/"', 'languageCode = "en-us"', 'title = "Release notes"'];
  const staticFolder = path.join(folder, 'static', 'release-countdown');
  mkdirSync(staticFolder, { recursive: true });
  if (way === 'npm') {
    // What `npm install release-countdown` puts there.
    const installed = path.join(folder, 'node_modules', 'release-countdown');
    cpSync(path.join(INTEGRATIONS, 'hugo', 'layouts'), path.join(installed, 'integrations', 'hugo', 'layouts'), {
      recursive: true,
    });
    mkdirSync(path.join(installed, 'dist'));
    for (const file of builtFiles()) copyInto(file, path.join(installed, 'dist'));
    config.push(NPM_MOUNTS);
  } else {
    for (const file of builtFiles()) copyInto(file, staticFolder);
    if (way === 'module') {
      cpSync(path.join(INTEGRATIONS, 'hugo'), path.join(folder, 'themes', 'release-countdown'), { recursive: true });
      config.push('theme = ["release-countdown"]');
    } else {
      cpSync(path.join(INTEGRATIONS, 'hugo', 'layouts'), path.join(folder, 'layouts'), { recursive: true });
    }
  }
  writeFileSync(path.join(folder, 'hugo.toml'), `${config.join('\n')}\n`);
  mkdirSync(path.join(folder, 'layouts', '_default'), { recursive: true });
  writeFileSync(path.join(folder, 'layouts', '_default', 'single.html'), LAYOUT);
  writeFileSync(path.join(folder, 'layouts', '_default', 'list.html'), LAYOUT);
  mkdirSync(path.join(folder, 'content', 'posts'), { recursive: true });
  writeFileSync(path.join(folder, 'content', 'posts', 'launch.md'), post);
  writeFileSync(path.join(folder, 'content', 'about.md'), '---\ntitle: About\n---\nA page without a countdown.\n');
}

const POST = `---
title: "Season 2 is coming"
---
The date is set.

{{< release-countdown date="${COUNTING.date}" time-zone="${COUNTING.timeZone}" title=${quoted(TITLE)} >}}

The first season came out long ago.

{{< release-countdown date="${RELEASED.date}" time-zone="${RELEASED.timeZone}" title="${RELEASED.title}" >}}

Everything else in the post comes after them.
`;

describe(`Hugo: the release-countdown shortcode`, () => {
  let browser;
  const folders = [];
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    for (const folder of folders) removeSite(folder);
  });

  for (const [way, name] of Object.entries(WAYS)) {
    it(`${name}: both countdowns count, once loaded, without a shift`, async (t) => {
      t.diagnostic(toolVersion('hugo', ['version'], 'hugo'));
      const folder = newSiteFolder('hugo');
      folders.push(folder);
      writeSite(folder, { way, post: POST });
      const build = runBuild('hugo', ['--quiet'], folder);
      assert.ok(build.ok, build.output);
      t.diagnostic(`hugo build: ${build.ms} ms`);

      const server = await serve(path.join(folder, 'public'));
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
  }

  it('writes the date line the element writes, for absolute and wall-clock dates, in every kind of zone', async () => {
    const folder = newSiteFolder('hugo-dates');
    folders.push(folder);
    const lines = DATE_LINE_CASES.map(
      ({ date, timeZone }) => `{{< release-countdown date="${date}" time-zone="${timeZone}" format="compact" >}}`,
    );
    writeSite(folder, { way: 'module', post: `---\ntitle: Dates\n---\n${lines.join('\n\n')}\n` });
    const build = runBuild('hugo', ['--quiet'], folder);
    assert.ok(build.ok, build.output);
    const server = await serve(path.join(folder, 'public'));
    try {
      const shown = await dateLinesOf(browser, `${server.url}/posts/launch/`);
      assert.equal(shown.length, DATE_LINE_CASES.length);
      for (const [index, { fallback, element }] of shown.entries()) {
        assert.equal(fallback, element, JSON.stringify(DATE_LINE_CASES[index]));
      }
    } finally {
      await server.close();
    }
  });

  it('writes the calendar link’s room, the released text, an inline theme’s text, and a bad date for the element to report', async () => {
    const folder = newSiteFolder('hugo-shapes');
    folders.push(folder);
    const lines = SHAPES.map(
      (parameters) =>
        `{{< release-countdown ${Object.entries(parameters)
          .map(([name, value]) => (value === true ? `${name}=true` : `${name}=${quoted(value)}`))
          .join(' ')} >}}`,
    );
    writeSite(folder, { way: 'module', post: `---\ntitle: Shapes\n---\n${lines.join('\n\n')}\n` });
    const build = runBuild('hugo', ['--quiet'], folder);
    assert.ok(build.ok, build.output);
    const server = await serve(path.join(folder, 'public'));
    try {
      await checkFallbackShapes(browser, `${server.url}/posts/launch/`, 'March 12, 2030 at 9:00 AM GMT+9');
    } finally {
      await server.close();
    }
  });

  it('writes the date line in the site’s language', async () => {
    const folder = newSiteFolder('hugo-de');
    folders.push(folder);
    writeSite(folder, {
      way: 'module',
      post: `---\ntitle: Termin\n---\n{{< release-countdown date="2030-03-12T09:00" time-zone="Asia/Tokyo" >}}\n`,
    });
    const config = path.join(folder, 'hugo.toml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'languageCode = "en-us"',
        'languageCode = "de"\ndefaultContentLanguage = "de"',
      ),
    );
    const build = runBuild('hugo', ['--quiet'], folder);
    assert.ok(build.ok, build.output);
    const html = readFileSync(path.join(folder, 'public', 'posts', 'launch', 'index.html'), 'utf8');
    // Hugo's long German date, a comma where Intl writes "um", and the offset as Intl writes it.
    assert.ok(html.includes('<div part="date">12. März 2030, 09:00 GMT&#43;9</div>'), html);
  });

  it('fails the build on a value given by position, without its name', () => {
    const folder = newSiteFolder('hugo-positional');
    folders.push(folder);
    writeSite(folder, {
      way: 'module',
      post: `---\ntitle: Position\n---\n{{< release-countdown "2030-03-12T09:00" >}}\n`,
    });
    const build = runBuild('hugo', [], folder);
    assert.equal(build.ok, false, 'the build fails');
    assert.match(
      build.output,
      /release-countdown shortcode: write each value with its name \(date="…"\), not by position/,
    );
  });

  it('fails the build on an unknown parameter name, naming it', (t) => {
    const folder = newSiteFolder('hugo-typo');
    folders.push(folder);
    writeSite(folder, {
      way: 'module',
      post: `---\ntitle: Typo\n---\n{{< release-countdown date="2030-03-12T09:00" tiltle="Season 2" >}}\n`,
    });
    const build = runBuild('hugo', [], folder);
    t.diagnostic(`hugo build: ${build.ms} ms`);
    assert.equal(build.ok, false, 'the build fails');
    assert.match(build.output, /release-countdown shortcode: unknown parameter "tiltle"/);
    assert.match(build.output, /launch\.md:4:1/);
  });
});
