import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Called with the current time (epoch ms) just after each whole second, and when the page is shown again. */
export type SecondListener = (nowMs: number) => void;

/**
 * The one clock shared by every countdown on the page: a single `setTimeout` aimed at the
 * next whole-second boundary (never `setInterval`, which drifts), re-aimed from the absolute
 * clock after every tick, so sleeps, throttling and clock changes heal at the next tick.
 * It exists only while someone listens.
 */
const listeners = new Set<SecondListener>();
let timeout: ReturnType<typeof setTimeout> | undefined;
let boundaryMs = 0;

export function onEverySecond(listener: SecondListener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
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

function scheduleNextBoundary(nowMs: number): void {
  clearTimeout(timeout);
  boundaryMs = Math.floor(nowMs / 1000) * 1000 + 1000;
  timeout = setTimeout(onTimeout, boundaryMs - nowMs);
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

function notify(nowMs: number): void {
  for (const listener of [...listeners]) {
    try {
      listener(nowMs);
    } catch (error) {
      reportError(error);
    }
  }
  if (listeners.size > 0) scheduleNextBoundary(Date.now());
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
  ) {
    host.addController(this);
  }

  set running(running: boolean) {
    this.#running = running;
    this.#sync();
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
      this.#unsubscribe = onEverySecond(this.onSecond);
    } else if (!shouldListen && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }
}
