import { expect } from '@open-wc/testing';
import { nextPhases, type ChangePhase, type PhasedAmounts } from '../../src/text/change-phase.js';
import type { UnitAmount } from '../../src/time/remaining.js';

/** "3d 4h" style shorthand for a list of amounts. */
function amounts(shorthand: string): UnitAmount[] {
  const units = { d: 'days', h: 'hours', m: 'minutes', s: 'seconds' } as const;
  return shorthand.split(' ').map((piece) => ({
    unit: units[piece.slice(-1) as keyof typeof units],
    amount: Number(piece.slice(0, -1)),
  }));
}

describe('nextPhases', () => {
  // [what, shown before and its phases, shown now, expected phases]
  const cases: Array<[string, [string, ChangePhase[]] | undefined, string, ChangePhase[]]> = [
    ['starts every unit at tick', undefined, '3d 4h 5m 6s', ['tick', 'tick', 'tick', 'tick']],
    [
      'swaps only the unit that changed',
      ['3d 4h 5m 6s', ['tick', 'tick', 'tick', 'tick']],
      '3d 4h 5m 5s',
      ['tick', 'tick', 'tick', 'tock'],
    ],
    [
      'swaps back on the next change',
      ['3d 4h 5m 5s', ['tick', 'tick', 'tick', 'tock']],
      '3d 4h 5m 4s',
      ['tick', 'tick', 'tick', 'tick'],
    ],
    [
      'swaps every unit that rolls over',
      ['3d 0h 0m 0s', ['tock', 'tick', 'tock', 'tick']],
      '2d 23h 59m 59s',
      ['tick', 'tock', 'tick', 'tock'],
    ],
    [
      'swaps when 0 becomes 6, where the number’s parity would not',
      ['1d 0h', ['tick', 'tick']],
      '0d 6h',
      ['tock', 'tock'],
    ],
    ['keeps the phase of an unchanged unit', ['3d 4h', ['tock', 'tick']], '3d 4h', ['tock', 'tick']],
    ['starts a newly shown unit at tick', ['76h', ['tock']], '3d 4h', ['tick', 'tick']],
  ];
  for (const [name, before, now, expected] of cases) {
    it(name, () => {
      const previous: PhasedAmounts | undefined = before && { amounts: amounts(before[0]), phases: before[1] };
      expect(nextPhases(previous, amounts(now))).to.deep.equal(expected);
    });
  }
});
