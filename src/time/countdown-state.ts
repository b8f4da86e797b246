import { nextPhases, type ChangePhase } from '../text/change-phase.js';
import { isConfigError, type ConfigError } from '../config/config-error.js';
import type { CountdownConfig } from '../config/countdown-config.js';
import { elapsedSince } from './elapsed.js';
import { occurrencesAround } from '../config/recurrence.js';
import { remainingUntil, sameAmounts, type UnitAmount } from './remaining.js';

/** What the countdown shows. */
export type Shown =
  | { kind: 'invalid'; message: string }
  | { kind: 'counting'; amounts: UnitAmount[]; phases: ChangePhase[] }
  /**
   * `holding`: with `repeat`, released for `released-for`, then counting to the next occurrence.
   * `elapsed`: how long ago the target passed, kept only with `after="count-up"`.
   */
  | { kind: 'released'; holding: boolean; elapsed?: UnitAmount };

/**
 * Where a countdown stands: what it shows, when it needs the clock, and what it has seen, so
 * that each release is announced once. A step that changes nothing returns the same object;
 * one that changes only what was seen keeps the same `shown`.
 */
export interface CountdownState {
  readonly shown: Shown;
  /** The moment the date line shows: the target, or with `repeat` the occurrence counted to or just released. */
  readonly dateMs: number | undefined;
  /** Whether the countdown changes every second while someone can see it. */
  readonly everySecond: boolean;
  /** When the countdown must look again even if nobody sees it (its next release); undefined for never. */
  readonly alarmAtMs: number | undefined;
  /** The target seen passed: released it stays, even if the clock is set back. */
  readonly passedMs: number | undefined;
  /** The target whose release was announced; one not announced may still be revised by a clock correction. */
  readonly announcedMs: number | undefined;
  /** With `repeat`: the latest occurrence seen passed. */
  readonly lastOccurrenceMs: number | null;
}

/** A release to announce with the `released` event. */
export interface Release {
  dateMs: number;
  /** With `repeat`, the occurrence after it; null when there is none. */
  nextMs: number | null;
}

/**
 * Why the countdown looks again:
 * - `configured`: its attributes were read anew; what was seen of another target or series is forgotten;
 * - `reconnected`: it is back on the page after time away; releases passed meanwhile are not announced;
 * - `tick`: time passed on its clock; a release seen now is announced;
 * - `corrected`: a time source corrected its clock; like `tick`, and a release shown but never
 *   announced is revised, since the wrong clock may have shown it.
 */
export type Cause = 'configured' | 'reconnected' | 'tick' | 'corrected';

export interface Step {
  state: CountdownState;
  /** Set when this step announces a release. */
  release: Release | null;
}

type Seen = Pick<CountdownState, 'passedMs' | 'announcedMs' | 'lastOccurrenceMs'>;

/**
 * The state at `nowMs` after `previous` (undefined the first time). Pure: the clock's time
 * and what was shown before in, what to show and what to announce out.
 */
export function nextState(
  config: CountdownConfig | ConfigError,
  previous: CountdownState | undefined,
  nowMs: number,
  cause: Cause,
): Step {
  let seen: Seen = {
    passedMs: previous?.passedMs,
    announcedMs: previous?.announcedMs,
    lastOccurrenceMs: previous?.lastOccurrenceMs ?? null,
  };
  if (isConfigError(config)) {
    const shown = { kind: 'invalid' as const, message: config.message };
    const same = previous?.shown.kind === 'invalid' && previous.shown.message === config.message;
    if (same) return { state: previous, release: null };
    return { state: { ...seen, shown, dateMs: undefined, everySecond: false, alarmAtMs: undefined }, release: null };
  }
  if (cause === 'configured') {
    seen = {
      ...seen,
      passedMs: seen.passedMs === config.target.epochMs ? seen.passedMs : undefined,
      lastOccurrenceMs: null,
    };
  } else if (cause === 'corrected' && seen.passedMs !== seen.announcedMs) {
    seen = { ...seen, passedMs: undefined };
  }
  const announces = cause === 'tick' || cause === 'corrected';
  return config.series
    ? seriesStep(config, previous, seen, nowMs, announces)
    : singleStep(config, previous, seen, nowMs, announces);
}

