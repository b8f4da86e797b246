/** Called with the current time (epoch ms). */
export type TimeListener = (nowMs: number) => void;

/** Longer delays make `setTimeout` fire at once; a longer wait is taken in steps of this. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** How far a listener's clock is ahead of this device's clock (a `time-source` correction), in ms. */
export type ClockOffset = () => number;

/**
 * The one clock shared by every countdown on the page. A single `setTimeout` is aimed at the
 * next moment anyone needs: the next whole-second boundary for countdowns that are seen
 * (never `setInterval`, which drifts), or the earliest alarm for those that are not. Every
 * wake recomputes from the absolute clock, so sleeps, throttling and clock changes heal at
 * the next one. While the page is hidden only alarms wake it. With nobody listening there is
 * no timer and no page listener at all.
 *
 * A countdown corrected by a time source counts whole seconds of its corrected clock: second
 * listeners carry their clock's offset, the timer aims at the nearest boundary of every clock
 * in use, and each listener hears its own time. Alarms are in this device's time.
 */
const secondListeners = new Map<TimeListener, ClockOffset>();
const alarms = new Map<TimeListener, number>();
let timeout: ReturnType<typeof setTimeout> | undefined;
let wakeAtMs = Infinity;
let watchingPage = false;

/**
 * Calls `listener` just after each whole second of a clock `offsetMs` ahead of this device's,
 * with that clock's time, while the page is visible, and at once when it is shown again.
 */
export function onEverySecond(listener: TimeListener, offsetMs: ClockOffset = () => 0): () => void {
  secondListeners.set(listener, offsetMs);
  includeClock(offsetMs());
  return () => {
    secondListeners.delete(listener);
    stopIfIdle();
  };
}

/** Calls `listener` once at `epochMs` (or as soon after as the browser allows), visible page or not. */
export function onceAt(epochMs: number, listener: TimeListener): () => void {
  // A wrapper of its own, so that cancelling one alarm never cancels another of the same listener.
  const alarm: TimeListener = (nowMs) => listener(nowMs);
  alarms.set(alarm, epochMs);
  wakeBy(epochMs);
  return () => {
    alarms.delete(alarm);
    stopIfIdle();
  };
}

/**
 * Makes the timer wake by the next whole second of a clock `offsetMs` ahead of this device's:
 * for a listener that joins, or whose clock was corrected. Constant time unless the timer must
 * move earlier, so ten thousand countdowns corrected at once stay cheap.
 */
export function includeClock(offsetMs: number): void {
  if (secondListeners.size > 0) wakeBy(nextSecondBoundary(Date.now(), offsetMs));
}

/** The next whole second of a clock `offsetMs` ahead, on this device's clock. */
function nextSecondBoundary(nowMs: number, offsetMs = 0): number {
  return Math.floor((nowMs + offsetMs) / 1000) * 1000 + 1000 - offsetMs;
}

function pageVisible(): boolean {
  return document.visibilityState !== 'hidden';
}

/** Makes sure the timer wakes no later than `epochMs`. */
function wakeBy(epochMs: number): void {
  watchPage(true);
  if (timeout === undefined || epochMs < wakeAtMs) arm(Date.now());
}

function arm(nowMs: number): void {
  clearTimeout(timeout);
  timeout = undefined;
  wakeAtMs = Infinity;
  if (pageVisible()) {
    for (const offsetMs of secondListeners.values())
      wakeAtMs = Math.min(wakeAtMs, nextSecondBoundary(nowMs, offsetMs()));
  }
  for (const at of alarms.values()) wakeAtMs = Math.min(wakeAtMs, at);
  if (wakeAtMs === Infinity) return;
  timeout = setTimeout(onTimeout, Math.min(Math.max(0, wakeAtMs - nowMs), MAX_TIMEOUT_MS));
}

function stopIfIdle(): void {
  if (secondListeners.size > 0 || alarms.size > 0) return;
  clearTimeout(timeout);
  timeout = undefined;
  wakeAtMs = Infinity;
  watchPage(false);
}

function onTimeout(): void {
  timeout = undefined;
  const nowMs = Date.now();
  // A timer may wake a hair before its moment; acting then would repeat a second. A larger
  // gap means the clock was set back, or a long wait was cut into steps: go by the new time.
  const early = wakeAtMs - nowMs;
  if (early > 0 && early < 1000) {
    timeout = setTimeout(onTimeout, early);
    return;
  }
  for (const [alarm, at] of [...alarms]) {
    if (at <= nowMs) {
      alarms.delete(alarm);
      call(alarm, nowMs);
    }
  }
  if (pageVisible()) notifyEverySecond(nowMs);
  arm(Date.now());
}

function notifyEverySecond(nowMs: number): void {
  // A copy: listeners stop listening while being called (a countdown that has just released).
  for (const [listener, offsetMs] of [...secondListeners]) call(listener, nowMs + offsetMs());
}

function call(listener: TimeListener, nowMs: number): void {
  try {
    listener(nowMs);
  } catch (error) {
    reportError(error);
  }
}

function watchPage(watch: boolean): void {
  if (watch === watchingPage) return;
  watchingPage = watch;
  const method = watch ? 'addEventListener' : 'removeEventListener';
  document[method]('visibilitychange', onPageVisibility);
  window[method]('pageshow', onPageVisibility);
}

function onPageVisibility(): void {
  // Shown again (a tab brought back, a page restored from the back-forward cache): show the
  // present at once. Hidden: stop the second ticks and keep only the alarms.
  if (pageVisible()) notifyEverySecond(Date.now());
  arm(Date.now());
}
