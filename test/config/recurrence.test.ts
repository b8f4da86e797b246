import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { isConfigError } from '../../src/config/config-error.js';
import {
  occurrence,
  occurrencesAround,
  parseReleasedFor,
  parseRepeat,
  parseSeries,
  parseUntil,
  type Series,
} from '../../src/config/recurrence.js';
import { parseTarget } from '../../src/config/target.js';

function series(date: string, timeZone: string, repeat: string, until?: string, releasedFor?: string): Series {
  const first = parseTarget(date, timeZone);
  if (isConfigError(first)) throw new Error(first.message);
  const result = parseSeries(first, { repeat, until, releasedFor, timeZone });
  if (result === null || isConfigError(result)) throw new Error(`not a series: ${JSON.stringify(result)}`);
  return result;
}

/** Wall-clock reading in the series' zone, e.g. "Fri 2024-03-15 20:00". */
function local(ms: number | null, zone: string): string | null {
  return ms === null ? null : DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
}

function at(iso: string, zone = 'UTC'): number {
  return DateTime.fromISO(iso, { zone }).toMillis();
}

function first(s: Series, count: number): number[] {
  return Array.from({ length: count }, (_, index) => occurrence(s, index));
}

function gapsInHours(occurrences: number[]): number[] {
  return occurrences.slice(1).map((ms, index) => (ms - occurrences[index]) / 3_600_000);
}

describe('parseRepeat', () => {
  const rules: Array<[string, object | null]> = [
    ['', null],
    ['daily', { calendar: { days: 1 }, time: {} }],
    [' Weekly ', { calendar: { weeks: 1 }, time: {} }],
    ['monthly', { calendar: { months: 1 }, time: {} }],
    ['YEARLY', { calendar: { years: 1 }, time: {} }],
    ['P2W', { calendar: { weeks: 2 }, time: {} }],
    ['p2d', { calendar: { days: 2 }, time: {} }],
    ['PT12H', { calendar: {}, time: { hours: 12 } }],
    ['P1DT12H', { calendar: { days: 1 }, time: { hours: 12 } }],
    ['P1M15D', { calendar: { months: 1, days: 15 }, time: {} }],
  ];
  for (const [value, expected] of rules) {
    it(`reads ${JSON.stringify(value)}`, () => {
      const rule = parseRepeat(value);
      expect(rule && !isConfigError(rule) ? { calendar: rule.calendar, time: rule.time } : rule).to.deep.equal(
        expected,
      );
    });
  }

  for (const value of ['fortnightly', 'constructor', 'P', 'P0D', 'PT0S', 'P1.5D', '-P1D', 'P-1W', 'PT0.5S', '1 week']) {
    it(`rejects ${JSON.stringify(value)}, naming the attribute and the value`, () => {
      expect(parseRepeat(value)).to.deep.equal({
        ok: false,
        attribute: 'repeat',
        message: `repeat: "${value}" is not daily, weekly, monthly, yearly or an ISO 8601 duration in whole units such as P2W or PT12H`,
      });
    });
  }
});

describe('parseReleasedFor', () => {
  const holds: Array<[string, object | null]> = [
    ['', null],
    ['PT1H', { hours: 1 }],
    ['pt90m', { minutes: 90 }],
    ['PT1.5H', { hours: 1.5 }],
    ['P0D', { days: 0 }],
  ];
  for (const [value, expected] of holds) {
    it(`reads ${JSON.stringify(value)}`, () => {
      const hold = parseReleasedFor(value);
      expect(hold && !isConfigError(hold) ? hold.toObject() : hold).to.deep.equal(expected);
    });
  }

  for (const value of ['an hour', '-PT1H', '3600']) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(parseReleasedFor(value)).to.deep.equal({
        ok: false,
        attribute: 'released-for',
        message: `released-for: "${value}" is not an ISO 8601 duration; use one such as PT1H or P1D`,
      });
    });
  }
});

