// Every snippet an author is told to paste works as pasted: each ```html block of README.md and of
// the platform guides (docs/platforms/*.md) is put in a page of its own, with the CDN addresses
// answered by the built dist/release-countdown.js and dist/release-countdown.css (nothing reaches
// the internet). Every countdown upgrades and shows a value or its released message, with no
// console error; one with a shaped fallback does not move the page. Addresses of the iframe page,
// in any block, name only the parameters that page reads.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EMBED_PARAMETERS, openPage, settle, siteForTests } from './site.mjs';

const ROOT = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const CDN = 'https://cdn.jsdelivr.net/';
/** The built files the CDN serves from the published package. */
const CDN_FILES = {
  [`npm/release-countdown@${version}/dist/release-countdown.js`]: ['text/javascript', 'dist/release-countdown.js'],
  [`npm/release-countdown@${version}/dist/release-countdown.css`]: ['text/css', 'dist/release-countdown.css'],
};

const EMBED_PARAMETER_SET = new Set(EMBED_PARAMETERS);
const THEMES = new Set(['classic', 'flip', 'inline', 'hero', 'badge']);

/** The documents whose snippets authors paste, as paths from the repository's root. */
const DOCUMENTS = [
  'README.md',
  ...readdirSync(new URL('docs/platforms/', ROOT))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/platforms/${name}`),
];

/** The fenced code blocks of a Markdown file: its language and its text. */
function codeBlocks(path) {
  const markdown = readFileSync(new URL(path, ROOT), 'utf8');
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, language, code]) => ({ language, code }));
}

const hasElement = (code) => code.includes('<release-countdown');
const hasScript = (code) => code.includes('<script');

/**
 * The pages that a document's ```html snippets make. A snippet that holds a countdown and its
 * script is a page. One that holds a countdown but no script goes in a page after the document's
 * snippets that hold only the script (Ghost's Code Injection and its HTML card), as the platform
 * puts them together. Snippets without a countdown (an iframe) are not run here.
 */
function pagesOf(path) {
  const html = codeBlocks(path).filter(({ language }) => language === 'html');
  const heads = html.filter(({ code }) => hasScript(code) && !hasElement(code)).map(({ code }) => code);
  return html
    .filter(({ code }) => hasElement(code))
    .map(({ code }, index) => {
      const name = `${path} snippet ${index + 1}`;
      if (hasScript(code)) return { name, body: code, scriptless: false };
      return { name, body: [...heads, code].join('\n'), scriptless: heads.length === 0 };
    });
}

/** Every address of the iframe page in a document's code blocks, whatever their language. */
function embedAddresses(path) {
  return codeBlocks(path).flatMap(({ code }) =>
    [...code.matchAll(/https?:\/\/[^\s"'<>]*\/embed\.html\?[^\s"'<>]*/g)].map(([address]) =>
      address.replaceAll('&amp;', '&'),
    ),
  );
}

const site = siteForTests();

/**
 * Runs in the page before its scripts: records the layout shifts (none caused by input) and
 * tells the test when the first content is painted, so that the scripts arrive after it, as on a
 * slow network.
 */
function watchLayout() {
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    window.fallbackPainted?.();
  }).observe({ type: 'paint', buffered: true });
}

/** Opens a page holding `body` between two paragraphs, as in a blog post, with the CDN answered locally. */
async function openSnippet(body) {
  const page = await openPage(site.browser, null, { width: 1000, height: 800 });
  const offSite = [];
  let painted;
  const firstPaint = new Promise((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('fallbackPainted', () => painted());
  await page.addInitScript(watchLayout);
  await page.route(`${CDN}**`, async (request) => {
    const file = CDN_FILES[request.request().url().slice(CDN.length)];
    if (!file) {
      offSite.push(request.request().url());
      return request.abort();
    }
    const [contentType, path] = file;
    if (contentType === 'text/javascript') await firstPaint;
    return request.fulfill({ contentType, body: readFileSync(new URL(path, ROOT)) });
  });
  const url = `${site.baseUrl}snippet.html`;
  await page.route(url, (request) =>
    request.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head>
<body><h1>Season 2 is coming</h1><p>The date is set.</p>
${body}
<p>Everything else in the post comes after it.</p></body></html>`,
    }),
  );
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return { page, offSite };
}

/** What each countdown shows once upgraded: its numbers, its released message, its error. */
function shownByCountdowns(page) {
  return page.evaluate(async () => {
    // Two frames, so that a layout shift of the upgrade has been reported.
    await document.documentElement.animate([], { duration: 50 }).finished;
    return [...document.querySelectorAll('release-countdown')].map((countdown) => {
      const texts = (part) =>
        [...(countdown.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map((node) => node.textContent.trim());
      return {
        upgraded: countdown.matches(':defined') && countdown.shadowRoot !== null,
        values: texts('value'),
        released: texts('released').join(' '),
        error: texts('error').join(' '),
        shaped: countdown.querySelector(':scope > [part]') !== null,
      };
    });
  });
}

describe('the README', () => {
  const readme = readFileSync(new URL('README.md', ROOT));
  it('is at most 20,000 bytes', () => {
    assert.ok(readme.length <= 20000, `README.md is ${readme.length} bytes`);
  });

  it('starts with an example of at most 4 lines', () => {
    const [first] = codeBlocks('README.md');
    assert.equal(first.language, 'html');
    const lines = first.code.trimEnd().split('\n');
    assert.ok(lines.length <= 4, `the first example has ${lines.length} lines`);
    assert.ok(hasScript(first.code) && hasElement(first.code), 'it holds the script and a countdown');
  });
});

describe('the commands for developers', () => {
  it("are the README's two, with a link to CONTRIBUTING.md", () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    const developers = readme.slice(readme.indexOf('## For developers'));
    assert.match(developers, /^npm ci && npm start\b/m);
    assert.match(developers, /^npm test\b/m);
    assert.match(developers, /\]\(CONTRIBUTING\.md\)/);
  });

  it('that CONTRIBUTING.md lists as what CI runs are those of .ci/run, in its order', () => {
    const contributing = readFileSync(new URL('CONTRIBUTING.md', ROOT), 'utf8');
    const section = contributing.slice(contributing.indexOf('## What CI runs'));
    const listed = [...section.slice(0, section.indexOf('\n## ', 1)).matchAll(/^\d+\. `(npm [^`]+)`$/gm)].map(
      ([, command]) => command,
    );
    const run = readFileSync(new URL('.ci/run', ROOT), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('npm '));
    assert.deepEqual(listed, run);
  });
});

for (const path of DOCUMENTS) {
  describe(`the snippets of ${path}`, () => {
    for (const { name, body, scriptless } of pagesOf(path)) {
      it(`${name}: every countdown upgrades and shows a value or its released message`, async () => {
        assert.ok(!scriptless, `it holds a countdown but no script, and ${path} has no snippet with the script`);
        const { page, offSite } = await openSnippet(body);
        const countdowns = await shownByCountdowns(page);
        assert.ok(countdowns.length > 0, 'the page holds a countdown');
        for (const [index, { upgraded, values, released, error }] of countdowns.entries()) {
          assert.ok(upgraded, `countdown ${index + 1} upgraded`);
          assert.equal(error, '', `countdown ${index + 1} shows no error`);
          assert.ok(
            (values.length > 0 && values.every((value) => /\d/.test(value))) || released !== '',
            `countdown ${index + 1} shows numbers or its released message: ${JSON.stringify({ values, released })}`,
          );
        }
        assert.deepEqual(page.errors, [], 'no console error');
        assert.deepEqual(offSite, [], 'no request to an address the CDN does not serve');
        if (countdowns.every(({ shaped }) => shaped) && body.includes('release-countdown.css')) {
          const shifts = await page.evaluate(() => window.layoutShifts);
          assert.equal(
            shifts.reduce((sum, value) => sum + value, 0),
            0,
            `the page moved when the countdown upgraded: ${JSON.stringify(shifts)}`,
          );
        }
        await page.context().close();
      });
    }

    for (const address of embedAddresses(path)) {
      it(`points at the iframe page with its parameters: ${address}`, () => {
        const url = new URL(address);
        assert.equal(url.protocol, 'https:');
        assert.match(url.pathname, /\/embed\.html$/);
        const names = [...url.searchParams.keys()];
        assert.deepEqual(
          names.filter((name) => !EMBED_PARAMETER_SET.has(name)),
          [],
          'only parameters the page reads',
        );
        assert.equal(new Set(names).size, names.length, 'no parameter twice');
        assert.ok(url.searchParams.get('date'), 'a date');
        assert.ok(!url.searchParams.has('theme') || THEMES.has(url.searchParams.get('theme')), 'a known theme');
      });
    }
  });
}
