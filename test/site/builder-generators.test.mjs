// The embed builder's outputs for the static site generators: for the countdown of each
// integration's README, exactly the line that README documents; and values that need escaping
// written so that the generator reads them back as typed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, siteForTests } from './site.mjs';

const site = siteForTests();

/** Each output, and how its line starts in integrations/<generator>/README.md. */
const GENERATORS = [
  { field: '#hugo-snippet', readme: 'hugo', start: '{{< release-countdown ' },
  { field: '#jekyll-snippet', readme: 'jekyll', start: '{% include release-countdown.html ' },
  { field: '#eleventy-snippet', readme: 'eleventy', start: "{% releaseCountdown '" },
];

/** The first line of the README that is a countdown line. */
function readmeLine(generator, start) {
  const readme = readFileSync(new URL(`../../integrations/${generator}/README.md`, import.meta.url), 'utf8');
  const line = readme.split('\n').find((text) => text.startsWith(start));
  assert.ok(line, `integrations/${generator}/README.md documents no line starting with ${start}`);
  return line;
}

/** The builder with its form set to the READMEs' countdown: 9 AM on 12 March 2030 in Tokyo, nothing else but the defaults. */
async function builderWith(title) {
  const page = await openPage(site.browser, `${site.baseUrl}builder.html`, { width: 1280 });
  await page.selectOption('#theme', '');
  await page.selectOption('#format', 'blocks');
  await page.selectOption('#unit-display', 'long');
  await page.fill('#date', '2030-03-12');
  await page.fill('#time', '09:00');
  await page.fill('#time-zone', 'Asia/Tokyo');
  await page.fill('#title', title);
  return page;
}

describe('the embed builder’s static site generator outputs', () => {
  it('write exactly the line each integration’s README documents', async () => {
    const page = await builderWith('Midnight Harbor');
    for (const { field, readme, start } of GENERATORS) {
      assert.equal(await page.inputValue(field), readmeLine(readme, start), field);
    }
    await page.context().close();
  });

  it('escape a title as each generator reads it, and write a theme and the calendar link', async () => {
    const page = await builderWith(`He said "it's" <b>now</b> & 100%}`);
    // The classic theme also chooses short labels.
    await page.selectOption('#theme', 'classic');
    await page.check('#calendar');
    const outputs = {};
    for (const { field } of GENERATORS) outputs[field] = await page.inputValue(field);
    assert.deepEqual(outputs, {
      '#hugo-snippet': `{{< release-countdown class="classic" date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="He said \\"it's\\" <b>now</b> & 100%}" unit-display="short" calendar=true >}}`,
      '#jekyll-snippet': `{% include release-countdown.html class="classic" date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="He said \\"it's\\" <b>now</b> & 100%\\}" unit-display="short" calendar=true %}`,
      '#eleventy-snippet': `{% releaseCountdown 'class="classic" date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="He said &quot;it&#39;s&quot; <b>now</b> &amp; 100%&#125;" unit-display="short" calendar' %}`,
    });
    await page.context().close();
  });
});
