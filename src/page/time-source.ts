import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { attributeText } from '../config/attribute-text.js';
import { quote } from '../config/config-error.js';

/** A slower answer is abandoned: the round trip, and so the error of the estimate, would be too large. */
export const TIME_SOURCE_TIMEOUT_MS = 5000;

/**
 * A server time outside these bounds is not a reading of a working clock in milliseconds:
 * before 2001-09-09 (13 digits) it is zero, or seconds mistaken for milliseconds; from 2100 on
 * it is microseconds, nanoseconds or garbage. The visitor's clock, however wrong, is
 * corrected by any answer inside them: the server is what the page's author chose to trust.
 */
export const EARLIEST_SERVER_TIME_MS = 1e12;
export const LATEST_SERVER_TIME_MS = Date.UTC(2100, 0, 1);

/** What one exchange with a time source says about this device's clock. */
export type ClockSample = { ok: true; offsetMs: number } | { ok: false; problem: string };

/**
 * The offset of the server's clock from ours, from one request sent at `sentMs` and answered
 * at `receivedMs` (both on this device's clock) with the server's time `serverMs`. The server
 * read its clock somewhere during the round trip; the middle is the best guess, so the error
 * is at most half the round trip.
 */
export function offsetFromExchange(sentMs: number, receivedMs: number, serverMs: number): ClockSample {
  const roundTripMs = receivedMs - sentMs;
  if (!(roundTripMs >= 0)) return { ok: false, problem: 'was asked while this device’s clock changed' };
  if (roundTripMs > TIME_SOURCE_TIMEOUT_MS) return { ok: false, problem: 'did not answer within 5 s' };
  if (!(serverMs >= EARLIEST_SERVER_TIME_MS && serverMs < LATEST_SERVER_TIME_MS)) {
    return { ok: false, problem: `answered an absurd time (${serverMs}); expected epoch milliseconds` };
  }
  // `|| 0` turns a rounded -0 into 0.
  return { ok: true, offsetMs: Math.round(serverMs - (sentMs + receivedMs) / 2) || 0 };
}

const EPOCH_MS_BODY = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * The server's time from its answer: a plain-text or JSON body holding epoch milliseconds,
 * else the HTTP `Date` header. The header is whole seconds, cut down, so the true time is
 * half a second later on average.
 */
export function serverTimeOf(body: string, dateHeader: string | null): number | undefined {
  const text = body.trim();
  if (EPOCH_MS_BODY.test(text)) return Number(text);
  const dateMs = dateHeader === null ? NaN : Date.parse(dateHeader);
  return Number.isNaN(dateMs) ? undefined : dateMs + 500;
}

/** The absolute http(s) URL a `time-source` value names, relative to `base`, or undefined. */
export function timeSourceUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One time source, asked once per page and shared by every countdown naming it. */
interface TimeSource {
  /** 0 until a good answer arrives, and for good if none does. */
  offsetMs: number;
  onAnswer: Set<() => void>;
}

const sources = new Map<string, TimeSource>();

function timeSourceFor(value: string): TimeSource | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const url = timeSourceUrl(text, document.baseURI);
  const key = url ?? text;
  let source = sources.get(key);
  if (!source) {
    source = { offsetMs: 0, onAnswer: new Set() };
    sources.set(key, source);
    if (url) void ask(source, url, text);
    else warn(text, 'is not an http(s) URL');
  }
  return source;
}

async function ask(source: TimeSource, url: string, value: string): Promise<void> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIME_SOURCE_TIMEOUT_MS);
  let sample: ClockSample;
  try {
    const sentMs = Date.now();
    const response = await fetch(url, { cache: 'no-store', signal: abort.signal });
    const receivedMs = Date.now();
    if (!response.ok) {
      sample = { ok: false, problem: `answered HTTP ${response.status}` };
    } else {
      const serverMs = serverTimeOf(await response.text(), response.headers.get('Date'));
      sample =
        serverMs === undefined
          ? { ok: false, problem: 'answered neither epoch milliseconds nor a readable Date header' }
          : offsetFromExchange(sentMs, receivedMs, serverMs);
    }
  } catch {
    sample = { ok: false, problem: abort.signal.aborted ? 'did not answer within 5 s' : 'could not be reached' };
  } finally {
    clearTimeout(timer);
  }
  if (!sample.ok) {
    warn(value, sample.problem);
    return;
  }
  source.offsetMs = sample.offsetMs;
  for (const onAnswer of [...source.onAnswer]) {
    try {
      onAnswer();
    } catch (error) {
      reportError(error);
    }
  }
}

function warn(value: string, problem: string): void {
  console.warn(`<release-countdown>: time-source: ${quote(value)} ${problem}; counting with this device’s clock`);
}

/**
 * This host's clock: the device's, corrected by the answer of its `time-source` once that
 * arrives. Calls `onCorrected` whenever the correction in use changes (an answer, another
 * source, a return to the page after an answer came).
 */
export class TimeSourceController implements ReactiveController {
  #source: TimeSource | undefined;
  #connected = false;
  #reportedOffsetMs = 0;
  readonly #onAnswer = () => this.#report();

  constructor(
    host: ReactiveControllerHost,
    private readonly onCorrected: () => void,
  ) {
    host.addController(this);
  }

  /** The `time-source` value; empty means this device's clock, with no request. */
  set url(value: unknown) {
    const source = timeSourceFor(attributeText(value));
    if (source === this.#source) return;
    this.#source?.onAnswer.delete(this.#onAnswer);
    this.#source = source;
    this.#sync();
  }

  /** How far the corrected clock is ahead of this device's, in ms. */
  get offsetMs(): number {
    return this.#source?.offsetMs ?? 0;
  }

  now(): number {
    return Date.now() + this.offsetMs;
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
    if (this.#connected && this.#source) this.#source.onAnswer.add(this.#onAnswer);
    else this.#source?.onAnswer.delete(this.#onAnswer);
    if (this.#connected) this.#report();
  }

  #report(): void {
    if (this.offsetMs === this.#reportedOffsetMs) return;
    this.#reportedOffsetMs = this.offsetMs;
    this.onCorrected();
  }
}
