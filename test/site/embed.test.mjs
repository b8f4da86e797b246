// The iframe page (embed.html) framed the way a blog on a platform without scripts frames it: the
// host page on http://127.0.0.1, the embed on http://localhost, in Chromium and in Firefox. It
// shows the countdown its address describes, tells the host its height, keeps to its CSP and its
// own origin, lets the host's background show through, names every bad parameter, and runs
// nothing that an address carries.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { ENGINES, SITE_DIR, embedShown, engineForTests, startCrossOrigin } from './cross-origin.mjs';
import { EMBED_PARAMETERS } from './site.mjs';

const EMBED_HTML = join(SITE_DIR, 'embed.html');

/** 3 days 3 hours 5 minutes 6 seconds before 2027-03-12 09:00 in Tokyo (00:00 UTC). */
const NOW = new Date('2027-03-08T20:54:54Z');
const TOKYO = 'date=2027-03-12T09:00&time-zone=Asia/Tokyo';
const HOST_BACKGROUND = [243, 239, 230];

let site;
before(async () => {
  site = await startCrossOrigin();
});
after(() => site.close());

let hostPages = 0;

/**
 * A host page on 127.0.0.1 holding `frames` (iframe markup), on a coloured background, that
 * records every height message in `window.heights` and, with `listen`, sizes the frame by it.
 */
function hostPage(frames, { listen = false } = {}) {
  hostPages += 1;
  return site.hostPage(
    `/host-${hostPages}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<style>body { margin: 8px; background: rgb(${HOST_BACKGROUND.join(' ')}); font: 16px serif; }</style></head>
<body><h1>A post</h1>${frames.join('\n')}<p>After the countdown.</p>
<script>
window.heights = [];
addEventListener('message', (event) => {
  if (event.data?.type !== 'release-countdown:height') return;
  window.heights.push({ origin: event.origin, height: event.data.height });
  ${listen ? "for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.height = event.data.height;" : ''}
});
</script></body></html>`,
  );
}

const iframe = (query, height = 100) =>
  `<iframe src="${site.embedUrl}embed.html?${query.replaceAll('&', '&amp;')}" title="Countdown" style="border:0;width:100%" height="${height}"></iframe>`;

