import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeOnScreen } from '../page/on-screen.js';
import { includeClock, onceAt, onEverySecond, type ClockOffset, type TimeListener } from '../page/ticker.js';

export interface SecondsControllerOptions {
  /** Hears the host's clock: this device's, `clockOffsetMs()` ahead once a time source has corrected it. */
  onTime: TimeListener;
  /** How far the host's clock is ahead of this device's, in ms; 0 when not given. */
  clockOffsetMs?: ClockOffset;
}

/**
 * Hooks a host element to the shared clock (`ticker.ts`) while it is connected: every second
 * while `everySecond` is set and the host is on screen, and once at `alarmAtMs` (its next
 * release) whether seen or not, so that a countdown nobody sees does no work and still
 * releases on time. On coming back into view the host is called at once.
 */
export class SecondsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onTime: TimeListener;
  readonly #clockOffsetMs: ClockOffset;
  #connected = false;
  #everySecond = false;
  #alarmAtMs: number | undefined;
  #alarmRang = false;
  #onScreen = true;
  #stopSeconds: (() => void) | undefined;
  #stopAlarm: (() => void) | undefined;
  #stopWatching: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, { onTime, clockOffsetMs = () => 0 }: SecondsControllerOptions) {
    this.#host = host;
    this.#onTime = onTime;
    this.#clockOffsetMs = clockOffsetMs;
    host.addController(this);
  }

  /** Whether the host hears every second while on screen. */
  get everySecond(): boolean {
    return this.#everySecond;
  }

  /** The moment (on the host's clock) the host is called even when nobody can see it; undefined for none. */
  get alarmAtMs(): number | undefined {
    return this.#alarmAtMs;
  }

  /** What the host needs from the clock now; a call that changes nothing costs nothing. */
  schedule(everySecond: boolean, alarmAtMs: number | undefined): void {
    if (alarmAtMs !== this.#alarmAtMs) {
      this.#alarmAtMs = alarmAtMs;
      this.#alarmRang = false;
      this.#stopAlarm?.();
      this.#stopAlarm = undefined;
    } else if (everySecond === this.#everySecond) {
      return;
    }
    this.#everySecond = everySecond;
    this.#sync();
  }

  /** The host's clock was corrected: the shared timer re-aims at its whole seconds, and its alarm moves. */
  realign(): void {
    if (this.#stopSeconds) includeClock(this.#clockOffsetMs());
    this.#stopAlarm?.();
    this.#stopAlarm = undefined;
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
    const active = this.#connected && this.#everySecond;

    if (active && !this.#stopWatching) {
      this.#stopWatching = observeOnScreen(this.#host, (onScreen) => this.#onScreenChange(onScreen));
    } else if (!active && this.#stopWatching) {
      this.#stopWatching();
      this.#stopWatching = undefined;
      this.#onScreen = true;
    }

    const wantSeconds = active && this.#onScreen;
    if (wantSeconds && !this.#stopSeconds) {
      this.#stopSeconds = onEverySecond(this.#onTime, this.#clockOffsetMs);
    } else if (!wantSeconds && this.#stopSeconds) {
      this.#stopSeconds();
      this.#stopSeconds = undefined;
    }

    if (!this.#connected) this.#alarmRang = false;
    const wantAlarm = this.#connected && this.#alarmAtMs !== undefined && !this.#alarmRang;
    if (wantAlarm && !this.#stopAlarm) {
      this.#stopAlarm = onceAt(this.#alarmAtMs! - this.#clockOffsetMs(), (nowMs) => {
        this.#stopAlarm = undefined;
        this.#alarmRang = true;
        this.#onTime(nowMs + this.#clockOffsetMs());
      });
    } else if (!wantAlarm && this.#stopAlarm) {
      this.#stopAlarm();
      this.#stopAlarm = undefined;
    }
  }

  #onScreenChange(onScreen: boolean): void {
    const cameIntoView = onScreen && !this.#onScreen;
    this.#onScreen = onScreen;
    this.#sync();
    if (cameIntoView) this.#onTime(Date.now() + this.#clockOffsetMs());
  }
}
