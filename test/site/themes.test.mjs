// Each theme of demo/themes/, as the theme gallery shows it (counting and released), at a fixed
// time: a screenshot against its committed baseline, and no overflow from 320 to 1400 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCREENSHOT_TOLERANCE, WIDTHS, compareWithBaseline, openPage, overflowing, siteForTests } from './site.mjs';

const THEMES = ['classic', 'flip', 'inline', 'hero', 'badge'];

const site = siteForTests();

describe('themes', () => {
  for (const theme of THEMES) {
    describe(theme, () => {
      it('looks like its baseline screenshot', async () => {
        const page = await openPage(site.browser, `${site.baseUrl}themes.html`, { width: 1000 });
        const examples = page.locator(`#${theme} .theme-examples`);
        const png = await examples.screenshot({ animations: 'disabled', caret: 'hide' });
        const share = compareWithBaseline(`theme-${theme}`, png);
        assert.ok(
          share <= SCREENSHOT_TOLERANCE,
          `${(share * 100).toFixed(2)}% of pixels differ (at most ${SCREENSHOT_TOLERANCE * 100}% may); see test/site/screenshots/theme-${theme}.diff.png`,
        );
        await page.context().close();
      });

      it(`holds at ${WIDTHS.join(', ')} px without overflow`, async () => {
        const page = await openPage(site.browser, `${site.baseUrl}themes.html`, { width: WIDTHS[0] });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const problems = await overflowing(page, `#${theme}, #${theme} release-countdown, #${theme} p, #${theme} li`);
          assert.deepEqual(problems, [], `at ${width} px`);
        }
        await page.context().close();
      });
    });
  }

  it('flip animates each change, and not at all under prefers-reduced-motion', async () => {
    const animationsOfSeconds = (page) =>
      page
        .locator('#flip release-countdown')
        .first()
        .locator('[part~="seconds"] [part~="value"]')
        .evaluate((value) => value.getAnimations().map((animation) => animation.animationName));
    const moving = await openPage(site.browser, `${site.baseUrl}themes.html`);
    await moving.clock.runFor(1000);
    assert.deepEqual(await animationsOfSeconds(moving), ['release-countdown-flip-tock']);
    await moving.context().close();

    const still = await openPage(site.browser, `${site.baseUrl}themes.html`, {
      contextOptions: { reducedMotion: 'reduce' },
    });
    await still.clock.runFor(1000);
    assert.deepEqual(await animationsOfSeconds(still), []);
    await still.context().close();
  });
});
