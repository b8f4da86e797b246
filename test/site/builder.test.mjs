// The embed builder end to end: fill the form, take the snippet, paste it into a blank page,
// and that page counts down to the right moment; copy and "preview as released" work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, settle, siteForTests } from './site.mjs';

/** 3 days 3 hours 5 minutes 6 seconds before 2027-03-12 09:00 in Tokyo (00:00 UTC). */
const NOW = new Date('2027-03-08T20:54:54Z');

const site = siteForTests();

/** The builder, opened by a visitor in Tokyo, at NOW. */
async function openBuilder(contextOptions = {}) {
  return openPage(site.browser, `${site.baseUrl}builder.html`, {
    now: NOW,
    width: 1280,
    contextOptions: { timezoneId: 'Asia/Tokyo', ...contextOptions },
  });
}

/** Fills the form the way an author does, typing into the time-zone search. */
async function fillForm(page) {
  await page.fill('#date', '2027-03-12');
  await page.fill('#time', '09:00');
  await page.fill('#time-zone', '');
  await page.locator('#time-zone').pressSequentially('Asia/Tokyo');
  await page.fill('#title', 'Midnight Harbor, Season 2');
  await page.fill('#released-text', 'Out now!');
  await page.selectOption('#theme', 'badge');
  await page.check('#calendar');
  // The preview waits for a pause in typing; on the stopped clock, that pause has to be made.
  await page.clock.runFor(200);
}

