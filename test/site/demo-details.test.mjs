// What a visitor of the demo site notices: the released Classic card's wording, the builder's
// preview beside the fields on a phone and its left edge on a laptop, the blog's badges in one
// place, a description for search results on every page, and no script Lighthouse calls legacy.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DEMO_PAGES, SITE_DIR, openPage, siteForTests } from './site.mjs';

const BUILT_SITE = pathToFileURL(SITE_DIR);

const site = siteForTests();

/** The element's box in CSS pixels of the page (not of the viewport), from a locator. */
const boxOf = (locator) =>
  locator.evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top: top + window.scrollY, right, bottom: bottom + window.scrollY };
  });

describe('the Classic theme', () => {
  it('says "Countdown to" before the date while counting, and not once released', async () => {
    const page = await openPage(site.browser, `${site.baseUrl}themes.html`);
    const prefixes = await page
      .locator('#classic release-countdown')
      .evaluateAll((countdowns) =>
        countdowns.map((countdown) => [
          countdown.released,
          getComputedStyle(countdown.shadowRoot.querySelector('[part="date"]'), '::before').content,
        ]),
      );
    assert.deepEqual(prefixes, [
      [false, '"Countdown to "'],
      [true, 'none'],
    ]);
    await page.context().close();
  });
});

describe('the embed builder', () => {
  it('on a phone, shows the preview and the snippet first, and keeps the preview in view down to the last field', async () => {
    const page = await openPage(site.browser, `${site.baseUrl}builder.html`, { width: 390, height: 844 });
    const firstField = await boxOf(page.locator('#builder-form fieldset').first());
    const output = await boxOf(page.locator('.builder__output section').first());
    assert.deepEqual([output.left, output.right], [firstField.left, firstField.right], 'as wide as the form');
    assert.ok((await boxOf(page.locator('#preview'))).bottom < firstField.top, 'the preview comes before the form');
    assert.ok((await boxOf(page.locator('#snippet'))).bottom < firstField.top, 'the snippet comes before the form');
    await page.focus('#script-url');
    const preview = await page.locator('#preview').boundingBox();
    const field = await page.locator('#script-url').boundingBox();
    assert.ok(
      preview.y >= 0 && preview.y + preview.height <= 844,
      `the preview is in view: ${JSON.stringify(preview)}`,
    );
    assert.ok(field.y >= preview.y + preview.height && field.y + field.height <= 844, 'the field is in view, below it');
    await page.context().close();
  });

  it('on a phone, paints its first frame with the preview and the snippet already above the form', async () => {
    // They follow the form in the document: the page's rendering must wait until they are parsed,
    // or a frame painted mid-parse shows the form first and then pushes it down.
    const html = await readFile(new URL('builder.html', BUILT_SITE), 'utf8');
    const expect = /<link rel="expect" href="#([\w-]+)" blocking="render"/.exec(html);
    assert.ok(expect, 'rendering waits for an element');
    const order = [
      html.indexOf('id="builder-form"'),
      ...['preview', 'snippet', 'shortcode', 'iframe-snippet'].map((id) => html.indexOf(`id="${id}"`)),
    ];
    assert.ok(order.every((at) => at > 0));
    assert.ok(
      html.indexOf(`id="${expect[1]}"`) >= Math.max(...order),
      `#${expect[1]} comes after every output section`,
    );
  });

  it('serves the snippet box as tall as the default snippet makes it, so that nothing below it moves', async () => {
    const html = await readFile(new URL('builder.html', BUILT_SITE), 'utf8');
    const servedRows = Number(/<textarea id="snippet"[^>]* rows="(\d+)"/.exec(html)?.[1]);
    const page = await openPage(site.browser, `${site.baseUrl}builder.html`, { width: 1280, height: 800 });
    assert.equal(await page.locator('#snippet').evaluate((snippet) => snippet.rows), servedRows);
    await page.context().close();
  });

  it('serves its date and time fields filled, so that the script does not change their text after the first paint', async () => {
    // The script sets the date again from the visitor's clock: a page built days before holds an
    // older one, of the same shape (demo/builder.css gives its digits one width).
    const html = await readFile(new URL('builder.html', BUILT_SITE), 'utf8');
    assert.match(html, /<input id="date" value="\d{4}-\d{2}-\d{2}" /);
    assert.match(html, /<input id="time" value="09:00" /);
  });

  it('on a laptop, lines the header up with the form', async () => {
    const page = await openPage(site.browser, `${site.baseUrl}builder.html`, { width: 1280, height: 800 });
    const lefts = await Promise.all(
      ['nav a', 'h1', '#builder-form fieldset'].map(
        async (selector) => (await boxOf(page.locator(selector).first())).left,
      ),
    );
    assert.deepEqual(lefts, [lefts[2], lefts[2], lefts[2]], `nav, title, form: ${lefts.join(', ')}`);
    await page.context().close();
  });
});

describe('the blog', () => {
  for (const [width, placement] of [
    [390, 'under its title'],
    [1280, 'beside its title'],
  ]) {
    it(`puts every badge of "More release dates to watch" at the same place, ${placement}, at ${width} px`, async () => {
      const page = await openPage(site.browser, `${site.baseUrl}blog.html`, { width, height: 800 });
      const items = await page.locator('.upcoming li').evaluateAll((rows) =>
        rows.map((row) => {
          const name = row.querySelector('.upcoming__name').getBoundingClientRect();
          const badge = row.querySelector('release-countdown').getBoundingClientRect();
          return { left: badge.left, below: badge.top >= name.bottom, beside: badge.left >= name.right };
        }),
      );
      assert.equal(items.length, 4);
      for (const item of items) {
        assert.equal(item.left, items[0].left, `badges start at ${items.map(({ left }) => left).join(', ')}`);
        assert.equal(width === 390 ? item.below : item.beside, true, JSON.stringify(items));
      }
      await page.context().close();
    });
  }
});

describe('every page', () => {
  for (const name of DEMO_PAGES) {
    it(`${name} has a description for search results`, async () => {
      const page = await openPage(site.browser, site.baseUrl + name);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      assert.ok(description.length >= 50 && description.length <= 160, `${description.length} characters`);
      await page.context().close();
    });
  }
});

describe('the built scripts', () => {
  it('hold nothing that Lighthouse 12 takes for a polyfill or a legacy transform', async () => {
    // The patterns of Lighthouse's own "legacy JavaScript" audit, run on every built script.
    const { default: LegacyJavascript } = await import('lighthouse/core/audits/byte-efficiency/legacy-javascript.js');
    const patterns = [...LegacyJavascript.getPolyfillPatterns(), ...LegacyJavascript.getTransformPatterns()];
    const found = [];
    for (const file of await readdir(BUILT_SITE)) {
      if (!file.endsWith('.js')) continue;
      const code = await readFile(new URL(file, BUILT_SITE), 'utf8');
      for (const { name, expression } of patterns) {
        if (new RegExp(expression).test(code)) found.push(`${file}: ${name}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
