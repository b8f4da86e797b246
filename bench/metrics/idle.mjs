import { sleep } from '../browser.mjs';
import { busyPerSecond } from './main-thread.mjs';

/**
 * Busy ms/s with the page scrolled 200 000 px below the last instance. Scrolling away and back
 * wait until the page has settled, so that the work of leaving or coming back into view (an
 * element that stops off-screen catches up on its return) is in neither window.
 */
export async function offScreenCost(tab, { settleMs, windowMs }) {
  const visible = await tab.page.evaluate(async () => {
    await window.bench.scrollAway();
    return window.bench.visibleCount();
  });
  if (visible !== 0) throw new Error(`${visible} instances still in the viewport after scrolling away`);
  await sleep(settleMs);
  const cost = await busyPerSecond(tab.cdp, windowMs);
  await tab.page.evaluate(() => window.bench.scrollBack());
  return cost;
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
