import { sleep } from './browser.mjs';
import { CONTENDERS, EMPTY_PAGE, RELEASES_VIEWPORT } from './contenders.mjs';
import { analyzeShownSeconds, recordShownSeconds } from './metrics/accuracy.mjs';
import { hiddenTabCost, offScreenCost } from './metrics/idle.mjs';
import { busyPerSecond } from './metrics/main-thread.mjs';
import { memoryAfterGc } from './metrics/memory.mjs';
import { scrollThrough, untilReady } from './metrics/releases.mjs';
import { NotShownError, loadPage, loadPageWithoutWaitingForValues } from './metrics/startup.mjs';

const THREE_DAYS_MS = 3 * 24 * 3600 * 1000;

const wholeSecondAfter = (ms) => Math.ceil(ms / 1000) * 1000;

function pageUrl(origin, contender, n, targetMs, layout = 'all-on-screen') {
  return `${origin}/page?contender=${encodeURIComponent(contender.id)}&n=${n}&target=${targetMs}&layout=${layout}`;
}

/**
 * Settling before a window: the page has drawn two frames and found its main thread idle
 * (bench/page/probe.js), then `settleMs` more pass, so that the work of starting up, or of
 * scrolling away or back, is in no window. A page whose main thread never idles is given
 * SETTLE_LIMIT_MS (Playwright's own timeouts do not fire while the page is stuck).
 */
const SETTLE_LIMIT_MS = 5000;
async function settle(tab, timing) {
  await Promise.race([tab.page.evaluate(() => window.bench.settled()), sleep(SETTLE_LIMIT_MS)]);
  await sleep(timing.settleMs);
}

/** One untimed page load, so that the first contender measured does not pay for a cold browser. */
export async function warmUp(browser, origin) {
  const tab = await browser.openTab();
  try {
    await loadPage(tab.page, pageUrl(origin, CONTENDERS[0], 1, wholeSecondAfter(Date.now() + THREE_DAYS_MS)), 30_000);
  } finally {
    await tab.close();
  }
}

/**
 * One fresh tab with N instances counting to a whole second three days away: start-up time,
 * then the steady cost. At N=1 the heap is the baseline of the page; at the N given as
 * `idleAt`, also the cost off-screen and in a hidden tab, then the heap with the instances
 * and after removing them.
 */
export async function loadSession({ browser, origin, contender, n, idleAt, timing }) {
  const tab = await browser.openTab();
  try {
    const targetMs = wholeSecondAfter(Date.now() + THREE_DAYS_MS);
    const loadStartMs = Date.now();
    const result = {};
    try {
      result.startup = await loadPage(tab.page, pageUrl(origin, contender, n, targetMs), timing.loadTimeoutMs);
    } catch (error) {
      // Too slow to measure anything else at this N: kept as a result, not an error.
      if (!(error instanceof NotShownError)) throw error;
      return { startup: { notShownWithinMs: Date.now() - loadStartMs } };
    }
    await settle(tab, timing);
    result.steady = await busyPerSecond(tab.cdp, timing.windowMs);
    if (n === 1) result.memoryBaseline = await memoryAfterGc(tab.cdp);
    if (n === idleAt) {
      result.offScreen = await offScreenCost(tab, { settleMs: timing.settleMs, windowMs: timing.windowMs });
      result.hiddenTab = await hiddenTabCost(tab, () => browser.openBlankTab(), {
        settleMs: timing.settleMs,
        windowMs: timing.windowMs,
      });
      result.memory = await memoryAfterGc(tab.cdp);
      await tab.page.evaluate(() => window.bench.unmount());
      await sleep(timing.afterRemovalMs);
      result.memoryAfterRemoval = await memoryAfterGc(tab.cdp);
    }
    return result;
  } finally {
    await tab.close();
  }
}

/**
 * One fresh tab with N instances counting to a whole second three days away: the steady cost,
 * then the shown seconds recorded in normal running and with a busy main thread.
 */
export async function accuracySession({ browser, origin, contender, n, timing }) {
  const tab = await browser.openTab();
  try {
    const targetMs = wholeSecondAfter(Date.now() + THREE_DAYS_MS);
    await loadPage(tab.page, pageUrl(origin, contender, n, targetMs), timing.loadTimeoutMs);
    await settle(tab, timing);
    const recordNormal = () => recordShownSeconds(tab.page, { windowMs: timing.accuracyWindowMs, busy: false });
    // --quick saves a window by measuring the steady cost while recording (observers included).
    const [steady, normalRecording] = timing.steadyWhileRecording
      ? await Promise.all([busyPerSecond(tab.cdp, timing.windowMs), recordNormal()])
      : [await busyPerSecond(tab.cdp, timing.windowMs), await recordNormal()];
    const normal = analyzeShownSeconds(normalRecording);
    const busy = analyzeShownSeconds(
      await recordShownSeconds(tab.page, { windowMs: timing.accuracyWindowMs, busy: true }),
    );
    return { steady, normal, busy };
  } finally {
    await tab.close();
  }
}

