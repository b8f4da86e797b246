// Nothing moves when the countdowns upgrade or the pages' scripts run: every demo page, and a post
// holding only the embed builder's default snippet, loaded with every script (release-countdown.js
// and the page's own, such as the builder's) arriving after the first paint (as on a slow
// network), at a phone's and a laptop's width. The page's layout-shift entries (no input), those
// of text inside form controls too, add up to 0, and each countdown keeps the box its fallback had.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PAGES, openPage, settle, siteForTests } from './site.mjs';

/** A phone (390 × 844) and a laptop (1280 × 800). */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const site = siteForTests();

/**
 * Runs in every frame before its scripts: records the layout shifts, and each countdown's box
 * once the first content is painted and the page parsed, which is before any script of the page
 * may run (see load()).
 */
function watchLayout() {
  window.layoutShifts = [];
  const describe = (node) => {
    const element = node?.nodeType === 1 /* an element */ ? node : node?.parentElement;
    if (!element) return 'a node inside a form control';
    const countdown = element.closest('release-countdown');
    const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${element.className}` : ''}`;
    return countdown && countdown !== element ? `${name} in a countdown` : name;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.layoutShifts.push({
        value: entry.value,
        sources: entry.sources.map(({ node, previousRect: from, currentRect: to }) => ({
          node: describe(node),
          moved: from.x !== to.x || from.y !== to.y,
          from: `${from.x},${from.y} ${from.width}×${from.height}`,
          to: `${to.x},${to.y} ${to.width}×${to.height}`,
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const recordFallbacks = () => {
    window.fallbackBoxes = [...document.querySelectorAll('release-countdown')].map((countdown) => {
      const { width, height } = countdown.getBoundingClientRect();
      return { width, height };
    });
    window.fallbackPainted?.();
  };
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    // A stylesheet linked in the body (the builder's snippet links release-countdown.css) holds
    // the parser until it loads, after the text above it is painted: the countdowns are read once
    // the whole page is parsed, which is still before any module script may run.
    if (document.readyState === 'loading')
      document.addEventListener('readystatechange', recordFallbacks, { once: true });
    else recordFallbacks();
  }).observe({ type: 'paint', buffered: true });
}

/**
 * Opens `url` with every script held back until a frame has painted its fallback, so that the
 * upgrade, and whatever else the page's scripts change, happens on a page already shown, as it
 * does for a visitor on a slow network.
 * The pages' own fonts are used, as they come.
 */
async function load(url, viewport, route) {
  const page = await openPage(site.browser, null, viewport);
  let painted;
  const firstPaint = new Promise((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('fallbackPainted', () => painted());
  await page.addInitScript(watchLayout);
  await page.route('**/*.js', async (request) => {
    await firstPaint;
    await request.continue();
  });
  if (route) await page.route(url, route);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return page;
}

/** What each frame recorded, once two animation frames have shown the upgraded countdowns. */
async function layoutOf(page) {
  const frames = [];
  for (const frame of page.frames()) {
    frames.push(
      await frame.evaluate(async () => {
        // An animation runs on the document's timeline, which the page's stopped clock does not hold.
        await document.documentElement.animate([], { duration: 50 }).finished;
        const countdowns = [...document.querySelectorAll('release-countdown')];
        return {
          url: document.URL,
          shifts: window.layoutShifts,
          boxes: countdowns.map((countdown, index) => {
            const { width, height } = countdown.getBoundingClientRect();
            return {
              name: countdown.getAttribute('title') || countdown.getAttribute('date') || countdown.id,
              // Whether the fallback is lines marked with parts, or text (in a sentence, a pill).
              shaped: countdown.querySelector(':scope > [part]') !== null,
              before: window.fallbackBoxes?.[index],
              after: { width, height },
            };
          }),
        };
      }),
    );
  }
  return frames;
}

function checkNothingMoved(frames) {
  for (const { url, shifts, boxes } of frames) {
    const sum = shifts.reduce((total, { value }) => total + value, 0);
    assert.equal(sum, 0, `${url}: layout shift ${sum.toFixed(4)}: ${JSON.stringify(shifts, null, 1)}`);
    // Also below the fold, where a shift is not scored until the visitor scrolls there.
    for (const { name, shaped, before, after } of boxes) {
      assert.ok(before, `${url}: ${name} was not on the page when it was first painted`);
      assert.ok(
        Math.abs(after.height - before.height) < 0.5,
        `${url}: ${name} was ${before.height} px high, then ${after.height}`,
      );
      // A text fallback is as wide as its words; where it sits, nothing follows it on its line.
      if (shaped)
        assert.ok(
          Math.abs(after.width - before.width) < 0.5,
          `${url}: ${name} was ${before.width} px wide, then ${after.width}`,
        );
    }
  }
}

/** The builder's snippet, once `choose` has set the form, pasted into a post between paragraphs. */
async function checkPastedSnippet(viewport, choose) {
  const builder = await openPage(site.browser, `${site.baseUrl}builder.html`);
  await choose(builder);
  const snippet = await builder.inputValue('#snippet');
  await builder.context().close();
  const postUrl = `${site.baseUrl}pasted-post.html`;
  const page = await load(postUrl, viewport, (request) =>
    request.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Post</title></head>
<body><h1>Season 2 is coming</h1><p>The date is set.</p>${snippet}<p>Everything else in the post comes after it.</p></body></html>`,
    }),
  );
  const [post] = await layoutOf(page);
  assert.equal(post.boxes.length, 1);
  checkNothingMoved([post]);
  await page.context().close();
}

describe('no layout shift when the countdowns upgrade', () => {
  for (const viewport of VIEWPORTS) {
    // The iframe page paints nothing before its script reads its query, so there is no fallback to
    // hold the scripts behind: test/site/embed.test.mjs records its layout shifts as it loads.
    for (const name of DEMO_PAGES.filter((page) => page !== 'embed.html')) {
      it(`${name} at ${viewport.width} px`, async () => {
        const page = await load(site.baseUrl + name, viewport);
        checkNothingMoved(await layoutOf(page));
        await page.context().close();
      });
    }

    it(`a post holding the embed builder's default snippet, at ${viewport.width} px`, async () => {
      await checkPastedSnippet(viewport, async () => {});
    });
  }

  // The other themes with lines for a fallback, with the calendar link's line too.
  for (const theme of ['', 'flip', 'hero']) {
    it(`a post holding the builder's snippet with theme "${theme}" and a calendar link, at 390 px`, async () => {
      await checkPastedSnippet(VIEWPORTS[0], async (builder) => {
        await builder.selectOption('#theme', theme);
        await builder.check('#calendar');
        await builder.fill('#title', 'Midnight Harbor, Season 2');
      });
    });
  }
});
