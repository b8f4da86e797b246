import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Called with the current time (epoch ms) just after each whole second, and when the page is shown again. */
export type SecondListener = (nowMs: number) => void;

/** How far a listener's clock is ahead of this device's clock (a `time-source` correction), in ms. */
export type ClockOffset = () => number;

interface Subscription {
  listener: SecondListener;
  offsetMs: ClockOffset;
}

/**
 * The one clock shared by every countdown on the page: a single `setTimeout` aimed at the
 * next whole-second boundary (never `setInterval`, which drifts), re-aimed from the absolute
 * clock after every tick, so sleeps, throttling and clock changes heal at the next tick.
 * A countdown corrected by a time source counts whole seconds of its corrected clock; the
 * timer aims at the nearest boundary of every clock in use, and each listener hears its own
 * time. It never waits more than a second, so no wait comes near what `setTimeout` can hold.
 * It exists only while someone listens.
 */
const subscriptions = new Set<Subscription>();
let timeout: ReturnType<typeof setTimeout> | undefined;
let boundaryMs = 0;

export function onEverySecond(listener: SecondListener, offsetMs: ClockOffset = () => 0): () => void {
  const subscription = { listener, offsetMs };
  subscriptions.add(subscription);
  if (subscriptions.size === 1) start();
  else includeClock(offsetMs());
  return () => {
    subscriptions.delete(subscription);
    if (subscriptions.size === 0) stop();
  };
}

/**
 * Makes the timer fire by the next whole second of a clock `offsetMs` ahead of this device's:
 * for a listener that joins, or whose clock was corrected. Constant time, so ten thousand
 * countdowns corrected at once cost ten thousand steps, not a hundred million.
 */
export function includeClock(offsetMs: number): void {
  if (subscriptions.size === 0) return;
  const localNowMs = Date.now();
  const atMs = nextBoundary(localNowMs, offsetMs);
  if (atMs < boundaryMs) aim(localNowMs, atMs);
}

function start(): void {
  document.addEventListener('visibilitychange', onPageShown);
  window.addEventListener('pageshow', onPageShown);
  scheduleNextBoundary(Date.now());
}

function stop(): void {
  clearTimeout(timeout);
  timeout = undefined;
  document.removeEventListener('visibilitychange', onPageShown);
  window.removeEventListener('pageshow', onPageShown);
}

/** The next whole second of a clock `offsetMs` ahead, on this device's clock. */
function nextBoundary(localNowMs: number, offsetMs: number): number {
  return Math.floor((localNowMs + offsetMs) / 1000) * 1000 + 1000 - offsetMs;
}

function scheduleNextBoundary(localNowMs: number): void {
  let atMs = Infinity;
  for (const { offsetMs } of subscriptions) atMs = Math.min(atMs, nextBoundary(localNowMs, offsetMs()));
  aim(localNowMs, atMs);
}

function aim(localNowMs: number, atMs: number): void {
  clearTimeout(timeout);
  boundaryMs = atMs;
  timeout = setTimeout(onTimeout, atMs - localNowMs);
}

function onTimeout(): void {
  timeout = undefined;
  const nowMs = Date.now();
  const early = boundaryMs - nowMs;
  // A timer may wake a hair before the boundary; showing then would repeat a second.
  // A larger gap means the clock was set back: go by the new time at once.
  if (early > 0 && early < 1000) {
    timeout = setTimeout(onTimeout, early);
    return;
  }
  notify(nowMs);
}

function onPageShown(): void {
  if (document.visibilityState === 'visible') notify(Date.now());
}

function notify(localNowMs: number): void {
  for (const { listener, offsetMs } of [...subscriptions]) {
    try {
      listener(localNowMs + offsetMs());
    } catch (error) {
      reportError(error);
    }
  }
  if (subscriptions.size > 0) scheduleNextBoundary(Date.now());
}

/**
 * Hooks a host to the shared clock while it is connected and `running` is true, so a
 * released, invalid or removed countdown holds no timer.
 */
export class SecondsController implements ReactiveController {
  #connected = false;
  #running = false;
  #unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onSecond: SecondListener,
    private readonly offsetMs: ClockOffset = () => 0,
  ) {
    host.addController(this);
  }

  set running(running: boolean) {
    this.#running = running;
    this.#sync();
  }

  /** The host's clock was corrected; the shared timer re-aims at its whole seconds. */
  realign(): void {
    if (this.#unsubscribe) includeClock(this.offsetMs());
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    const shouldListen = this.#connected && this.#running;
    if (shouldListen && !this.#unsubscribe) {
      this.#unsubscribe = onEverySecond(this.onSecond, this.offsetMs);
    } else if (!shouldListen && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }
}
