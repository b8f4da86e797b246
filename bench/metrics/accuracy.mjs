import { sleep } from '../browser.mjs';

/**
 * Records every change of the seconds shown by every instance for `windowMs` (bench/page/probe.js:
 * one MutationObserver per instance, on its shadow root if it has one; each change timestamped
 * with Date.now() when the DOM changed and when the animation frame that paints it began). With
 * `busy`, a 300 ms task blocks the main thread every 2 s, from 150 ms before a whole second to
 * 150 ms after.
 */
export async function recordShownSeconds(page, { windowMs, busy }) {
  const { startMs, initial, dial } = await page.evaluate((busy) => window.bench.startRecording({ busy }), busy);
  await sleep(windowMs);
  const { endMs, changes, busyTasks } = await page.evaluate(() => window.bench.stopRecording());
  return { startMs, endMs, initial, dial, changes, busyTasks };
}

/** A value shown this long or longer (about two seconds) stood for a second it should have left. */
const REPEATED_AFTER_MS = 1500;

/**
 * What a recording says about timekeeping. The target is a whole second, so the shown value is
 * due to change on every whole second of Date.now():
 * - lag: from the whole second before the DOM change to the frame that paints it (and, for
 *   comparison, to the DOM change itself);
 * - lag after a long task: for seconds that began inside a busy task, from the end of that task
 *   to the frame that paints the change (how soon the value is right once the page can run);
 * - skipped: values a change jumped over (the seconds went down by more than one);
 * - repeated: seconds a value stayed on past its own, from each instance's sequence of shown
 *   values: a value shown for 1.5 s or more counts round(ms / 1000) - 1. This does not depend
 *   on when in the second a contender changes, so a per-instance setInterval whose moment is
 *   near the whole second is not miscounted;
 * - out of order: a change that made the shown seconds go up.
 * A change whose frame had not begun when the recording stopped counts in the sequence only.
 */
export function analyzeShownSeconds({ startMs, endMs, initial, dial = 60, changes, busyTasks }) {
  const lags = [];
  const domLags = [];
  const lagsAfterLongTask = [];
  let outOfOrder = 0;
  let skipped = 0;
  let repeated = 0;
  const previous = [...initial];
  const shownSinceMs = initial.map(() => startMs);
  const repeatsWhileShown = (fromMs, toMs) => Math.max(0, Math.round((toMs - fromMs) / 1000) - 1);
  const holdsTooLong = (fromMs, toMs) => toMs - fromMs >= REPEATED_AFTER_MS;

  for (let k = 0; k < changes.length; k += 4) {
    const [domMs, paintedMs, index, value] = [changes[k], changes[k + 1], changes[k + 2], changes[k + 3]];
    const secondMs = Math.floor(domMs / 1000) * 1000;
    domLags.push(domMs - secondMs);
    if (paintedMs !== null) {
      lags.push(paintedMs - secondMs);
      const blockedUntil = longTaskEndAround(busyTasks, secondMs);
      if (blockedUntil !== null) lagsAfterLongTask.push(paintedMs - Math.max(secondMs, blockedUntil));
    }
    if (previous[index] !== null) {
      const down = secondsDown(previous[index], value, dial);
      if (down > dial / 2) outOfOrder++;
      else if (down > 1) skipped += down - 1;
      if (holdsTooLong(shownSinceMs[index], domMs)) repeated += repeatsWhileShown(shownSinceMs[index], domMs);
    }
    previous[index] = value;
    shownSinceMs[index] = domMs;
  }
  previous.forEach((value, index) => {
    if (value !== null && holdsTooLong(shownSinceMs[index], endMs))
      repeated += repeatsWhileShown(shownSinceMs[index], endMs);
  });

  return {
    lags,
    domLags,
    lagsAfterLongTask,
    repeated,
    skipped,
    outOfOrder,
    instanceSeconds: (initial.length * (endMs - startMs)) / 1000,
    changes: changes.length / 4,
    recordedMs: endMs - startMs,
  };
}

/** How far the shown seconds went down from `before` to `after`, on a dial of `dial` values. */
function secondsDown(before, after, dial) {
  return (((before - after) % dial) + dial) % dial;
}

function longTaskEndAround(busyTasks, instantMs) {
  for (let k = 0; k < busyTasks.length; k += 2) {
    if (busyTasks[k] <= instantMs && instantMs < busyTasks[k + 1]) return busyTasks[k + 1];
  }
  return null;
}
