import { sleep } from '../browser.mjs';

/** Main-thread time of the tab's renderer so far, from `Performance.getMetrics`, in ms. */
async function mainThreadTotals(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    taskMs: value('TaskDuration'),
    styleAndLayoutMs: value('RecalcStyleDuration') + value('LayoutDuration'),
    atMs: performance.now(),
  };
}

/**
 * Busy milliseconds per second of the tab's main thread over `windowMs`: the delta of the
 * DevTools metric TaskDuration (every main-thread task: script and its microtasks, style,
 * layout, paint, GC) divided by the wall-clock seconds between the two reads; and the part of
 * it spent in style recalculation and layout (RecalcStyleDuration + LayoutDuration).
 * ScriptDuration is not used: it leaves out microtasks, where Lit renders.
 */
export async function busyPerSecond(cdp, windowMs) {
  const before = await mainThreadTotals(cdp);
  await sleep(windowMs);
  const after = await mainThreadTotals(cdp);
  const seconds = (after.atMs - before.atMs) / 1000;
  return {
    busyMsPerS: (after.taskMs - before.taskMs) / seconds,
    styleAndLayoutMsPerS: (after.styleAndLayoutMs - before.styleAndLayoutMs) / seconds,
  };
}