describe('parseUntil', () => {
  const zone = 'America/New_York';
  const cases: Array<[string | null, number | null]> = [
    [null, null],
    ['  ', null],
    ['2024-03-22T19:59', at('2024-03-22T19:59', zone)],
    ['2024-03-23T00:00:00Z', at('2024-03-23T00:00:00Z')],
    // A date alone includes its whole day in time-zone.
    ['2024-03-22', at('2024-03-22T23:59:59.999', zone)],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)}`, () => {
      expect(parseUntil(value, zone)).to.equal(expected);
    });
  }

  it('explains a bad value as `date` would, under its own name', () => {
    expect(parseUntil('someday', zone)).to.deep.equal({
      ok: false,
      attribute: 'until',
      message: 'until: "someday" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z',
    });
  });
});

describe('parseSeries', () => {
  const first = parseTarget('2024-03-01T20:00', 'America/New_York');
  const read = (attributes: Partial<Record<'repeat' | 'until' | 'releasedFor', string>>) =>
    !isConfigError(first) &&
    parseSeries(first, { repeat: null, until: null, releasedFor: null, timeZone: 'America/New_York', ...attributes });

  it('is no series without repeat', () => {
    expect(read({ until: '2024-06-01', releasedFor: 'PT1H' })).to.equal(null);
  });

  it('still checks until and released-for without repeat', () => {
    expect(read({ releasedFor: 'soon' })).to.have.property('attribute', 'released-for');
    expect(read({ until: 'never' })).to.have.property('attribute', 'until');
  });

  it('refuses an until before the first occurrence', () => {
    expect(read({ repeat: 'weekly', until: '2024-02-01' })).to.deep.equal({
      ok: false,
      attribute: 'until',
      message: 'until: "2024-02-01" is before date, the first occurrence',
    });
  });

  it('accepts an until on the day of the first occurrence: a series of one', () => {
    const s = series('2024-03-01T20:00', 'America/New_York', 'weekly', '2024-03-01');
    expect(occurrencesAround(s, at('2024-03-01T20:00', 'America/New_York'))).to.deep.equal({
      previousMs: at('2024-03-01T20:00', 'America/New_York'),
      nextMs: null,
      holding: false,
    });
  });
});

describe('occurrence', () => {
  describe('weekly keeps its wall-clock time across DST; the real gap is one hour (Lord Howe: half an hour) off', () => {
    const weeks: Array<[string, string, string, number[]]> = [
      ['America/New_York', 'spring forward (Mar 10)', '2024-03-01T20:00', [168, 167, 168]],
      ['America/New_York', 'fall back (Nov 3)', '2024-10-25T20:00', [168, 169, 168]],
      ['Europe/Berlin', 'spring forward (Mar 31)', '2024-03-22T20:00', [168, 167, 168]],
      ['Europe/Berlin', 'fall back (Oct 27)', '2024-10-18T20:00', [168, 169, 168]],
      ['Australia/Sydney', 'fall back (Apr 7)', '2024-03-29T20:00', [168, 169, 168]],
      ['Australia/Sydney', 'spring forward (Oct 6)', '2024-09-27T20:00', [168, 167, 168]],
      ['Australia/Lord_Howe', 'fall back half an hour (Apr 7)', '2024-03-29T20:00', [168, 168.5, 168]],
      ['Australia/Lord_Howe', 'spring forward half an hour (Oct 6)', '2024-09-27T20:00', [168, 167.5, 168]],
    ];
    for (const [zone, change, date, gaps] of weeks) {
      it(`${zone}, ${change}`, () => {
        const occurrences = first(series(date, zone, 'weekly'), 4);
        expect(occurrences.map((ms) => local(ms, zone)?.slice(0, 3) + local(ms, zone)!.slice(14))).to.deep.equal(
          Array(4).fill('Fri 20:00'),
        );
        expect(gapsInHours(occurrences)).to.deep.equal(gaps);
      });
    }
  });

  describe('daily keeps its wall-clock time across DST', () => {
    const days: Array<[string, string, number[]]> = [
      ['America/New_York', '2024-03-09T09:00', [23, 24]],
      ['America/New_York', '2024-11-02T09:00', [25, 24]],
      ['Europe/Berlin', '2024-03-30T09:00', [23, 24]],
      ['Europe/Berlin', '2024-10-26T09:00', [25, 24]],
      ['Australia/Sydney', '2024-04-06T09:00', [25, 24]],
      ['Australia/Sydney', '2024-10-05T09:00', [23, 24]],
      ['Australia/Lord_Howe', '2024-04-06T09:00', [24.5, 24]],
      ['Australia/Lord_Howe', '2024-10-05T09:00', [23.5, 24]],
    ];
    for (const [zone, date, gaps] of days) {
      it(`${zone} from ${date}`, () => {
        const occurrences = first(series(date, zone, 'daily'), 3);
        expect(occurrences.map((ms) => local(ms, zone)!.slice(-5))).to.deep.equal(['09:00', '09:00', '09:00']);
        expect(gapsInHours(occurrences)).to.deep.equal(gaps);
      });
    }
  });

  describe('monthly keeps its wall-clock time through both DST changes of a year', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe']) {
      it(zone, () => {
        const occurrences = first(series('2024-01-15T12:00', zone, 'monthly'), 13);
        expect(occurrences.map((ms) => local(ms, zone)!.slice(4))).to.deep.equal(
          Array.from({ length: 13 }, (_, index) =>
            DateTime.fromObject({
              year: 2024 + Math.floor(index / 12),
              month: 1 + (index % 12),
              day: 15,
              hour: 12,
            }).toFormat('yyyy-MM-dd HH:mm'),
          ),
        );
      });
    }
  });

  it('monthly on the 31st takes each month’s last day when it is shorter, without drifting', () => {
    const zone = 'Europe/Berlin';
    expect(
      first(series('2024-01-31T10:00', zone, 'monthly'), 14).map((ms) => local(ms, zone)!.slice(4, 14)),
    ).to.deep.equal([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
    ]);
  });

  it('yearly on February 29 falls on February 28 in common years', () => {
    const zone = 'UTC';
    expect(
      first(series('2024-02-29T00:00', zone, 'yearly'), 5).map((ms) => local(ms, zone)!.slice(4, 14)),
    ).to.deep.equal(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  const instants: Array<[string, string, string, string, string[]]> = [
    // New York: 02:30 does not exist on Mar 10 and moves forward by the gap, as `date` does.
    [
      'a skipped time moves forward',
      'America/New_York',
      '2024-03-03T02:30',
      'weekly',
      ['2024-03-03T07:30:00Z', '2024-03-10T07:30:00Z', '2024-03-17T06:30:00Z'],
    ],
    // 01:30 happens twice on Nov 3; the first (EDT) one is meant, as for `date`.
    [
      'a repeated time means its first occurrence',
      'America/New_York',
      '2024-10-27T01:30',
      'weekly',
      ['2024-10-27T05:30:00Z', '2024-11-03T05:30:00Z', '2024-11-10T06:30:00Z'],
    ],
    // Also from a first occurrence in winter, where Luxon alone would keep EST and pick the second 01:30.
    [
      'a repeated time means its first occurrence, from winter too',
      'America/New_York',
      '2024-01-03T01:30',
      'P2M',
      [
        '2024-01-03T06:30:00Z',
        '2024-03-03T06:30:00Z',
        '2024-05-03T05:30:00Z',
        '2024-07-03T05:30:00Z',
        '2024-09-03T05:30:00Z',
        '2024-11-03T05:30:00Z',
      ],
    ],
    // Hours are real time: twelve hours after 20:00 EST on Mar 9 is 09:00 EDT.
    [
      'hours are real time, not wall-clock time',
      'America/New_York',
      '2024-03-09T20:00',
      'PT12H',
      ['2024-03-10T01:00:00Z', '2024-03-10T13:00:00Z', '2024-03-11T01:00:00Z'],
    ],
    // Real hours pass through both 01:30s of the night New York falls back.
    [
      'hourly counts the repeated hour twice',
      'America/New_York',
      '2024-11-03T00:30',
      'PT1H',
      ['2024-11-03T04:30:00Z', '2024-11-03T05:30:00Z', '2024-11-03T06:30:00Z', '2024-11-03T07:30:00Z'],
    ],
    // The day steps keep 08:00 on the wall clock (CEST after Mar 31), then 12 real hours follow.
    [
      'days then hours',
      'Europe/Berlin',
      '2024-03-30T08:00',
      'P1DT12H',
      ['2024-03-30T07:00:00Z', '2024-03-31T18:00:00Z', '2024-04-02T06:00:00Z'],
    ],
  ];
  for (const [name, zone, date, repeat, expected] of instants) {
    it(name, () => {
      expect(first(series(date, zone, repeat), expected.length).map((ms) => new Date(ms).toISOString())).to.deep.equal(
        expected.map((iso) => new Date(iso).toISOString()),
      );
    });
  }
});

describe('occurrencesAround', () => {
  const ny = 'America/New_York';
  const weekly = series('2024-03-01T20:00', ny, 'weekly');

  const opened: Array<[string, Series, number, string | null, string | null]> = [
    ['before the first occurrence', weekly, at('2024-02-20T12:00', ny), null, 'Fri 2024-03-01 20:00'],
    [
      'one second before an occurrence',
      weekly,
      at('2024-03-15T19:59:59', ny),
      'Fri 2024-03-08 20:00',
      'Fri 2024-03-15 20:00',
    ],
    ['exactly at an occurrence', weekly, at('2024-03-15T20:00', ny), 'Fri 2024-03-15 20:00', 'Fri 2024-03-22 20:00'],
    ['years into the series', weekly, at('2030-06-01T12:00', ny), 'Fri 2030-05-31 20:00', 'Fri 2030-06-07 20:00'],
    ['in the week of a DST change', weekly, at('2024-11-03T01:30', ny), 'Fri 2024-11-01 20:00', 'Fri 2024-11-08 20:00'],
    [
      'between month ends',
      series('2024-01-31T10:00', ny, 'monthly'),
      at('2024-04-30T10:00:01', ny),
      'Tue 2024-04-30 10:00',
      'Fri 2024-05-31 10:00',
    ],
    [
      'a yearly series a century on',
      series('1924-02-29T00:00', ny, 'yearly'),
      at('2024-02-28T12:00', ny),
      'Tue 2023-02-28 00:00',
      'Thu 2024-02-29 00:00',
    ],
  ];
  for (const [name, s, now, previous, next] of opened) {
    it(`a page opened ${name} targets the right occurrence`, () => {
      const around = occurrencesAround(s, now);
      expect([local(around.previousMs, ny), local(around.nextMs, ny)]).to.deep.equal([previous, next]);
    });
  }

  it('jumps straight to the occurrence instead of stepping through billions of them', () => {
    const everySecond = series('2000-01-01T00:00:00Z', 'UTC', 'PT1S');
    const around = occurrencesAround(everySecond, Date.parse('2090-07-01T12:34:56.789Z'));
    expect([around.previousMs, around.nextMs]).to.deep.equal([
      Date.parse('2090-07-01T12:34:56Z'),
      Date.parse('2090-07-01T12:34:57Z'),
    ]);
  });

  it('answers the same when a series is asked again, forward and back', () => {
    const asked = series('2024-03-01T20:00', ny, 'weekly', undefined, 'PT1H');
    const friday = at('2024-03-08T20:00', ny);
    const moments = [friday - 1000, friday, friday + 3_599_000, friday + 3_600_000, friday + 1000, friday - 1000];
    const answers = moments.map((now) => occurrencesAround(asked, now));
    expect(answers.map(({ holding }) => holding)).to.deep.equal([false, true, true, false, true, false]);
    expect(answers).to.deep.equal(
      moments.map((now) => occurrencesAround(series('2024-03-01T20:00', ny, 'weekly', undefined, 'PT1H'), now)),
    );
  });

  describe('until', () => {
    const cases: Array<[string, string, string, string | null, string | null]> = [
      [
        'a date alone includes its evening occurrence',
        '2024-03-22',
        '2024-03-15T21:00',
        'Fri 2024-03-15 20:00',
        'Fri 2024-03-22 20:00',
      ],
      ['nothing follows the last occurrence', '2024-03-22', '2024-03-22T20:00', 'Fri 2024-03-22 20:00', null],
      ['a time before an occurrence excludes it', '2024-03-22T19:59', '2024-03-20T12:00', 'Fri 2024-03-15 20:00', null],
      [
        'the last occurrence stays the latest for good',
        '2024-03-22T19:59',
        '2031-01-01T00:00',
        'Fri 2024-03-15 20:00',
        null,
      ],
    ];
    for (const [name, until, now, previous, next] of cases) {
      it(name, () => {
        const around = occurrencesAround(series('2024-03-01T20:00', ny, 'weekly', until), at(now, ny));
        expect([local(around.previousMs, ny), local(around.nextMs, ny), around.holding]).to.deep.equal([
          previous,
          next,
          false,
        ]);
      });
    }
  });

  describe('released-for', () => {
    const occurrenceMs = at('2024-03-08T20:00', ny);
    const cases: Array<[string, string | undefined, string | undefined, number, boolean, string | null]> = [
      ['holds during the hour', 'PT1H', undefined, occurrenceMs + 3_599_999, true, 'Fri 2024-03-15 20:00'],
      ['ends after exactly the hour', 'PT1H', undefined, occurrenceMs + 3_600_000, false, 'Fri 2024-03-15 20:00'],
      ['does not hold without released-for', undefined, undefined, occurrenceMs, false, 'Fri 2024-03-15 20:00'],
      [
        'does not hold after the last occurrence: it is released for good',
        'PT1H',
        '2024-03-08',
        occurrenceMs + 60_000,
        false,
        null,
      ],
      [
        'holds until the next occurrence when longer than the step',
        'P8D',
        undefined,
        occurrenceMs + 6 * 86_400_000,
        true,
        'Fri 2024-03-15 20:00',
      ],
    ];
    for (const [name, releasedFor, until, now, holding, next] of cases) {
      it(name, () => {
        const around = occurrencesAround(series('2024-03-01T20:00', ny, 'weekly', until, releasedFor), now);
        expect([local(around.previousMs, ny), local(around.nextMs, ny), around.holding]).to.deep.equal([
          'Fri 2024-03-08 20:00',
          next,
          holding,
        ]);
      });
    }

    it('a day is a calendar day: 23 real hours over the spring-forward night', () => {
      const saturdays = series('2024-03-02T20:00', ny, 'weekly', undefined, 'P1D');
      const saturday = at('2024-03-09T20:00', ny);
      expect(occurrencesAround(saturdays, saturday + 23 * 3_600_000 - 1).holding).to.equal(true);
      expect(occurrencesAround(saturdays, saturday + 23 * 3_600_000).holding).to.equal(false);
    });
  });
});
