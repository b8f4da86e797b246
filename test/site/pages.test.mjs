// Every page of the built demo site: accessible, free of console errors, no sideways scrolling
// from 320 to 1400 px; and the blog page works the way a blog embeds the element.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { DEMO_PAGES, WIDTHS, axeViolations, openPage, overflowing, siteForTests } from './site.mjs';

const site = siteForTests();

describe('every page', () => {
  for (const name of DEMO_PAGES) {
    it(`${name} passes axe and logs no error`, async () => {
      const page = await openPage(site.browser, site.baseUrl + name);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });

    it(`${name} does not scroll sideways at ${WIDTHS.join(', ')} px`, async () => {
      const page = await openPage(site.browser, site.baseUrl + name, { width: WIDTHS[0] });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        assert.deepEqual(await overflowing(page), [], `at ${width} px`);
      }
      await page.context().close();
    });
  }
});

describe('the blog page', () => {
  it('loads release-countdown.js and no other script', async () => {
    const page = await openPage(site.browser, null);
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(site.baseUrl + 'blog.html', { waitUntil: 'load' });
    assert.deepEqual(scripts, ['/release-countdown.js']);
    assert.equal(await page.evaluate(() => Boolean(customElements.get('release-countdown'))), true);
    await page.context().close();
  });

  it("carries the source's stylesheet, rule for rule, with its comments and spacing left out", async () => {
    const source = await readFile(new URL('../../src/element/release-countdown.styles.ts', import.meta.url), 'utf8');
    const sourceCss = source.match(/css`([^`]*)`/)[1];
    const page = await openPage(site.browser, site.baseUrl + 'blog.html');
    const [shipped, expected] = await page.evaluate((css) => {
      const rules = (sheet) => [...sheet.cssRules].map((rule) => rule.cssText);
      const fromSource = new CSSStyleSheet();
      fromSource.replaceSync(css);
      const { elementStyles } = customElements.get('release-countdown');
      return [elementStyles.flatMap((style) => rules(style.styleSheet)), rules(fromSource)];
    }, sourceCss);
    assert.ok(expected.length > 10);
    assert.deepEqual(shipped, expected);
    await page.context().close();
  });

  it('shows the countdown box, the sentence and the list at a fixed time', async () => {
    const page = await openPage(site.browser, site.baseUrl + 'blog.html');
    // 2026-12-01 12:00 UTC to 2027-03-12 00:00 in Los Angeles (08:00 UTC): 100 days 20 hours.
    const box = page.locator('release-countdown.classic');
    assert.deepEqual(await box.locator('[part~="value"]').allTextContents(), ['100', '20', '0', '0']);
    // The parts the element shows, not the fallback's lines marked with their names.
    const shown = (part) =>
      box.evaluate((el, part) => el.shadowRoot.querySelector(`[part="${part}"]`).textContent, part);
    assert.equal(await shown('date'), 'March 12, 2027 at 12:00 AM PST');
    assert.equal(await shown('calendar'), 'Add to calendar');
    assert.equal(await page.locator('release-countdown.inline .shown').textContent(), '101 days');
    const badges = page.locator('.upcoming release-countdown');
    // Below the fold they know their state before they render, which they do as the visitor scrolls to them.
    assert.deepEqual(await badges.evaluateAll((els) => els.map((el) => el.released)), [false, false, false, true]);
    await badges.last().scrollIntoViewIfNeeded();
    assert.equal(await badges.nth(0).locator('.shown').textContent(), '52d 07:00:00');
    assert.equal(await badges.nth(3).locator('[part="released"]').textContent(), 'Out now');
    // Only a countdown that can be seen ticks every second.
    await box.scrollIntoViewIfNeeded();
    // An observer made after the element's reports in the same rendering step, after it.
    await box.evaluate(
      (el) =>
        new Promise((resolve) => {
          const observer = new IntersectionObserver(([entry]) => {
            if (entry.isIntersecting) resolve(observer.disconnect());
          });
          observer.observe(el);
        }),
    );
    await page.clock.runFor(1000);
    assert.deepEqual(await box.locator('[part~="value"]').allTextContents(), ['100', '19', '59', '59']);
    await page.context().close();
  });
});
