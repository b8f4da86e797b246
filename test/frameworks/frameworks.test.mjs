// The element inside each framework, built by Vite from the packed package (npm run test:package
// packs and unpacks it first): bound attributes and properties reach it, changes re-render it, and
// the framework's own event binding receives `released`. One browser, each fixture built once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, executablePath } from '../chromium.mjs';
import { PACKED_DIR, packedFiles } from '../package/packed.mjs';
import { openPage } from '../site/site.mjs';
import { serveFolders } from './serve.mjs';

const scenario = JSON.parse(readFileSync(new URL('./scenario.json', import.meta.url), 'utf8'));
const OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/release-countdown-frameworks/', import.meta.url));

/** `bound`: the app binds `date` as a Date, which only a property carries. */
const FIXTURES = [
  { name: 'react', built: true, bound: true, tag: 'release-countdown' },
  { name: 'vue', built: true, bound: true, tag: 'release-countdown' },
  { name: 'svelte', built: true, bound: true, tag: 'release-countdown' },
  { name: 'vanilla', built: true, bound: true, tag: 'release-countdown' },
  { name: 'renamed', built: true, bound: true, tag: 'launch-countdown' },
  { name: 'html', built: false, bound: false, tag: 'release-countdown' },
];

let server;
let browser;
before(async () => {
  packedFiles();
  const folders = { '/npm/release-countdown/': PACKED_DIR };
  for (const { name, built } of FIXTURES) {
    const root = fileURLToPath(new URL(`./${name}/`, import.meta.url));
    if (!built) {
      folders[`/${name}/`] = root;
      continue;
    }
    const outDir = `${OUT_DIR}${name}/`;
    await build({ root, base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    folders[`/${name}/`] = outDir;
  }
  server = await serveFolders(folders);
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Checks `condition` until it holds, by Node's clock: the page's clock is stopped. */
async function until(what, condition) {
  let last;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    last = await condition();
    if (last === true) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`${what}: still ${JSON.stringify(last)}`);
}

/** What a user of the app would notice, and what the element was given. */
function readApp(page) {
  return page.evaluate(async () => {
    const countdown = document.getElementById('countdown');
    await countdown.updateComplete;
    const shadow = countdown.shadowRoot;
    return {
      dateIsDate: countdown.date instanceof Date,
      date: new Date(countdown.date).toISOString(),
      title: shadow.querySelector('[part~="title"]')?.textContent,
      values: [...shadow.querySelectorAll('[part~="value"]')].map((value) => Number(value.textContent)),
      releasedText: shadow.querySelector('[part~="released"]')?.textContent,
      released: countdown.released,
      releasedOutput: document.getElementById('released').textContent,
      events: document.getElementById('events').textContent,
    };
  });
}

describe('the element in each framework, from the packed package', () => {
  for (const { name, bound, tag } of FIXTURES) {
    it(`${name}: renders what is bound, follows changes, and hears released`, async () => {
      const page = await openPage(browser, null, { now: new Date(scenario.now) });
      await page.goto(`${server.url}/${name}/index.html`);
      await until('the element upgraded', () =>
        page.evaluate(
          (tag) => document.getElementById('countdown')?.localName === tag && !!customElements.get(tag),
          tag,
        ),
      );

      const first = await readApp(page);
      assert.equal(first.date, scenario.first);
      assert.equal(first.dateIsDate, bound);
      assert.equal(first.title, scenario.title);
      assert.deepEqual(first.values, [0, 10], 'minutes and seconds');
      assert.equal(first.released, false);
      assert.equal(first.events, '0');

      await page.click('#later');
      await until('the new date shown', async () => {
        const { values, title } = await readApp(page);
        return (values[0] === 1 && values[1] === 40 && title === scenario.laterTitle) || { values, title };
      });

      // Past the first date (which is no longer the target), then past the later one.
      await page.clock.runFor(100_000);
      await until('the app heard released', async () => {
        const { releasedOutput, events } = await readApp(page);
        return (releasedOutput === scenario.later && events === '1') || { releasedOutput, events };
      });
      const last = await readApp(page);
      assert.equal(last.released, true);
      assert.equal(last.releasedText, `${scenario.laterTitle} has been released!`);
      if (name === 'renamed') {
        assert.equal(await page.evaluate(() => customElements.get('release-countdown')), undefined);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});
