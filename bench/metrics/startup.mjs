import { sleep } from '../browser.mjs';

/**
 * Navigates the tab to a benchmark page and waits until every instance (with `viewportOnly`:
 * every instance in the viewport) shows a value, laid out. Times are from the page's navigation
 * start (performance.timeOrigin) to the animation frame in which the first instance, those in the
 * viewport, and all instances showed a value, and to that frame's layout (bench/page/probe.js).
 */
export async function loadPage(page, url, timeoutMs, { viewportOnly = false } = {}) {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const startup = await pollPage(
    page,
    (key) =>
      window.bench?.startup[key] != null && {
        ...window.bench.startup,
        visible: window.bench.visibleCount(),
      },
    timeoutMs,
    viewportOnly ? 'viewportValuesLaidOutMs' : 'allValuesLaidOutMs',
  );
  if (!startup) {
    const which = viewportOnly ? 'every instance in the viewport' : 'every instance';
    throw new NotShownError(`not ${which} showed a value within ${timeoutMs / 1000} s`);
  }
  return startup;
}

/** Navigates the tab to a page and waits for its load event. */
export async function loadPageWithoutWaitingForValues(page, url, timeoutMs) {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const loaded = await pollPage(page, () => document.readyState === 'complete', timeoutMs);
  if (!loaded) throw new NotShownError(`the page had not loaded within ${timeoutMs / 1000} s`);
}

/**
 * Evaluates `check` in the page until it returns something truthy or `timeoutMs` pass, then
 * returns its last result. Polled from here because Playwright's own timeouts do not fire
 * while the page's main thread is stuck, which some contenders do for minutes at N=1000.
 */
export async function pollPage(page, check, timeoutMs, argument) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await Promise.race([
      page.evaluate(check, argument),
      sleep(deadline - Date.now()).then(() => false),
    ]).catch(() => false);
    if (result) return result;
    await sleep(50);
  }
  return false;
}

export class NotShownError extends Error {}
