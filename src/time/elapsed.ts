import type { Zone } from 'luxon';
import { FIXED_UNIT_MS, isVaryingUnit, type Unit } from './units.js';
import type { UnitAmount } from './remaining.js';
import { zonedTime } from './zoned-time.js';

/**
 * How long ago the target passed, for `after="count-up"`: the largest of `units` (largest
 * first, as `parseUnits` returns them) that has passed at least once, rounded **down**, so
 * "3 days ago" turns into "4 days ago" exactly 4 days after the target. Before any whole
 * unit has passed it is 0 of the smallest unit. Years and months are calendar steps in
 * `zone`; the others are exact durations. A clock set back before the target reads 0.
 */
export function elapsedSince(targetMs: number, nowMs: number, units: readonly Unit[], zone: Zone): UnitAmount {
  for (const unit of units) {
    const amount = wholeUnitsBetween(targetMs, nowMs, unit, zone);
    if (amount >= 1) return { unit, amount };
  }
  return { unit: units[units.length - 1], amount: 0 };
}

function wholeUnitsBetween(fromMs: number, toMs: number, unit: Unit, zone: Zone): number {
  if (!isVaryingUnit(unit)) return Math.floor((toMs - fromMs) / FIXED_UNIT_MS[unit]);
  const from = zonedTime(fromMs, zone);
  const to = zonedTime(toMs, zone);
  // Luxon counts whole calendar steps the way plus() adds them, so month ends clamp (31 Jan + 1 month = 29 Feb).
  return Math.floor(to.diff(from, unit).get(unit));
}
