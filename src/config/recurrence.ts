import { Duration, type DurationLikeObject, type Zone } from 'luxon';
import { attributeText } from './attribute-text.js';
import { configError, isConfigError, quote, type ConfigError } from './config-error.js';
import { FIXED_UNIT_MS, isTimeOfDayUnit } from '../time/units.js';
import { LUXON_LOCALE, zonedTime } from '../time/zoned-time.js';
import { firstOccurrence, parseTarget, type Target } from './target.js';

/**
 * How far apart occurrences are. The calendar part (years, months, weeks, days) is stepped
 * in wall-clock time in the series' zone, so "weekly at 20:00" stays at 20:00 across DST;
 * the time part (hours, minutes, seconds) is real elapsed time, as in Luxon.
 */
export interface RepeatRule {
  calendar: DurationLikeObject;
  time: DurationLikeObject;
  /** The average real length of one step, only to guess where in the series a moment falls. */
  averageMs: number;
}

/** The attributes a series is read from, besides `date`. */
export interface SeriesAttributes {
  repeat: unknown;
  until: unknown;
  releasedFor: unknown;
  timeZone: unknown;
}

/** A repeating countdown, read from `date`, `time-zone`, `repeat`, `until` and `released-for`. */
export interface Series {
  /** The first occurrence: `date`. */
  firstMs: number;
  zone: Zone;
  rule: RepeatRule;
  /** No occurrence is later than this (from `until`); null when the series never ends. */
  lastAllowedMs: number | null;
  /** How long each occurrence stays released before counting to the next (`released-for`). */
  hold: Duration | null;
}

/** Where a moment falls in a series. */
export interface Around {
  /** The latest occurrence at or before the moment; null before the first one. */
  previousMs: number | null;
  /** The earliest occurrence after the moment; null once the series has ended. */
  nextMs: number | null;
  /** True while `previousMs` is still shown as released (`released-for`) before counting to `nextMs`. */
  holding: boolean;
}

const KEYWORDS = new Map<string, DurationLikeObject>([
  ['daily', { days: 1 }],
  ['weekly', { weeks: 1 }],
  ['monthly', { months: 1 }],
  ['yearly', { years: 1 }],
]);

/** Years and months at their Gregorian averages (146097 days in 400 years, 4800 months). */
const AVERAGE_MS: Record<string, number> = {
  years: 365.2425 * FIXED_UNIT_MS.days,
  months: 30.436875 * FIXED_UNIT_MS.days,
  ...FIXED_UNIT_MS,
};

/**
 * Reads `repeat`: daily, weekly, monthly, yearly, or an ISO 8601 duration in whole units
 * (`P2W`, `P1M`, `PT12H`, `P1DT12H`). Empty means the countdown does not repeat (null).
 */
export function parseRepeat(value: unknown): RepeatRule | null | ConfigError {
  const text = attributeText(value).trim();
  if (text === '') return null;
  const step =
    KEYWORDS.get(text.toLowerCase()) ?? Duration.fromISO(text.toUpperCase(), { locale: LUXON_LOCALE }).toObject();
  const amounts = Object.entries(step);
  const usable =
    amounts.length > 0 &&
    amounts.every(([unit, amount]) => Object.hasOwn(AVERAGE_MS, unit) && Number.isInteger(amount) && amount >= 0) &&
    amounts.some(([, amount]) => amount > 0);
  if (!usable) {
    return configError(
      'repeat',
      `${quote(text)} is not daily, weekly, monthly, yearly or an ISO 8601 duration in whole units such as P2W or PT12H`,
    );
  }
  const pick = (timeOfDay: boolean) =>
    Object.fromEntries(amounts.filter(([unit]) => isTimeOfDayUnit(unit) === timeOfDay));
  return {
    calendar: pick(false),
    time: pick(true),
    averageMs: amounts.reduce((sum, [unit, amount]) => sum + AVERAGE_MS[unit] * amount, 0),
  };
}

/** Reads `released-for`: an ISO 8601 duration such as `PT1H`. Empty means no hold (null). */
export function parseReleasedFor(value: unknown): Duration | null | ConfigError {
  const text = attributeText(value).trim();
  if (text === '') return null;
  const duration = Duration.fromISO(text.toUpperCase(), { locale: LUXON_LOCALE });
  if (!duration.isValid || Object.values(duration.toObject()).some((amount) => amount < 0)) {
    return configError('released-for', `${quote(text)} is not an ISO 8601 duration; use one such as PT1H or P1D`);
  }
  return duration;
}

/**
 * Reads `until`, the last moment an occurrence may fall on, like `date` in `time-zone`.
 * A date without a time (`2025-06-27`) includes that whole day, so the occurrence at 20:00
 * on the 27th is the last one. Empty means the series never ends (null).
 */
export function parseUntil(value: unknown, timeZone: unknown): number | null | ConfigError {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const until = parseTarget(value, timeZone, 'until');
  if (isConfigError(until)) return until;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    return zonedTime(until.epochMs, until.zone).endOf('day').toMillis();
  }
  return until.epochMs;
}

