import { sleep } from './browser.mjs';
import { CONTENDERS } from './contenders.mjs';
import { analyzeShownSeconds, recordShownSeconds } from './metrics/accuracy.mjs';
import { hiddenTabCost, offScreenCost } from './metrics/idle.mjs';
import { busyPerSecond } from './metrics/main-thread.mjs';
import { memoryAfterGc } from './metrics/memory.mjs';
import { NotShownError, loadPage, loadPageWithoutWaitingForValues } from './metrics/startup.mjs';

const THREE_DAYS_MS = 3 * 24 * 3600 * 1000;

const wholeSecondAfter = (ms) => Math.ceil(ms / 1000) * 1000;

function pageUrl(origin, contender, n, targetMs) {
  return `${origin}/page?contender=${encodeURIComponent(contender.id)}&n=${n}&target=${targetMs}`;
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
    await sleep(timing.settleMs);
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
    await sleep(timing.settleMs);
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
    await sleep(timing.settleMs);
    return { released: await busyPerSecond(tab.cdp, timing.windowMs) };
  } finally {
    await tab.close();
  }
}
