import { sleep } from '../browser.mjs';

/**
 * Records every change of the seconds shown by every instance for `windowMs` (bench/page/probe.js:
 * one MutationObserver per instance, on its shadow root if it has one, timestamped with
 * Date.now() when the DOM changed; the change is painted in the next frame). With `busy`, a
 * 300 ms task blocks the main thread every 2 s, from 150 ms before a whole second to 150 ms after.
 */
export async function recordShownSeconds(page, { windowMs, busy }) {
  const { startMs, initial } = await page.evaluate((busy) => window.bench.startRecording({ busy }), busy);
  await sleep(windowMs);
  const { endMs, changes, busyTasks } = await page.evaluate(() => window.bench.stopRecording());
  return { startMs, endMs, initial, changes, busyTasks };
}

/**
 * What the recording says about timekeeping. The target is a whole second, so the shown value
 * is due to change on every whole second of Date.now():
 * - lag: from the last whole second to the change;
 * - lag after a long task: for seconds that began inside a busy task, from the end of that task
 *   to the change (how soon the value is right once the page can run again);
 * - repeated / skipped: the shown value sampled just before each whole second stayed the same
 *   (the display missed a whole second) or jumped by more than one;
 * - out of order: a change that made the shown seconds go up.
 */
export function analyzeShownSeconds({ startMs, endMs, initial, changes, busyTasks }) {
  const lags = [];
  const lagsAfterLongTask = [];
  const changesByInstance = initial.map(() => []);
  let outOfOrder = 0;
  const previous = [...initial];
  for (let k = 0; k < changes.length; k += 3) {
    const [atMs, index, value] = [changes[k], changes[k + 1], changes[k + 2]];
    const secondMs = Math.floor(atMs / 1000) * 1000;
    lags.push(atMs - secondMs);
    const blockedUntil = longTaskEndAround(busyTasks, secondMs);
    if (blockedUntil !== null) lagsAfterLongTask.push(atMs - Math.max(secondMs, blockedUntil));
    if (previous[index] !== null && value !== null && secondsDown(previous[index], value) >= 30) outOfOrder++;
    previous[index] = value;
    changesByInstance[index].push([atMs, value]);
  }

  let repeated = 0;
  let skipped = 0;
  let samples = 0;
  const firstSampleMs = Math.ceil(startMs / 1000) * 1000 + 999;
  initial.forEach((initialValue, index) => {
    let shown = initialValue;
    let cursor = 0;
    let last = null;
    const history = changesByInstance[index];
    for (let sampleMs = firstSampleMs; sampleMs < endMs; sampleMs += 1000) {
      while (cursor < history.length && history[cursor][0] <= sampleMs) shown = history[cursor++][1];
      if (last !== null && shown !== null) {
        const down = secondsDown(last, shown);
        samples++;
        if (down === 0) repeated++;
        else if (down > 1 && down < 30) skipped += down - 1;
      }
      last = shown;
    }
  });
  return {
    lags,
    lagsAfterLongTask,
    repeated,
    skipped,
    outOfOrder,
    samples,
    changes: changes.length / 3,
    recordedMs: endMs - startMs,
  };
}

/** How far the seconds digit went down from `before` to `after`, on a 60-second dial. */
function secondsDown(before, after) {
  return (((before - after) % 60) + 60) % 60;
}

function longTaskEndAround(busyTasks, instantMs) {
  for (let k = 0; k < busyTasks.length; k += 2) {
    if (busyTasks[k] <= instantMs && instantMs < busyTasks[k + 1]) return busyTasks[k + 1];
  }
  return null;
}
