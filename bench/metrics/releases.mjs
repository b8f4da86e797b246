import { pollPage } from './startup.mjs';

/**
 * Waits until the page is ready in the sense of issue 13 ("every countdown is ready"): every
 * value in the viewport is painted (`shownMs`, from the probe; 0 for a page that shows none) and
 * then `quietMs` pass without a long task. A countdown that renders later in small slices, or
 * waits with its release alarm set until it is scrolled to, is ready by then; one that renders
 * everything up front is ready when it has. Returns `readyMs` (from navigation start: the later
 * of the values painted and the end of the last long task) and every long task (> 50 ms, the
 * probe's PerformanceObserver) until then, as [start ms, duration ms].
 */
export async function untilReady(page, { shownMs, quietMs, timeoutMs }) {
  const ready = await pollPage(
    page,
    ({ shownMs, quietMs }) => {
      const { longTasks, nowMs } = window.bench.longTasks();
      const lastEndMs = Math.max(shownMs, ...longTasks.map(([startMs, durationMs]) => startMs + durationMs));
      return nowMs - lastEndMs >= quietMs && { readyMs: lastEndMs, longTasks };
    },
    timeoutMs,
    { shownMs, quietMs },
  );
  if (!ready) throw new Error(`the page still had long tasks after ${timeoutMs / 1000} s`);
  return ready;
}

/**
 * Scrolls the page from top to bottom by `stepPx` per animation frame and returns the layout
 * shift seen meanwhile, in total and from nodes inside the instances' slots, and the long tasks
 * that began during the scroll (bench/page/probe.js, scrollThrough).
 */
export function scrollThrough(page, stepPx) {
  return page.evaluate((stepPx) => window.bench.scrollThrough(stepPx), stepPx);
}
