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

const WINDOW_PHASE_MS = 500;

/**
 * Busy milliseconds per second of the tab's main thread over `windowMs`: the delta of the
 * DevTools metric TaskDuration (every main-thread task: script and its microtasks, style,
 * layout, paint, GC) divided by the wall-clock seconds between the two reads; and the part of
 * it spent in style recalculation and layout (RecalcStyleDuration + LayoutDuration).
 * ScriptDuration is not used: it leaves out microtasks, where Lit renders.
 *
 * Most of the work comes once a second, so a window of whole seconds starts half-way between
 * two whole seconds: it then holds exactly one tick per second of every timer, whatever its
 * moment in the second, and not one more or less depending on when the window began (a
 * window of 3.0 s that begins at a random moment holds 3 or 4 ticks: up to a third too much).
 */
export async function busyPerSecond(cdp, windowMs) {
  if (windowMs % 1000 === 0) await sleep((WINDOW_PHASE_MS - (Date.now() % 1000) + 1000) % 1000);
  const before = await mainThreadTotals(cdp);
  await sleep(windowMs);
  const after = await mainThreadTotals(cdp);
  const seconds = (after.atMs - before.atMs) / 1000;
  return {
    busyMsPerS: (after.taskMs - before.taskMs) / seconds,
    styleAndLayoutMsPerS: (after.styleAndLayoutMs - before.styleAndLayoutMs) / seconds,
  };
}
