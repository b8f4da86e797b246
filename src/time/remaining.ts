import type { DateTime, Zone } from 'luxon';
import { zonedTime } from './zoned-time.js';
import { FIXED_UNIT_MS, isVaryingUnit, type FixedUnit, type Unit, type VaryingUnit } from './units.js';

/** One shown unit and how many of it remain. */
export interface UnitAmount {
  unit: Unit;
  amount: number;
}

/**
 * How much of each unit remains from `nowMs` until `targetMs`, or `null` once the target has
 * been reached. `units` must be largest first (as `parseUnits` returns them); the largest
 * absorbs everything above it. The result is rounded up in the smallest unit, so it never
 * reads all zeros before the target. Years and months are calendar steps in `zone`; the
 * other units are exact durations.
 */
export function remainingUntil(
  targetMs: number,
  nowMs: number,
  units: readonly Unit[],
  zone: Zone,
): UnitAmount[] | null {
  if (nowMs >= targetMs) return null;
  // The common case, every second of every countdown: plain arithmetic, no calendar.
  if (!units.some(isVaryingUnit)) return splitFixed(targetMs - nowMs, units as readonly FixedUnit[]);
  const amounts = new Map<Unit, number>(units.map((unit) => [unit, 0]));
  const varyingUnits = units.filter(isVaryingUnit);
  const fixedUnits = units.filter((unit): unit is FixedUnit => !isVaryingUnit(unit));

  let cursorMs = nowMs;
  if (varyingUnits.length > 0) {
    const target = zonedTime(targetMs, zone);
    let cursor = zonedTime(nowMs, zone);
    for (const unit of varyingUnits) {
      const count = wholeStepsBefore(cursor, unit, target);
      amounts.set(unit, count);
      cursor = cursor.plus({ [unit]: count });
    }
    const smallestVarying = varyingUnits[varyingUnits.length - 1];
    const nextStepMs = cursor.plus({ [smallestVarying]: 1 }).toMillis();
    cursorMs = cursor.toMillis();

    const fillsNextStep =
      fixedUnits.length === 0 ? cursorMs < targetMs : cursorMs + roundUp(targetMs - cursorMs, fixedUnits) >= nextStepMs;
    if (fillsNextStep) {
      // Rounding up fills one more calendar step: show "2 months 0 days", not "1 month 28 days".
      amounts.set(smallestVarying, (amounts.get(smallestVarying) ?? 0) + 1);
      cursorMs = nextStepMs;
      carryMonthsIntoYear(amounts);
    }
  }

  for (const { unit, amount } of splitFixed(Math.max(0, targetMs - cursorMs), fixedUnits)) amounts.set(unit, amount);
  return units.map((unit) => ({ unit, amount: amounts.get(unit) ?? 0 }));
}

/** Whether two lists show the same numbers for the same units. */
export function sameAmounts(a: readonly UnitAmount[], b: readonly UnitAmount[]): boolean {
  return (
    a.length === b.length && a.every(({ unit, amount }, index) => unit === b[index].unit && amount === b[index].amount)
  );
}

/** `ms`, rounded up in the smallest unit, split into `units` (largest first). */
function splitFixed(ms: number, units: readonly FixedUnit[]): UnitAmount[] {
  let rest = roundUp(ms, units);
  return units.map((unit) => {
    const amount = Math.floor(rest / FIXED_UNIT_MS[unit]);
    rest -= amount * FIXED_UNIT_MS[unit];
    return { unit, amount };
  });
}

/** Rounds a duration up to a whole number of the smallest fixed unit. */
function roundUp(ms: number, fixedUnits: readonly FixedUnit[]): number {
  if (fixedUnits.length === 0) return 0;
  const step = FIXED_UNIT_MS[fixedUnits[fixedUnits.length - 1]];
  return Math.ceil(ms / step) * step;
}

/**
 * The largest n with cursor + n units <= target, counted from the cursor so month ends clamp
 * once. The estimate from the calendar fields is off by at most one; a step past the last date
 * JavaScript can hold is invalid, and counts as past the target (Luxon's own diff throws there).
 */
function wholeStepsBefore(cursor: DateTime, unit: VaryingUnit, target: DateTime): number {
  const years = target.year - cursor.year;
  let count = Math.max(0, unit === 'years' ? years : years * 12 + target.month - cursor.month);
  const fits = (steps: number) => {
    const step = cursor.plus({ [unit]: steps });
    return step.isValid && step <= target;
  };
  while (fits(count + 1)) count += 1;
  while (count > 0 && !fits(count)) count -= 1;
  return count;
}

function carryMonthsIntoYear(amounts: Map<Unit, number>): void {
  if (amounts.get('months') === 12 && amounts.has('years')) {
    amounts.set('months', 0);
    amounts.set('years', (amounts.get('years') ?? 0) + 1);
  }
}
