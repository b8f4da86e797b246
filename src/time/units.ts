/** Every unit the countdown can show, largest first: the order they are displayed in. */
export const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Years and months vary in length with where they fall (28 to 31 days, 365 or 366): they are
 * counted as steps of the calendar in a zone. The other units have one fixed length.
 */
export type VaryingUnit = 'years' | 'months';
export type FixedUnit = Exclude<Unit, VaryingUnit>;

/** The fixed units' lengths: exact real durations, so a DST change never stretches a day. */
export const FIXED_UNIT_MS: Readonly<Record<FixedUnit, number>> = {
  weeks: 7 * 86_400_000,
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
};

export function isVaryingUnit(unit: Unit): unit is VaryingUnit {
  return unit === 'years' || unit === 'months';
}

/**
 * The units of a time of day: `compact` shows them as two digits joined by colons, and a
 * repeating countdown steps them as real elapsed time rather than on the wall clock.
 */
export function isTimeOfDayUnit(unit: string): boolean {
  return unit === 'hours' || unit === 'minutes' || unit === 'seconds';
}
