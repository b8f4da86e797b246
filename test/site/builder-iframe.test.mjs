// The embed builder's iframe output: the address of the iframe page on the site the builder is
// served from, and the <iframe> snippet around it, for the countdown the form describes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, siteForTests } from './site.mjs';

/** 3 days 3 hours 5 minutes 6 seconds before 2027-03-12 09:00 in Tokyo (00:00 UTC). */
const NOW = new Date('2027-03-08T20:54:54Z');

const site = siteForTests();

async function openBuilder() {
  return openPage(site.browser, `${site.baseUrl}builder.html`, {
    now: NOW,
    width: 1280,
    contextOptions: { timezoneId: 'Asia/Tokyo' },
  });
}

/** Runs the stopped clock in short steps until `condition` holds in the page. */
async function runUntil(page, condition) {
  for (let step = 0; step < 100; step += 1) {
    if (await page.evaluate(condition)) return;
    await page.clock.runFor(50);
  }
  throw new Error(`Still not true: ${condition}`);
}

describe('the embed builder’s iframe output', () => {
  it('gives the iframe page’s address and an iframe as tall as the chosen theme', async () => {
    const page = await openBuilder();
    await page.fill('#date', '2027-03-12');
    await page.fill('#time', '09:00');
    await page.fill('#time-zone', 'Asia/Tokyo');
    await page.fill('#title', 'Midnight Harbor, Season 2');
    await page.fill('#released-text', 'Out now!');
    await page.selectOption('#theme', 'badge');
    await page.check('#calendar');

    const address =
      `${site.baseUrl}embed.html?theme=badge&date=2027-03-12T09:00&time-zone=Asia/Tokyo` +
      '&title=Midnight%20Harbor%2C%20Season%202&released-text=Out%20now!&format=compact&calendar=true';
    assert.equal(await page.inputValue('#iframe-url'), address);
    // The badge with a title and the calendar link: 34 + 21 + 28 px measured, and a tenth more.
    assert.equal(
      await page.inputValue('#iframe-snippet'),
      `<iframe src="${address.replaceAll('&', '&amp;')}" title="Countdown to Midnight Harbor, Season 2" ` +
        'style="border:0;width:100%" height="92" loading="lazy"></iframe>',
    );

    await page.selectOption('#theme', 'hero');
    await page.uncheck('#calendar');
    await page.fill('#title', '');
    assert.match(await page.inputValue('#iframe-url'), /\?theme=hero&date=2027-03-12T09:00&time-zone=Asia\/Tokyo&/);
    // The hero banner's blocks alone: 285 px measured, and a tenth more.
    assert.match(await page.inputValue('#iframe-snippet'), / title="Release countdown" .* height="314" /);
    await page.context().close();
  });

  it('gives an address whose page shows the countdown the form describes', async () => {
    const builder = await openBuilder();
    await builder.fill('#date', '2027-03-12');
    await builder.fill('#time', '09:00');
    await builder.fill('#time-zone', 'Asia/Tokyo');
    await builder.fill('#title', 'Midnight Harbor, Season 2');
    await builder.selectOption('#theme', 'badge');
    const address = await builder.inputValue('#iframe-url');
    await builder.context().close();

    const page = await openPage(site.browser, address, { now: NOW });
    await runUntil(page, () =>
      Boolean(document.querySelector('release-countdown')?.shadowRoot?.querySelector('.shown')),
    );
    const shown = await page.evaluate(() => {
      const countdown = document.querySelector('release-countdown');
      return {
        text: countdown.shadowRoot.querySelector('.shown').textContent,
        theme: countdown.className,
        title: countdown.getAttribute('title'),
      };
    });
    assert.deepEqual(shown, { text: '3d 03:05:06', theme: 'badge', title: 'Midnight Harbor, Season 2' });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