/** One target: counting until it passes, then released for good. */
function singleStep(
  config: CountdownConfig,
  previous: CountdownState | undefined,
  seen: Seen,
  nowMs: number,
  announces: boolean,
): Step {
  const { epochMs, zone } = config.target;
  const amounts = seen.passedMs === epochMs ? null : remainingUntil(epochMs, nowMs, config.units, zone);
  if (amounts) {
    const state = { ...seen, dateMs: epochMs, everySecond: true, alarmAtMs: epochMs };
    return { state: withShown(previous, state, counting(previous, amounts)), release: null };
  }
  const elapsed = config.after === 'count-up' ? elapsedSince(epochMs, nowMs, config.units, zone) : undefined;
  const wasReleased = previous?.shown.kind === 'released';
  const release = announces && !wasReleased ? { dateMs: epochMs, nextMs: null } : null;
  const state = {
    ...seen,
    passedMs: epochMs,
    announcedMs: release ? epochMs : seen.announcedMs,
    dateMs: epochMs,
    everySecond: elapsed !== undefined,
    alarmAtMs: undefined,
  };
  return { state: withShown(previous, state, released(previous, false, elapsed)), release };
}

/**
 * A series: counting to the next occurrence, or released while one is held or after the last.
 * Each occurrence is announced once. Occurrences passed while the page was not running (a
 * sleep, a detached element) are not announced one by one: only the latest is.
 */
function seriesStep(
  config: CountdownConfig,
  previous: CountdownState | undefined,
  seen: Seen,
  nowMs: number,
  announces: boolean,
): Step {
  const { previousMs, nextMs, holding } = occurrencesAround(config.series!, nowMs);
  const isCounting = nextMs !== null && !holding;
  let release: Release | null = null;
  let lastOccurrenceMs = seen.lastOccurrenceMs;
  if (previousMs !== null && (lastOccurrenceMs === null || previousMs > lastOccurrenceMs)) {
    lastOccurrenceMs = previousMs;
    if (announces) release = { dateMs: previousMs, nextMs };
  }
  const state = {
    ...seen,
    lastOccurrenceMs,
    dateMs: isCounting ? nextMs : (previousMs ?? undefined),
    everySecond: isCounting || holding,
    alarmAtMs: nextMs ?? undefined,
  };
  const shown = isCounting
    ? counting(previous, remainingUntil(nextMs, nowMs, config.units, config.target.zone) ?? [])
    : released(previous, holding, undefined);
  return { state: withShown(previous, state, shown), release };
}

/** The counting display for `amounts`: the one shown before when the numbers are the same. */
function counting(previous: CountdownState | undefined, amounts: UnitAmount[]): Shown {
  const before = previous?.shown.kind === 'counting' ? previous.shown : undefined;
  if (before && sameAmounts(before.amounts, amounts)) return before;
  return { kind: 'counting', amounts, phases: nextPhases(before, amounts) };
}

function released(previous: CountdownState | undefined, holding: boolean, elapsed: UnitAmount | undefined): Shown {
  const before = previous?.shown.kind === 'released' ? previous.shown : undefined;
  const same = before && before.holding === holding && before.elapsed?.unit === elapsed?.unit;
  if (same && before.elapsed?.amount === elapsed?.amount) return before;
  return elapsed ? { kind: 'released', holding, elapsed } : { kind: 'released', holding };
}

/** The new state, or `previous` itself when nothing differs: most ticks of most countdowns. */
function withShown(
  previous: CountdownState | undefined,
  state: Omit<CountdownState, 'shown'>,
  shown: Shown,
): CountdownState {
  if (
    previous &&
    previous.shown === shown &&
    previous.dateMs === state.dateMs &&
    previous.everySecond === state.everySecond &&
    previous.alarmAtMs === state.alarmAtMs &&
    previous.passedMs === state.passedMs &&
    previous.announcedMs === state.announcedMs &&
    previous.lastOccurrenceMs === state.lastOccurrenceMs
  ) {
    return previous;
  }
  return { ...state, shown };
}
