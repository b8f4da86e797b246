import { DateTime, type Zone } from 'luxon';

/**
 * The locale every DateTime and Duration this code makes is given. Without one, Luxon asks the
 * browser for its own (`new Intl.DateTimeFormat().resolvedOptions()`), which on a page's first
 * countdown costs tens of milliseconds before its first paint (36 ms of 233 in one trace).
 * Parsing and arithmetic never read it; the date line is formatted in the locale it is shown in.
 */
export const LUXON_LOCALE = 'en-US';

/** `epochMs` on the wall clock of `zone`. */
export function zonedTime(epochMs: number, zone: Zone): DateTime {
  return DateTime.fromMillis(epochMs, { zone, locale: LUXON_LOCALE });
}