/** Checks `condition` until it holds, for what the page does on its own (the clipboard). */
async function until(condition) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Still not true: ${condition}`);
}

describe('the embed builder', () => {
  it('fills in the visitor’s own time zone and offers every zone', async () => {
    const page = await openBuilder();
    assert.equal(await page.inputValue('#time-zone'), 'Asia/Tokyo');
    // The list is made when the field is focused, the first moment it can show.
    await page.focus('#time-zone');
    const zones = await page.locator('#time-zones option').count();
    assert.ok(zones > 300, `${zones} zones`);
    await page.context().close();
  });

  it('proposes 9 AM a month from the visitor’s own day, whatever day the page was built', async () => {
    // At NOW it is March 9 in Tokyo (March 8 in UTC); the built page holds the day it was built.
    const page = await openBuilder();
    assert.equal(await page.inputValue('#date'), '2027-04-09');
    assert.equal(await page.inputValue('#time'), '09:00');
    await page.context().close();
  });

  it('makes a snippet that counts down correctly when pasted into a blank page', async () => {
    const page = await openBuilder();
    await fillForm(page);
    const snippet = await page.inputValue('#snippet');
    const lines = snippet.split('\n');
    assert.equal(lines[0], `<script type="module" src="${site.baseUrl}release-countdown.js"></script>`);
    assert.equal(lines[1], `<link rel="stylesheet" href="${site.baseUrl}release-countdown.css">`);
    assert.ok(snippet.includes('release-countdown.badge {'), 'the badge theme’s CSS');
    assert.ok(!snippet.includes('release-countdown.classic'), 'no other theme’s CSS');
    assert.ok(!snippet.includes('/*'), 'no CSS comments');
    assert.equal(
      lines.at(-3),
      '<release-countdown class="badge" date="2027-03-12T09:00" time-zone="Asia/Tokyo" title="Midnight Harbor, Season 2" released-text="Out now!" format="compact" calendar>',
    );
    // A badge is a pill: its fallback is the date line as the element writes it, as text.
    assert.equal(lines.at(-2), '  March 12, 2027 at 9:00 AM GMT+9');

    // A blank page that holds nothing but the pasted snippet, read by someone in New York.
    const blank = await openPage(site.browser, null, { now: NOW, contextOptions: { timezoneId: 'America/New_York' } });
    const postUrl = `${site.baseUrl}pasted-post.html`;
    await blank.route(postUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Post</title><body>${snippet}</body></html>`,
      }),
    );
    await blank.goto(postUrl, { waitUntil: 'load' });
    await settle(blank);
    const countdown = blank.locator('release-countdown');
    assert.equal(await countdown.locator('.shown').textContent(), '3d 03:05:06');
    assert.equal(await countdown.locator('[part="calendar"]').getAttribute('download'), 'midnight-harbor-season-2.ics');
    await blank.clock.runFor(2000);
    assert.equal(await countdown.locator('.shown').textContent(), '3d 03:05:04');
    assert.deepEqual(blank.errors, []);
    await blank.context().close();
    await page.context().close();
  });

  it('leaves out what the author did not change', async () => {
    const page = await openBuilder();
    await page.selectOption('#theme', '');
    await page.fill('#date', '2027-03-12');
    await page.fill('#time', '09:00');
    const snippet = await page.inputValue('#snippet');
    const lines = snippet.split('\n');
    assert.equal(lines[0], `<script type="module" src="${site.baseUrl}release-countdown.js"></script>`);
    // The rules that give the fallback its room, linked from the same site, and no theme's.
    assert.equal(lines[1], `<link rel="stylesheet" href="${site.baseUrl}release-countdown.css">`);
    assert.doesNotMatch(snippet, /release-countdown\.(classic|flip|inline|hero|badge)/);
    assert.deepEqual(lines.slice(2), [
      '<release-countdown date="2027-03-12T09:00" time-zone="Asia/Tokyo" unit-display="short">',
      '  <div part="date">March 12, 2027 at 9:00 AM GMT+9</div>',
      '  <div part="countdown"></div>',
      '</release-countdown>',
    ]);
    await page.context().close();
  });

  it('points its snippet, and its download links, at the copies of the script and the CSS on its own site', async () => {
    const page = await openBuilder();
    const links = await page
      .locator('#script-url-hint a[download]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.href));
    assert.deepEqual(links, [`${site.baseUrl}release-countdown.js`, `${site.baseUrl}release-countdown.css`]);
    // What they download is what `npm run build` made, as this site serves it.
    for (const name of ['release-countdown.js', 'release-countdown.css']) {
      const response = await fetch(site.baseUrl + name);
      assert.equal(response.status, 200, name);
      const built = readFileSync(new URL(`../../dist/${name}`, import.meta.url));
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(built), `${name} is the built file`);
    }
    // Changing where the script comes from moves the CSS with it: both files sit side by side.
    await page.fill('#script-url', 'https://cdn.example/npm/release-countdown@0.1.0/dist/release-countdown.js');
    const [script, stylesheet] = (await page.inputValue('#snippet')).split('\n');
    assert.equal(
      script,
      '<script type="module" src="https://cdn.example/npm/release-countdown@0.1.0/dist/release-countdown.js"></script>',
    );
    assert.equal(
      stylesheet,
      '<link rel="stylesheet" href="https://cdn.example/npm/release-countdown@0.1.0/dist/release-countdown.css">',
    );
    await page.context().close();
  });

  it('marks an unknown time zone and says why', async () => {
    const page = await openBuilder();
    await page.fill('#time-zone', 'Mars/Olympus');
    assert.equal(await page.getAttribute('#time-zone', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#time-zone-hint'), /“Mars\/Olympus” is not a time zone/);
    await page.fill('#time-zone', 'Europe/Paris');
    assert.equal(await page.getAttribute('#time-zone', 'aria-invalid'), 'false');
    await page.context().close();
  });

  it('copies the snippet to the clipboard, from the keyboard', async () => {
    const page = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    await fillForm(page);
    await page.focus('#preview-released');
    // From the preview switch, Tab reaches the Copy button (the iframe's content has no stops).
    let focused = '';
    for (let step = 0; step < 5 && focused !== 'copy'; step += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    assert.equal(focused, 'copy');
    await page.keyboard.press('Enter');
    await until(async () => (await page.textContent('#copy-status')) !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#snippet'));
    assert.match(await page.textContent('#copy-status'), /^Copied/);
    await page.context().close();
  });

  it('previews the snippet as released without changing the date, and back', async () => {
    const page = await openBuilder();
    await fillForm(page);
    const preview = page.frameLocator('#preview');
    const countdown = preview.locator('release-countdown');
    await countdown.locator('.shown').waitFor();
    assert.equal(await countdown.locator('.shown').textContent(), '3d 03:05:06');

    await page.locator('#preview-released').press('Space');
    await preview.locator('[part="released"]').waitFor();
    assert.equal(await preview.locator('[part="released"]').textContent(), 'Out now!');
    assert.equal(await countdown.getAttribute('date'), '2027-03-12T09:00');
    assert.equal(await page.inputValue('#date'), '2027-03-12');

    await page.uncheck('#preview-released');
    await countdown.locator('.shown').waitFor();
    assert.equal(await countdown.locator('.shown').textContent(), '3d 03:05:06');
    await page.context().close();
  });
});
