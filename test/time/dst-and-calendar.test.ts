import { expect } from '@open-wc/testing';
import { Info, type Zone } from 'luxon';
import type { Unit } from '../../src/time/units.js';
import { remainingUntil } from '../../src/time/remaining.js';
import { parseTarget } from '../../src/config/target.js';

/**
 * Every zone the browser knows, every offset change it makes in one year, found by scanning
 * offsets with Luxon: targets around each change must land on the right instant and count
 * true real time. Pure: target.ts and remaining.ts, no DOM, no clock.
 */

const YEAR = 2024;
const HOUR = 3600_000;
const MINUTE = 60_000;

interface Transition {
  zone: string;
  /** The first instant with the new offset. */
  atMs: number;
  /** Offsets before and after, in ms. */
  beforeMs: number;
  afterMs: number;
}

function offsetMs(zone: Zone, ms: number): number {
  return zone.offset(ms) * MINUTE;
}

/** Offset changes in YEAR: a daily scan, then bisection down to the millisecond. */
function transitionsOf(name: string): Transition[] {
  const zone = Info.normalizeZone(name);
  const found: Transition[] = [];
  const end = Date.UTC(YEAR + 1, 0, 1);
  for (let day = Date.UTC(YEAR, 0, 1); day < end; day += 24 * HOUR) {
    let lo = day;
    let hi = day + 24 * HOUR;
    const beforeMs = offsetMs(zone, lo);
    const afterMs = offsetMs(zone, hi);
    if (beforeMs === afterMs) continue;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetMs(zone, mid) === beforeMs) lo = mid;
      else hi = mid;
    }
    found.push({ zone: name, atMs: hi, beforeMs, afterMs });
  }
  return found;
}

/** "2024-03-10T03:01:00": the wall-clock time `localMs` (epoch ms shifted by the offset), with no offset. */
function wall(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 19);
}

function epochOf(date: string, zone: string): number {
  const target = parseTarget(date, zone);
  if (!target.ok) throw new Error(`${zone} ${date}: ${target.message}`);
  return target.epochMs;
}

/** Seconds the amounts add up to, for fixed units only. */
function seconds(amounts: ReturnType<typeof remainingUntil>): number {
  const size: Partial<Record<Unit, number>> = { weeks: 604_800, days: 86_400, hours: 3600, minutes: 60, seconds: 1 };
  return (amounts ?? []).reduce((sum, { unit, amount }) => sum + amount * (size[unit] ?? NaN), 0);
}

