import type { UnitAmount } from '../time/remaining.js';

/**
 * The extra part name a unit's `value` carries: it swaps between `tick` and `tock` each time
 * that unit's number changes. CSS cannot see text change, but it sees a part name change, so a
 * theme can restart an animation on every change (`::part(value tick)` and `::part(value tock)`
 * with two identical keyframes). It costs one attribute write beside the text write that the
 * change makes anyway, and nothing at all where no theme uses it.
 */
export type ChangePhase = 'tick' | 'tock';

export interface PhasedAmounts {
  amounts: readonly UnitAmount[];
  phases: readonly ChangePhase[];
}

/** The phases for `amounts`, given what was shown before (`undefined` the first time). */
export function nextPhases(previous: PhasedAmounts | undefined, amounts: readonly UnitAmount[]): ChangePhase[] {
  return amounts.map(({ unit, amount }) => {
    const index = previous ? previous.amounts.findIndex((shown) => shown.unit === unit) : -1;
    if (!previous || index === -1) return 'tick';
    const phase = previous.phases[index];
    if (previous.amounts[index].amount === amount) return phase;
    return phase === 'tick' ? 'tock' : 'tick';
  });
}
