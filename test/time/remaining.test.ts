import { expect } from '@open-wc/testing';
import { DateTime, Info } from 'luxon';
import type { Unit } from '../../src/time/units.js';
import { remainingUntil } from '../../src/time/remaining.js';

const DEFAULT: Unit[] = ['days', 'hours', 'minutes', 'seconds'];

/** Epoch ms of a wall-clock time in a zone, or of an ISO string with an offset. */
function at(iso: string, zone = 'UTC'): number {
  return DateTime.fromISO(iso, { zone }).toMillis();
}

/** "3 days 4 hours" style summary of what remainingUntil returns. */
function remaining(targetMs: number, nowMs: number, units: Unit[], zone = 'UTC'): string {
  const amounts = remainingUntil(targetMs, nowMs, units, Info.normalizeZone(zone));
  return amounts ? amounts.map(({ unit, amount }) => `${amount} ${unit}`).join(' ') : 'released';
}

describe('remainingUntil', () => {
  const target = at('2022-12-15T11:00:00Z');

  const cases: Array<[string, number, Unit[], string, string?]> = [
    ['splits into the default units', at('2022-12-12T06:54:54Z'), DEFAULT, '3 days 4 hours 5 minutes 6 seconds'],
    ['rounds a part second up', target - 1, DEFAULT, '0 days 0 hours 0 minutes 1 seconds'],
    ['shows a whole second exactly', target - 1000, DEFAULT, '0 days 0 hours 0 minutes 1 seconds'],
    ['rounds up in the smallest shown unit', target - (59 * 60 + 30) * 1000, ['days', 'hours'], '0 days 1 hours'],
    [
      'the largest unit absorbs the rest',
      target - (50 * 3600 + 5 * 60) * 1000,
      ['hours', 'minutes'],
      '50 hours 5 minutes',
    ],
    ['weeks are seven days', target - 15 * 86_400_000, ['weeks', 'days'], '2 weeks 1 days'],
    ['seconds alone count everything', target - 86_400_000, ['seconds'], '86400 seconds'],
    ['is released at the target', target, DEFAULT, 'released'],
    ['is released after the target', target + 5000, DEFAULT, 'released'],
  ];
  for (const [name, now, units, expected] of cases) {
    it(name, () => {
      expect(remaining(target, now, units)).to.equal(expected);
    });
  }

  describe('across DST changes (exact durations for days and smaller)', () => {
    it('counts 8 real hours to 09:00 on a spring-forward day in New York', () => {
      const zone = 'America/New_York';
      expect(
        remaining(at('2024-03-10T09:00', zone), at('2024-03-10T00:00', zone), ['hours', 'minutes'], zone),
      ).to.equal('8 hours 0 minutes');
    });

    it('counts 10 real hours to 09:00 on a fall-back day in Berlin', () => {
      const zone = 'Europe/Berlin';
      expect(remaining(at('2024-10-27T09:00', zone), at('2024-10-27T00:00', zone), ['hours'], zone)).to.equal(
        '10 hours',
      );
    });

    it('a day across spring-forward is 23 hours of real time', () => {
      const zone = 'America/New_York';
      expect(remaining(at('2024-03-10T12:00', zone), at('2024-03-09T12:00', zone), ['days', 'hours'], zone)).to.equal(
        '0 days 23 hours',
      );
    });

    it('counts 2.5 real hours across Lord Howe’s 30-minute shift', () => {
      const zone = 'Australia/Lord_Howe';
      expect(
        remaining(at('2024-10-06T03:00', zone), at('2024-10-06T00:00', zone), ['hours', 'minutes'], zone),
      ).to.equal('2 hours 30 minutes');
    });
  });

  describe('calendar months and years', () => {
    const calendar: Array<[string, string, string, Unit[], string, string]> = [
      [
        'whole months from a month end',
        '2024-01-31T00:00',
        '2024-03-31T00:00',
        ['months', 'days'],
        'UTC',
        '2 months 0 days',
      ],
      [
        'months then days',
        '2024-01-15T00:00',
        '2024-03-20T06:00',
        ['months', 'days', 'hours'],
        'UTC',
        '2 months 5 days 6 hours',
      ],
      [
        'a leap day to a leap day',
        '2020-02-29T00:00',
        '2024-02-29T00:00',
        ['years', 'months', 'days'],
        'UTC',
        '4 years 0 months 0 days',
      ],
      ['months alone round up', '2024-01-15T00:00', '2024-03-01T00:00', ['months'], 'UTC', '2 months'],
      ['years alone round up', '2024-06-01T00:00', '2026-01-01T00:00', ['years'], 'UTC', '2 years'],
      [
        'twelve rounded-up months carry into a year',
        '2024-01-01T00:00',
        '2024-12-31T00:00',
        ['years', 'months'],
        'UTC',
        '1 years 0 months',
      ],
      ['to year 9999', '2026-01-01T00:00', '9999-01-01T00:00', ['years', 'days'], 'UTC', '7973 years 0 days'],
      // Calendar months follow the zone: in Berlin this month holds a DST change and is still one month.
      [
        'a month over a DST change in its zone',
        '2024-03-15T12:00',
        '2024-04-15T12:00',
        ['months', 'days', 'hours'],
        'Europe/Berlin',
        '1 months 0 days 0 hours',
      ],
    ];
    for (const [name, from, to, units, zone, expected] of calendar) {
      it(name, () => {
        expect(remaining(at(to, zone), at(from, zone), units, zone)).to.equal(expected);
      });
    }

    it('the same month measured in UTC is 30 days 23 hours', () => {
      const berlin = 'Europe/Berlin';
      expect(
        remaining(at('2024-04-15T12:00', berlin), at('2024-03-15T12:00', berlin), ['months', 'days', 'hours']),
      ).to.equal('0 months 30 days 23 hours');
    });

    it('reads whole months just after a whole second, not "1 month 28 days"', () => {
      const now = at('2024-01-01T00:00:00') + 5;
      expect(remaining(at('2024-03-01T00:00:00'), now, ['months', 'days', 'hours', 'minutes', 'seconds'])).to.equal(
        '2 months 0 days 0 hours 0 minutes 0 seconds',
      );
    });

    it('one millisecond earlier still reads 2 months', () => {
      const now = at('2024-01-01T00:00:00') - 1;
      expect(remaining(at('2024-03-01T00:00:00'), now, ['months', 'days', 'hours', 'minutes', 'seconds'])).to.equal(
        '2 months 0 days 0 hours 0 minutes 1 seconds',
      );
    });
  });
});