/**
 * The series that `repeat`, `until` and `released-for` describe, starting at `first`; null
 * without `repeat` (then `until` and `released-for` are checked but have nothing to apply to).
 */
export function parseSeries(first: Target, attributes: SeriesAttributes): Series | null | ConfigError {
  const rule = parseRepeat(attributes.repeat);
  const lastAllowedMs = parseUntil(attributes.until, attributes.timeZone);
  const hold = parseReleasedFor(attributes.releasedFor);
  if (isConfigError(rule)) return rule;
  if (isConfigError(lastAllowedMs)) return lastAllowedMs;
  if (isConfigError(hold)) return hold;
  if (!rule) return null;
  if (lastAllowedMs !== null && lastAllowedMs < first.epochMs) {
    return configError('until', `${quote(attributeText(attributes.until))} is before date, the first occurrence`);
  }
  return { firstMs: first.epochMs, zone: first.zone, rule, lastAllowedMs, hold };
}

/**
 * Occurrence number `index` (0 is `date`), always counted from the first occurrence rather
 * than from the one before, so a month-end date never drifts: monthly from January 31 gives
 * February 29 (or 28), March 31, April 30, May 31… (Luxon clamps to the month's last day).
 * A wall-clock time skipped by a DST change moves forward by the gap; one that happens
 * twice means its first occurrence, as for `date`. Infinity beyond the range of dates.
 */
export function occurrence(series: Series, index: number): number {
  if (index === 0) return series.firstMs;
  const times = (step: DurationLikeObject) =>
    Object.fromEntries(Object.entries(step).map(([unit, amount]) => [unit, amount * index]));
  const first = zonedTime(series.firstMs, series.zone);
  const onCalendar = firstOccurrence(first.plus(times(series.rule.calendar)));
  const ms = onCalendar.plus(times(series.rule.time)).toMillis();
  return Number.isNaN(ms) ? Infinity : ms;
}

/** An answer of `occurrencesAround` and the stretch of time it holds for. */
interface Stretch {
  around: Around;
  fromMs: number;
  toMs: number;
}

/**
 * The last answer per series. Zone arithmetic costs a fraction of a millisecond, and a
 * countdown asks every second, almost always within the same stretch between occurrences.
 */
const lastStretch = new WeakMap<Series, Stretch>();

/**
 * Where `nowMs` falls in the series: the occurrences either side of it, and whether the
 * one that just passed is still held as released.
 */
export function occurrencesAround(series: Series, nowMs: number): Around {
  const last = lastStretch.get(series);
  if (last && last.fromMs <= nowMs && nowMs < last.toMs) return last.around;
  const stretch = stretchAround(series, nowMs);
  lastStretch.set(series, stretch);
  return stretch.around;
}

/**
 * Jumps straight to the right occurrence (a guess from the average step, then a step or two
 * to correct it), so a series of seconds running for centuries costs the same as a weekly one.
 */
function stretchAround(series: Series, nowMs: number): Stretch {
  const inSeries = (ms: number) => series.lastAllowedMs === null || ms <= series.lastAllowedMs;
  if (nowMs < series.firstMs) {
    return {
      around: { previousMs: null, nextMs: series.firstMs, holding: false },
      fromMs: -Infinity,
      toMs: series.firstMs,
    };
  }

  let index = Math.floor((nowMs - series.firstMs) / series.rule.averageMs);
  while (index > 0 && occurrence(series, index) > nowMs) index -= 1;
  while (occurrence(series, index + 1) <= nowMs) index += 1;
  // `until` may fall before the occurrence that time has reached.
  if (!inSeries(occurrence(series, index))) index = lastIndex(series, index);

  const previousMs = occurrence(series, index);
  const following = occurrence(series, index + 1);
  const nextMs = inSeries(following) && following !== Infinity ? following : null;
  if (nextMs === null) return { around: { previousMs, nextMs, holding: false }, fromMs: previousMs, toMs: Infinity };
  const holdEndMs = series.hold ? zonedTime(previousMs, series.zone).plus(series.hold).toMillis() : previousMs;
  return nowMs < holdEndMs
    ? { around: { previousMs, nextMs, holding: true }, fromMs: previousMs, toMs: Math.min(holdEndMs, nextMs) }
    : { around: { previousMs, nextMs, holding: false }, fromMs: holdEndMs, toMs: nextMs };
}

/** The last occurrence on or before `until`, looking back from `beyond`, which is after it. */
function lastIndex(series: Series, beyond: number): number {
  const limit = series.lastAllowedMs ?? Infinity;
  let index = Math.min(beyond, Math.floor((limit - series.firstMs) / series.rule.averageMs));
  while (index > 0 && occurrence(series, index) > limit) index -= 1;
  while (index + 1 < beyond && occurrence(series, index + 1) <= limit) index += 1;
  return index;
}
