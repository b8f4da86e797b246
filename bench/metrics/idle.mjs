import { sleep } from '../browser.mjs';
import { busyPerSecond } from './main-thread.mjs';

/**
 * Busy ms/s with the page scrolled 200 000 px below the last instance, then, in a second window
 * of the same length, what the page still does: timer and animation-frame callbacks of the page
 * (from a Chrome trace) and changes of the instances' shown seconds (the probe's
 * MutationObservers). Busy ms/s near zero is within the noise of the DevTools protocol's own
 * tasks; the counts tell "no work at all" apart from "a little". Scrolling away and back wait
 * until the page has settled, so that the work of leaving or coming back into view (an element
 * that stops off-screen catches up on its return) is in no window.
 */
export async function offScreenCost(tab, { settleMs, windowMs }) {
  const visible = await tab.page.evaluate(async () => {
    await window.bench.scrollAway();
    return window.bench.visibleCount();
  });
  if (visible !== 0) throw new Error(`${visible} instances still in the viewport after scrolling away`);
  await sleep(settleMs);
  const cost = await busyPerSecond(tab.cdp, windowMs);
  const callbacks = await pageCallbacks(tab, () => recordShownChanges(tab, windowMs));
  await tab.page.evaluate(() => window.bench.scrollBack());
  return { ...cost, ...callbacks };
}

async function recordShownChanges(tab, windowMs) {
  await tab.page.evaluate(() => window.bench.startRecording({ busy: false }));
  await sleep(windowMs);
  const { changes } = await tab.page.evaluate(() => window.bench.stopRecording());
  // Four entries per change: DOM time, painted time, instance, value (bench/page/probe.js).
  return { shownChanges: changes.length / 4 };
}

/** Runs `during` under a trace and counts the TimerFire and FireAnimationFrame events of the page's frame. */
async function pageCallbacks(tab, during) {
  const { frameTree } = await tab.cdp.send('Page.getFrameTree');
  const events = [];
  const collect = ({ value }) => events.push(...value);
  tab.cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => tab.cdp.once('Tracing.tracingComplete', resolve));
  await tab.cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const result = await during();
  await tab.cdp.send('Tracing.end');
  await complete;
  tab.cdp.off('Tracing.dataCollected', collect);
  const ofPage = (name) =>
    events.filter((event) => event.name === name && event.args?.data?.frame === frameTree.frame.id).length;
  return { ...result, timersFired: ofPage('TimerFire'), animationFrames: ofPage('FireAnimationFrame') };
}

/**
 * Busy ms/s while another tab of the same window is in front, so that the page is really
 * hidden (document.visibilityState "hidden", background timer throttling and no frames), the
 * way a user's background tab is. Then the page is brought back.
 */
export async function hiddenTabCost(tab, openOtherTab, { settleMs, windowMs }) {
  const other = await openOtherTab();
  const state = await tab.page.evaluate(() => document.visibilityState);
  if (state !== 'hidden') throw new Error(`the page did not become hidden (visibilityState "${state}")`);
  await sleep(settleMs);
  const cost = await busyPerSecond(tab.cdp, windowMs);
  await tab.page.bringToFront();
  await other.close();
  return cost;
}
