// The site that `npm run build` writes to dist/site/, as a host receives it: plain files, every page
// in the list the other site tests check, its own copies of the embed file, the CSS and the themes
// at its root, links that stay inside it and work from any folder (here /release-countdown/, as
// GitHub Pages serves a project's site), and no page that logs an error or misses a file there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_PAGES, SITE_DIR, openPage, settle, siteForTests } from './site.mjs';

const ROOT = new URL('../../', import.meta.url);
const THEMES = ['badge', 'classic', 'flip', 'hero', 'inline'];
/** What a static host serves as it is: no file here is run on the server. */
const STATIC_TYPES = ['.html', '.js', '.css', '.txt'];

const site = siteForTests({ base: '/release-countdown/' });

const siteFiles = () => readdirSync(SITE_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const inSite = (path) => readFileSync(`${SITE_DIR}${path}`);

describe('the built site', () => {
  it('holds every page the site tests check, and no other', () => {
    const pages = readdirSync(SITE_DIR).filter((name) => name.endsWith('.html'));
    assert.deepEqual(pages.sort(), [...DEMO_PAGES].sort());
  });

  it('holds only static files', () => {
    const others = siteFiles()
      .map(({ parentPath, name }) => `${parentPath.slice(SITE_DIR.length)}/${name}`.replace(/^\//, ''))
      .filter((path) => !STATIC_TYPES.includes(extname(path)));
    assert.deepEqual(others, []);
  });

  it('holds the embed file, release-countdown.css and the five themes at its root, as built', () => {
    for (const file of ['release-countdown.js', 'release-countdown.css']) {
      assert.ok(inSite(file).equals(readFileSync(new URL(`dist/${file}`, ROOT))), `${file} is dist/${file}`);
    }
    for (const theme of THEMES) {
      const source = readFileSync(new URL(`demo/themes/${theme}.css`, ROOT));
      assert.ok(inSite(`themes/${theme}.css`).equals(source), `themes/${theme}.css is demo/themes/${theme}.css`);
    }
  });

  it('links its own files by relative URLs, each to a file it holds', () => {
    const problems = [];
    for (const page of DEMO_PAGES) {
      const html = inSite(page).toString('utf8');
      for (const [, url] of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) {
        if (/^(?:[a-z]+:|#)/i.test(url)) continue;
        if (url.startsWith('/')) problems.push(`${page}: ${url} is absolute`);
        const path = new URL(url, `https://site.example/${page}`).pathname.slice(1);
        if (!statSync(`${SITE_DIR}${path}`, { throwIfNoEntry: false })?.isFile()) {
          problems.push(`${page}: ${url} is not in the site`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('ships release-countdown.css as the rules of src/release-countdown.css, without their comments', async () => {
    const shipped = inSite('release-countdown.css').toString('utf8');
    const source = readFileSync(new URL('src/release-countdown.css', ROOT), 'utf8');
    assert.equal((shipped.match(/\/\*/g) ?? []).length, 1, 'one comment: the line that says what it is');
    assert.equal(shipped.trimEnd().split('\n').length, 2, 'that line, and the rules on one line');
    const page = await openPage(site.browser, null);
    const [fromShipped, fromSource] = await page.evaluate(
      (sheets) =>
        sheets.map((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return [...sheet.cssRules].map((rule) => rule.cssText);
        }),
      [shipped, source],
    );
    assert.ok(fromSource.length >= 10);
    assert.deepEqual(fromShipped, fromSource);
    await page.context().close();
  });
});

describe('the site served from a folder, /release-countdown/', () => {
  for (const name of DEMO_PAGES) {
    it(`${name} loads every file it asks for and logs no error`, async () => {
      const page = await openPage(site.browser, null);
      const failed = [];
      page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
      });
      // The iframe page imports the element only once it has read a query naming a countdown.
      const query = name === 'embed.html' ? '?date=2030-03-12T09:00&time-zone=UTC' : '';
      await page.goto(site.baseUrl + name + query, { waitUntil: 'load' });
      if (query) await page.evaluate(() => customElements.whenDefined('release-countdown'));
      await settle(page);
      const defined = await Promise.all(
        page.frames().map((frame) => frame.evaluate(() => Boolean(customElements.get('release-countdown')))),
      );
      assert.ok(defined.includes(true), 'a frame of the page defines <release-countdown>');
      assert.deepEqual(failed, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});
