import { expect } from '@open-wc/testing';
import { DateTime, Info } from 'luxon';
import { elapsedSince } from '../../src/time/elapsed.js';
import type { Unit } from '../../src/time/units.js';

const DEFAULT: Unit[] = ['days', 'hours', 'minutes', 'seconds'];
const DAY = 86_400_000;

function at(iso: string, zone = 'UTC'): number {
  return DateTime.fromISO(iso, { zone }).toMillis();
}

describe('elapsedSince', () => {
  const target = at('2022-12-15T11:00:00Z');
  // [what, target, now, units, expected, zone]
  const cases: Array<[string, number, number, Unit[], string, string?]> = [
    ['is 0 of the smallest unit at the target', target, target, DEFAULT, '0 seconds'],
    ['is 0 when the clock is set back before the target', target, target - 5000, DEFAULT, '0 seconds'],
    ['rounds down within a second', target, target + 999, DEFAULT, '0 seconds'],
    ['counts whole seconds', target, target + 59_999, DEFAULT, '59 seconds'],
    ['turns into minutes at the minute', target, target + 60_000, DEFAULT, '1 minutes'],
    [
      'keeps the largest unit that has passed, rounded down',
      target,
      target + 3 * DAY + 23 * 3_600_000,
      DEFAULT,
      '3 days',
    ],
    ['changes exactly at the boundary', target, target + 4 * DAY, DEFAULT, '4 days'],
    ['the largest shown unit absorbs the rest', target, target + 400 * DAY, DEFAULT, '400 days'],
    ['uses only the shown units', target, target + 3 * 3_600_000, ['days'], '0 days'],
    ['weeks are seven days', target, target + 15 * DAY, ['weeks', 'days'], '2 weeks'],
    ['months are calendar months', target, at('2023-02-15T11:00:00Z'), ['months', 'days'], '2 months'],
    ['a month not yet full is counted in days', target, at('2023-01-15T10:59:59Z'), ['months', 'days'], '30 days'],
    ['years are calendar years', target, at('2024-12-15T11:00:00Z'), ['years', 'months', 'days'], '2 years'],
    [
      '31 January + 1 month is 29 February in a leap year',
      at('2024-01-31T00:00'),
      at('2024-02-29T00:00'),
      ['months', 'days'],
      '1 months',
    ],
    [
      'months are counted in the zone: a Berlin month across DST is an hour short of 31 days',
      at('2024-03-15T12:00', 'Europe/Berlin'),
      at('2024-04-15T12:00', 'Europe/Berlin'),
      ['months', 'days'],
      '1 months',
      'Europe/Berlin',
    ],
  ];
  for (const [name, from, now, units, expected, zone] of cases) {
    it(name, () => {
      const { unit, amount } = elapsedSince(from, now, units, Info.normalizeZone(zone ?? 'UTC'));
      expect(`${amount} ${unit}`).to.equal(expected);
    });
  }
});