describe(`DST and offset changes in every zone, ${YEAR}`, () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const transitions = zones.flatMap(transitionsOf);
  const forward = transitions.filter((t) => t.afterMs > t.beforeMs);
  const back = transitions.filter((t) => t.afterMs < t.beforeMs);

  it(`finds the changes: ${zones.length} zones scanned`, () => {
    // Chromium knows about 420 zones; over a hundred of them change offset in a year.
    expect(zones.length).to.be.above(400);
    expect(new Set(transitions.map((t) => t.zone)).size).to.be.above(100);
    expect(forward.length).to.be.above(100);
    expect(back.length).to.be.above(100);
    const newYork = transitions.filter((t) => t.zone === 'America/New_York').map((t) => new Date(t.atMs).toISOString());
    expect(newYork).to.deep.equal(['2024-03-10T07:00:00.000Z', '2024-11-03T06:00:00.000Z']);
  });

  it('a target just after each change counts the true real time to it, from an hour before', () => {
    const wrong: string[] = [];
    for (const { zone, atMs, beforeMs, afterMs } of transitions) {
      // The first wall-clock minute after the change that happens only once.
      const targetWall = atMs + Math.max(beforeMs, afterMs) + MINUTE;
      const expectedMs = targetWall - afterMs;
      const targetMs = epochOf(wall(targetWall), zone);
      const nowMs = atMs - HOUR;
      const left = seconds(
        remainingUntil(targetMs, nowMs, ['days', 'hours', 'minutes', 'seconds'], Info.normalizeZone(zone)),
      );
      const hoursLeft = seconds(remainingUntil(targetMs, nowMs, ['hours', 'minutes'], Info.normalizeZone(zone)));
      if (targetMs !== expectedMs || left !== (expectedMs - nowMs) / 1000 || hoursLeft !== left) {
        wrong.push(`${zone} ${wall(targetWall)}: ${new Date(targetMs).toISOString()}, ${left} s`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('a wall-clock time in a spring-forward gap moves forward by the length of the gap', () => {
    const wrong: string[] = [];
    for (const { zone, atMs, beforeMs, afterMs } of forward) {
      // The middle of the skipped wall-clock times, to the minute.
      const skippedWall = Math.floor((atMs + beforeMs + (afterMs - beforeMs) / 2) / MINUTE) * MINUTE;
      const expectedMs = skippedWall - beforeMs;
      const targetMs = epochOf(wall(skippedWall), zone);
      if (targetMs !== expectedMs) wrong.push(`${zone} ${wall(skippedWall)}: ${new Date(targetMs).toISOString()}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('a wall-clock time repeated by a fall-back means its first occurrence', () => {
    const wrong: string[] = [];
    for (const { zone, atMs, beforeMs, afterMs } of back) {
      const repeatedWall = Math.floor((atMs + afterMs + (beforeMs - afterMs) / 2) / MINUTE) * MINUTE;
      const expectedMs = repeatedWall - beforeMs;
      const targetMs = epochOf(wall(repeatedWall), zone);
      if (targetMs !== expectedMs) wrong.push(`${zone} ${wall(repeatedWall)}: ${new Date(targetMs).toISOString()}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('calendar edges', () => {
  const targets: Array<[string, string, string | null, string]> = [
    ['a leap day', '2024-02-29T12:00', 'UTC', '2024-02-29T12:00:00Z'],
    ['the last second of a year', '2024-12-31T23:59:59', 'Pacific/Kiritimati', '2024-12-31T09:59:59Z'],
    ['a month end in a zone west of UTC', '2024-04-30T23:30', 'America/Los_Angeles', '2024-05-01T06:30:00Z'],
    ['year 9999 in a DST zone, by the extended rules', '9999-07-01T12:00', 'America/New_York', '9999-07-01T16:00:00Z'],
    ['year 9999, last second', '9999-12-31T23:59:59', 'UTC', '9999-12-31T23:59:59Z'],
    ['beyond 9999 with an extended year', '+010000-01-01T00:00:00Z', null, '+010000-01-01T00:00:00Z'],
    ['the last second JavaScript can hold', '+275760-09-13T00:00:00Z', null, '+275760-09-13T00:00:00Z'],
    ['year 1', '0001-01-01T00:00:00Z', null, '0001-01-01T00:00:00Z'],
  ];
  for (const [name, date, zone, expected] of targets) {
    it(`accepts ${name}: ${date}`, () => {
      expect(new Date(epochOf(date, zone ?? 'UTC')).toISOString()).to.equal(new Date(expected).toISOString());
    });
  }

  const invalid: Array<[string, string | Date]> = [
    ['a leap day in a common year', '2023-02-29'],
    ['April 31', '2024-04-31T10:00'],
    ['hour 24', '2024-01-01T24:00:01'],
    ['past the last day JavaScript can hold', '+275760-09-13T00:00:01Z'],
    ['before the first day JavaScript can hold', '-271821-04-19T23:59:59Z'],
    ['a Date past the range', new Date(8.64e15 + 1)],
    ['a six-digit year without its sign', '100000-01-01'],
  ];
  for (const [name, date] of invalid) {
    it(`explains ${name}`, () => {
      const target = parseTarget(date, 'UTC');
      expect(target.ok).to.equal(false);
      expect(!target.ok && target.message).to.match(/^date: /);
    });
  }

  const utc = Info.normalizeZone('UTC');
  const remaining: Array<[string, string, string, Unit[], string]> = [
    [
      'January 31 to February 29 is one month',
      '2024-01-31T00:00:00Z',
      '2024-02-29T00:00:00Z',
      ['months', 'days'],
      '1 months 0 days',
    ],
    [
      'January 31 to March 1 in a leap year',
      '2024-01-31T00:00:00Z',
      '2024-03-01T00:00:00Z',
      ['months', 'days'],
      '1 months 1 days',
    ],
    [
      'a leap day to the next February 28 is one year',
      '2024-02-29T00:00:00Z',
      '2025-02-28T00:00:00Z',
      ['years', 'months', 'days'],
      '1 years 0 months 0 days',
    ],
    [
      'February 28 to the leap day after it',
      '2023-02-28T00:00:00Z',
      '2024-02-29T00:00:00Z',
      ['years', 'months', 'days'],
      '1 years 0 months 1 days',
    ],
    [
      'across New Year',
      '2024-12-31T23:59:59Z',
      '2025-01-01T00:00:00Z',
      ['years', 'months', 'days', 'seconds'],
      '0 years 0 months 0 days 1 seconds',
    ],
    [
      'to the last second of 9999',
      '2025-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      ['years', 'months', 'days', 'hours', 'minutes', 'seconds'],
      '7974 years 11 months 30 days 23 hours 59 minutes 59 seconds',
    ],
    [
      'to the end of JavaScript time, in weeks',
      '2025-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      ['weeks'],
      '14282845 weeks',
    ],
    [
      'to the end of JavaScript time, in years',
      '2025-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      ['years', 'months', 'days'],
      '273735 years 8 months 12 days',
    ],
  ];
  for (const [name, from, to, units, expected] of remaining) {
    it(name, () => {
      const amounts = remainingUntil(Date.parse(to), Date.parse(from), units, utc);
      expect(amounts?.map(({ unit, amount }) => `${amount} ${unit}`).join(' ')).to.equal(expected);
    });
  }
});