/** Waits until `count` frames of the embed's origin are there, then until each shows what it will. */
async function framesShown(page, count = 1) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const frames = page.frames(site.embedUrl);
    if (frames.size >= count) {
      for (const frame of frames.values()) await frame.evaluate(embedShown);
      return frames;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Expected ${count} frames of ${site.embedUrl}`);
}

/** Opens a host page framing the embed with `query`, and returns the host page and the frame. */
async function framed(engine, query, { width = 1000, listen = false, now = NOW } = {}) {
  const page = await engine.newPage({ width, now });
  await page.goto(hostPage([iframe(query)], { listen }));
  const [frame] = (await framesShown(page)).values();
  return { page, frame };
}

/** What the frame shows: the countdown's parts by name, or the page's own message. */
function shown() {
  const countdown = document.querySelector('release-countdown');
  const root = countdown?.shadowRoot;
  const text = (selector) => root?.querySelector(selector)?.textContent ?? null;
  return {
    lang: document.documentElement.lang,
    theme: countdown?.className ?? null,
    title: text('[part="title"]'),
    date: text('[part="date"]'),
    values: root ? [...root.querySelectorAll('[part~="value"]')].map((value) => value.textContent) : [],
    error: text('[part="error"]') ?? document.querySelector('.embed-error')?.textContent ?? null,
  };
}

/** Everything in the frame that is not the countdown, its own parts, or the page's message. */
function strangers() {
  const found = [];
  for (const element of document.body.querySelectorAll('*')) {
    const allowed =
      element.matches('main, main > h1, main > noscript, main > release-countdown, main > .embed-error') ||
      element.matches('.embed-error > p');
    if (!allowed) found.push(element.outerHTML.slice(0, 80));
  }
  for (const countdown of document.querySelectorAll('release-countdown')) {
    if (countdown.children.length > 0) found.push(`in the countdown: ${countdown.innerHTML.slice(0, 80)}`);
    for (const element of countdown.shadowRoot?.querySelectorAll('img, script, iframe, object, embed, svg, style, a') ??
      []) {
      if (!element.matches('a[part="calendar"]')) found.push(`in the shadow root: ${element.outerHTML.slice(0, 80)}`);
    }
  }
  return found;
}

/** Values a hostile page might put in the address. */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JAVASCRIPT = 'javascript:alert(1)';
const LONG = 'x'.repeat(5000);

const THEMES = ['', 'badge', 'classic', 'flip', 'hero', 'inline'];

/**
 * Runs in the builder: its iframe snippet for each theme, in each format, without and with a
 * title and the calendar link, for the longest English date line, 204 days ahead.
 */
async function builderIframes(themes) {
  const output = document.getElementById('iframe-snippet');
  while (!output.value) await new Promise((resolve) => setTimeout(resolve, 20));
  const set = (id, value, type = 'change') => {
    const field = document.getElementById(id);
    if (field.type === 'checkbox') field.checked = value;
    else field.value = value;
    field.dispatchEvent(new Event(type, { bubbles: true }));
  };
  set('date', '2027-09-28', 'input');
  set('time', '12:00', 'input');
  set('time-zone', 'America/St_Johns', 'input');
  const snippets = {};
  for (const theme of themes) {
    snippets[theme] = [];
    for (const format of ['blocks', 'text', 'compact']) {
      for (const extras of [false, true]) {
        set('theme', theme);
        set('format', format);
        set('title', extras ? 'Midnight Harbor, Season 2' : '', 'input');
        set('calendar', extras);
        snippets[theme].push(output.value);
      }
    }
  }
  return snippets;
}

/** The Tokyo countdown's address with `name` set to `value` (replacing the date or zone). */
function withParameter(name, value) {
  const query = new URLSearchParams(TOKYO);
  query.set(name, value);
  return query.toString();
}

describe('embed.html as built', () => {
  it('has a strict CSP and no inline script or style', async () => {
    const html = await readFile(EMBED_HTML, 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    assert.equal(
      csp,
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'",
    );
    assert.deepEqual(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), null, 'inline scripts');
    assert.deepEqual(html.match(/<style|\sstyle=|\son\w+=/g), null, 'inline styles or handlers');
    assert.match(html, /<meta name="robots" content="noindex" \/>/);
  });
});

for (const engineName of ENGINES) {
  describe(`embed.html framed across origins, in ${engineName}`, () => {
    const engine = engineForTests(engineName);

    it('shows the countdown its address describes', async () => {
      const { page, frame } = await framed(
        engine,
        `${TOKYO}&title=Midnight%20Harbor%2C%20Season%202&theme=classic&unit-display=short`,
      );
      assert.deepEqual(await frame.evaluate(shown), {
        lang: 'en-US',
        theme: 'classic',
        title: 'Midnight Harbor, Season 2',
        date: 'March 12, 2027 at 9:00 AM GMT+9',
        values: ['3', '3', '5', '6'],
        error: null,
      });
      assert.equal(await frame.evaluate(() => document.title), 'Midnight Harbor, Season 2: release countdown');
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('speaks the language of `lang`, and sets the page’s', async () => {
      const { page, frame } = await framed(engine, `${TOKYO}&lang=fr&format=compact`);
      const { lang, date } = await frame.evaluate(shown);
      assert.equal(lang, 'fr');
      assert.match(date, /^12 mars 2027/);
      await page.close();
    });

    it('posts its height to the host on every change, and the host that follows it shows it all', async () => {
      const { page, frame } = await framed(engine, `${TOKYO}&title=Midnight%20Harbor&theme=hero`, { listen: true });
      const content = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
      const heights = await page.evaluate(() => window.heights);
      assert.ok(heights.length > 0, 'a height was posted');
      assert.ok(heights.every(({ origin }) => origin === site.embedUrl.slice(0, -1)));
      assert.equal(heights.at(-1).height, await frame.evaluate(content));
      assert.equal(await page.evaluate(() => Number(document.querySelector('iframe').height)), heights.at(-1).height);
      assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight));

      // Narrower, the banner's type is smaller (it is sized by its width): the page says so.
      await page.evaluate(() => (document.querySelector('iframe').style.width = '220px'));
      let posted = heights;
      for (let attempt = 0; attempt < 100 && posted.length === heights.length; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        posted = await page.evaluate(() => window.heights);
      }
      assert.notEqual(posted.at(-1).height, heights.at(-1).height, 'a new height was posted');
      assert.equal(posted.at(-1).height, await frame.evaluate(content));
      await page.close();
    });

    it('keeps to its CSP, runs no inline script and asks nothing of another origin', async () => {
      const { page, frame } = await framed(
        engine,
        `${TOKYO}&title=Midnight%20Harbor&theme=flip&calendar=true&background=%23fff8e1`,
      );
      assert.deepEqual(await frame.evaluate(() => window.violations), []);
      assert.equal(await frame.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
      const resources = await frame.evaluate(() =>
        performance.getEntriesByType('resource').map(({ name }) => new URL(name).origin),
      );
      assert.ok(resources.length >= 3, 'its script, the embed file and the theme');
      assert.deepEqual([...new Set(resources)], [site.embedUrl.slice(0, -1)]);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('is transparent, unless `background` sets a colour', async () => {
      for (const [query, expected] of [
        [`${TOKYO}&theme=badge&format=compact`, HOST_BACKGROUND],
        [`${TOKYO}&theme=badge&format=compact&background=rgb(18%2052%2086)`, [18, 52, 86]],
      ]) {
        const { page, frame } = await framed(engine, query);
        const box = await page.evaluate(() => {
          const { left, top } = document.querySelector('iframe').getBoundingClientRect();
          return { left, top };
        });
        // The frame's top left corner: its padding, beside the pill.
        const png = PNG.sync.read(await page.screenshot());
        const at = (Math.round(box.top + 1) * png.width + Math.round(box.left + 1)) * 4;
        assert.deepEqual([...png.data.subarray(at, at + 3)], expected, query);
        if (expected === HOST_BACKGROUND) {
          assert.equal(
            await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
            'rgba(0, 0, 0, 0)',
          );
        }
        await page.close();
      }
    });

    it('names the parameter of a missing or bad value', async () => {
      const cases = [
        ['title=No%20date', /^date: missing/],
        ['date=tomorrow', /^date: "tomorrow" is not a date/],
        [`${TOKYO}&units=fortnights`, /^units: /],
        [`${TOKYO}&theme=neon`, /^theme: "neon" is not a theme; use badge, classic, flip, hero, inline$/],
        [`${TOKYO}&theme=../blog`, /^theme: "..\/blog" is not a theme/],
        [`${TOKYO}&background=url(x.png)`, /^background: "url\(x.png\)" is not a CSS colour/],
        [`${TOKYO}&background=var(--x)`, /^background: "var\(--x\)" is not a CSS colour/],
        [`${TOKYO}&time-source=https://example.com/time`, /^time-source: not accepted in an embed address/],
        [`${TOKYO}&time-source=`, /^time-source: not accepted in an embed address/],
        [`${TOKYO}&lang=not%20a%20tag`, /^lang: "not a tag" is not a language tag/],
        [`${TOKYO}&calendar=maybe`, /^calendar: "maybe" is not a choice/],
      ];
      for (const [query, message] of cases) {
        const { page, frame } = await framed(engine, query);
        const { error, values } = await frame.evaluate(shown);
        assert.match(error ?? '', message, query);
        assert.deepEqual(values, [], `${query}: no countdown`);
        assert.deepEqual(await frame.evaluate(strangers), [], query);
        await page.close();
      }
    });

    it('runs nothing an address carries, and shows nothing but the countdown or its message', async () => {
      const hostile = [
        `${TOKYO}&title=${encodeURIComponent(IMG)}`,
        `${TOKYO}&title=${encodeURIComponent(SCRIPT)}&released-text=${encodeURIComponent(IMG)}`,
        ...EMBED_PARAMETERS.map((name) => withParameter(name, JAVASCRIPT)),
        ...EMBED_PARAMETERS.map((name) => withParameter(name, LONG)),
        `${TOKYO}&onload=alert(1)&class=evil&style=color:red&src=${encodeURIComponent(JAVASCRIPT)}&repeat=daily`,
        `${TOKYO}&title=First&title=${encodeURIComponent(IMG)}&date=2020-01-01`,
      ];
      const page = await engine.newPage({ width: 1000, now: NOW });
      for (const query of hostile) {
        await page.goto(hostPage([iframe(query)]));
        const [frame] = (await framesShown(page)).values();
        const what = query.slice(0, 120);
        assert.equal(await frame.evaluate(() => window.alerts), 0, what);
        assert.equal(await page.evaluate(() => window.alerts), 0, what);
        assert.deepEqual(await frame.evaluate(strangers), [], what);
        assert.deepEqual(await frame.evaluate(() => window.violations), [], what);
        const { title, error } = await frame.evaluate(shown);
        if (query.includes(`title=${encodeURIComponent(IMG)}`) && !query.includes('title=First')) {
          assert.equal(title, IMG, 'the markup is shown as text');
        }
        if (query.includes('title=First')) assert.equal(title, 'First', 'a repeated parameter counts once, first');
        if (query.includes(LONG)) assert.match(error, /: 5000 characters is too long for this page; at most 300$/);
      }
      // Had the markup been parsed, the image would have been asked for.
      assert.ok(!site.embedRequests.some((path) => path.endsWith('/x')), 'no request for the <img>');
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    it('is whole at the height the builder gives, in a host that does not listen, at 320 and 1280 px', async () => {
      const builder = await engine.newPage({ width: 1280, now: NOW });
      await builder.goto(`${site.embedUrl}builder.html`);
      const snippets = await builder.evaluate(builderIframes, THEMES);
      await builder.close();

      const cut = [];
      for (const theme of THEMES) {
        for (const width of [320, 1280]) {
          // Tall enough that every frame is in view, where lazy frames load.
          const page = await engine.newPage({ width, height: 2800, now: NOW });
          await page.goto(hostPage(snippets[theme]));
          for (const [url, frame] of await framesShown(page, snippets[theme].length)) {
            const { content, frameHeight } = await frame.evaluate(() => ({
              content: document.documentElement.scrollHeight,
              frameHeight: window.innerHeight,
            }));
            if (content > frameHeight) cut.push(`${width} px: ${url.split('?')[1]}: ${content} > ${frameHeight}`);
          }
          await page.close();
        }
      }
      assert.deepEqual(cut, []);
    });

    it(
      'does not move once shown',
      { skip: engineName !== 'chromium' && 'Firefox reports no layout shifts' },
      async () => {
        const { page, frame } = await framed(engine, `${TOKYO}&title=Midnight%20Harbor&theme=classic&calendar=true`);
        assert.equal(await frame.evaluate(() => window.layoutShifts), 0);
        await page.close();
      },
    );
  });
}