/** One fresh tab with N instances whose target passed an hour ago: the cost of released instances. */
export async function releasedSession({ browser, origin, contender, n, timing }) {
  const tab = await browser.openTab();
  try {
    await loadPageWithoutWaitingForValues(
      tab.page,
      pageUrl(origin, contender, n, wholeSecondAfter(Date.now() - 3600_000)),
      timing.loadTimeoutMs,
    );
    await settle(tab, timing);
    return { released: await busyPerSecond(tab.cdp, timing.windowMs) };
  } finally {
    await tab.close();
  }
}

/**
 * The idle bound's baseline (issue 13, decision 3): a fresh tab with the empty page (N empty
 * slots laid out as ours, no contender's script) measured as the idle windows of the others:
 * visible at the top of the page (as the released page is), scrolled away (as off-screen), and
 * behind another tab (as the hidden tab).
 */
export async function emptyPageSession({ browser, origin, n, timing }) {
  const tab = await browser.openTab();
  try {
    await loadPageWithoutWaitingForValues(tab.page, pageUrl(origin, EMPTY_PAGE, n, 0), timing.loadTimeoutMs);
    await settle(tab, timing);
    const visible = await busyPerSecond(tab.cdp, timing.windowMs);
    const offScreen = await offScreenCost(tab, { settleMs: timing.settleMs, windowMs: timing.windowMs });
    const hiddenTab = await hiddenTabCost(tab, () => browser.openBlankTab(), {
      settleMs: timing.settleMs,
      windowMs: timing.windowMs,
    });
    return { visible, offScreen, hiddenTab };
  } finally {
    await tab.close();
  }
}

/**
 * The page users actually have (issue 13): a fresh tab with a 1280×800 viewport and N instances
 * counting to a whole second three days away, each in a 312×120 box, the rest below the
 * viewport. Start-up to the first value and to every value in the viewport, painted; the long
 * tasks until the page is ready (bench/metrics/releases.mjs); at N = `steadyAt`, the steady cost
 * at the top of the page; the heap and DOM nodes; then a scroll from top to bottom with its
 * layout shift, and the DOM nodes after it (every instance has then been in view). The empty
 * page has no value to wait for: its start-up is left out.
 */
export async function releasesSession({ browser, origin, contender, n, steadyAt, timing }) {
  const tab = await browser.openTab();
  try {
    await tab.page.setViewportSize(RELEASES_VIEWPORT);
    const targetMs = wholeSecondAfter(Date.now() + THREE_DAYS_MS);
    const url = pageUrl(origin, contender, n, targetMs, 'releases');
    const result = {};
    if (contender === EMPTY_PAGE) {
      await loadPageWithoutWaitingForValues(tab.page, url, timing.loadTimeoutMs);
    } else {
      const loadStartMs = Date.now();
      try {
        result.startup = await loadPage(tab.page, url, timing.loadTimeoutMs, { viewportOnly: true });
      } catch (error) {
        if (!(error instanceof NotShownError)) throw error;
        return { startup: { notShownWithinMs: Date.now() - loadStartMs } };
      }
      if (result.startup.visible !== result.startup.inViewport) {
        throw new Error(
          `${result.startup.visible} instances in the viewport, the probe expected ${result.startup.inViewport}`,
        );
      }
    }
    // The empty page has no value to show: it is ready from its load event on.
    const shownMs =
      result.startup?.viewportValuesLaidOutMs ??
      (await tab.page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
    result.ready = await untilReady(tab.page, {
      shownMs,
      quietMs: timing.quietMs,
      timeoutMs: timing.loadTimeoutMs,
    });
    if (n === steadyAt) {
      await settle(tab, timing);
      result.steady = await busyPerSecond(tab.cdp, timing.windowMs);
    }
    result.memory = {
      ...(await memoryAfterGc(tab.cdp)),
      shown: await tab.page.evaluate(() => window.bench.shownCount()),
    };
    result.scroll = await scrollThrough(tab.page, timing.scrollStepPx);
    result.memoryAfterScroll = await memoryAfterGc(tab.cdp);
    return result;
  } finally {
    await tab.close();
  }
}
