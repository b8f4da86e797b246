import { DateTime, Info, type Zone } from 'luxon';
import { attributeText } from './attribute-text.js';
import { configError, isConfigError, quote, type ConfigError } from './config-error.js';
import { LUXON_LOCALE } from '../time/zoned-time.js';

/** The moment being counted down to, as an absolute instant, and the zone it is shown in. */
export interface Target {
  ok: true;
  /** Epoch milliseconds, always a whole second, so one shared per-second clock serves every target. */
  epochMs: number;
  zone: Zone;
}

export type TargetResult = Target | ConfigError;

/** Examples shown in error messages, so that the fix is one copy away. */
const DATE_EXAMPLE = '2025-12-15T11:00:00Z';

/**
 * Resolves `time-zone`: an IANA name, `UTC`, or a fixed offset such as `UTC+9`;
 * empty means the viewer's zone.
 */
export function parseZone(name: unknown): Zone | ConfigError {
  const trimmed = attributeText(name).trim();
  const zone = Info.normalizeZone(trimmed === '' ? 'system' : trimmed);
  if (zone?.isValid) return zone;
  return configError(
    'time-zone',
    `${quote(trimmed)} is not a time zone; use an IANA name such as America/New_York, UTC, or an offset such as UTC+9`,
  );
}

/**
 * Turns the `date` attribute (or a `Date` set as the property) into an absolute instant.
 * Offset-less dates are wall-clock time in `time-zone`. A wall-clock time that does not
 * exist (skipped by a DST change) moves forward by the length of the gap; one that occurs
 * twice (repeated by a DST change) means its first occurrence. `attribute` is the name errors
 * give: `until` is read the same way as `date`.
 */
export function parseTarget(date: unknown, timeZone: unknown, attribute = 'date'): TargetResult {
  const zone = parseZone(timeZone);
  if (isConfigError(zone)) return zone;

  if (isDate(date)) {
    const ms = Date.prototype.getTime.call(date);
    if (Number.isNaN(ms)) return configError(attribute, 'the Date object is invalid');
    return { ok: true, epochMs: wholeSecond(ms), zone };
  }

  const text = attributeText(date).trim();
  if (text === '') return configError(attribute, `missing; set it to a date such as ${DATE_EXAMPLE}`);

  const parsed = parseDateText(text, zone);
  if (!parsed) {
    return configError(attribute, `${quote(text)} is not a date; use ISO 8601 such as ${DATE_EXAMPLE}`);
  }
  return { ok: true, epochMs: wholeSecond(firstOccurrence(parsed).toMillis()), zone };
}

function parseDateText(text: string, zone: Zone): DateTime | undefined {
  // setZone keeps an explicit offset from the text, so only offset-less text can be ambiguous.
  const options = { zone, setZone: true, locale: LUXON_LOCALE };
  // One after another, stopping at the first that reads it: Luxon makes an invalid DateTime
  // without the locale it was given, so each failed reading asks the browser for its own.
  for (const parse of [DateTime.fromISO, DateTime.fromRFC2822, DateTime.fromSQL]) {
    const parsed = parse(text, options);
    if (parsed.isValid) return parsed;
  }
  return undefined;
}

/** Luxon picks either occurrence of a repeated wall-clock time depending on today's offset; pin it. */
export function firstOccurrence(dateTime: DateTime): DateTime {
  return dateTime.getPossibleOffsets().reduce((earliest, candidate) => (candidate < earliest ? candidate : earliest));
}

/** A `Date`, also one made in another frame, where `instanceof Date` is false. */
function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
  } catch {
    // A revoked Proxy, or one whose traps throw: not a date.
    return false;
  }
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
