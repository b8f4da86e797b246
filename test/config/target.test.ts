import { expect } from '@open-wc/testing';
import { DateTime, Settings } from 'luxon';
import { parseTarget, parseZone } from '../../src/config/target.js';

const utc = (iso: string) => Date.parse(iso);

describe('parseTarget', () => {
  const cases: Array<[string, string | Date, string | null, string]> = [
    ['ISO with Z is absolute', '2022-12-15T11:00:00Z', 'America/Los_Angeles', '2022-12-15T11:00:00Z'],
    ['ISO with an offset is absolute', '2022-12-15T20:00:00+09:00', 'Europe/Berlin', '2022-12-15T11:00:00Z'],
    ['offset-less ISO is wall-clock time in time-zone', '2022-12-15T11:00', 'America/New_York', '2022-12-15T16:00:00Z'],
    ['a date alone is midnight in time-zone', '2022-12-15', 'Asia/Tokyo', '2022-12-14T15:00:00Z'],
    ['SQL style', '2022-12-15 11:00:00', 'UTC', '2022-12-15T11:00:00Z'],
    ['RFC 2822', 'Thu, 15 Dec 2022 11:00:00 +0000', 'Asia/Tokyo', '2022-12-15T11:00:00Z'],
    ['a fixed offset zone', '2022-12-15T20:00', 'UTC+9', '2022-12-15T11:00:00Z'],
    ['surrounding spaces are ignored', '  2022-12-15T11:00:00Z \n', null, '2022-12-15T11:00:00Z'],
    ['milliseconds are dropped', '2022-12-15T11:00:00.999Z', null, '2022-12-15T11:00:00Z'],
    ['a Date object', new Date('2022-12-15T11:00:00.500Z'), null, '2022-12-15T11:00:00Z'],
    // New York springs forward at 02:00 on 2024-03-10: 02:30 does not exist and moves to 03:30 EDT.
    ['a time in the spring-forward gap moves forward', '2024-03-10T02:30', 'America/New_York', '2024-03-10T07:30:00Z'],
    // New York falls back at 02:00 on 2024-11-03: 01:30 happens twice, first in EDT (-04:00).
    ['a repeated time means its first occurrence', '2024-11-03T01:30', 'America/New_York', '2024-11-03T05:30:00Z'],
    ['an explicit offset in the overlap is kept', '2024-11-03T01:30-05:00', 'America/New_York', '2024-11-03T06:30:00Z'],
    ['Lord Howe shifts by 30 minutes', '2024-10-06T02:15', 'Australia/Lord_Howe', '2024-10-05T15:45:00Z'],
    ['year 9999', '9999-12-31T23:59:59Z', null, '9999-12-31T23:59:59Z'],
  ];
  for (const [name, date, zone, expected] of cases) {
    it(name, () => {
      const target = parseTarget(date, zone);
      expect(target.ok).to.equal(true);
      expect(target.ok && new Date(target.epochMs).toISOString()).to.equal(new Date(expected).toISOString());
    });
  }

  it('resolves a repeated time the same way whatever the season today', () => {
    const before = Settings.now;
    try {
      for (const today of ['2024-01-15T00:00:00Z', '2024-07-15T00:00:00Z']) {
        Settings.now = () => utc(today);
        const target = parseTarget('2024-11-03T01:30', 'America/New_York');
        expect(target.ok && target.epochMs, today).to.equal(utc('2024-11-03T05:30:00Z'));
      }
    } finally {
      Settings.now = before;
    }
  });

  it('uses the viewer zone when time-zone is empty', () => {
    const target = parseTarget('2022-12-15T11:00', '');
    const expected = DateTime.fromISO('2022-12-15T11:00', { zone: 'system' }).toMillis();
    expect(target.ok && target.epochMs).to.equal(expected);
  });

  const errors: Array<[string, string | Date | null, string | null, string]> = [
    ['missing date', null, null, 'date: missing; set it to a date such as 2025-12-15T11:00:00Z'],
    ['empty date', '   ', null, 'date: missing; set it to a date such as 2025-12-15T11:00:00Z'],
    [
      'unparsable date',
      'next friday',
      null,
      'date: "next friday" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z',
    ],
    [
      'impossible date',
      '2023-02-30',
      null,
      'date: "2023-02-30" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z',
    ],
    [
      'beyond the range of dates',
      '+300000-01-01',
      null,
      'date: "+300000-01-01" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z',
    ],
    ['invalid Date object', new Date('nope'), null, 'date: the Date object is invalid'],
    [
      'unknown zone',
      '2022-12-15',
      'Mars/Olympus',
      'time-zone: "Mars/Olympus" is not a time zone; use an IANA name such as America/New_York, UTC, or an offset such as UTC+9',
    ],
  ];
  for (const [name, date, zone, message] of errors) {
    it(`explains ${name}`, () => {
      expect(parseTarget(date, zone)).to.deep.equal({
        ok: false,
        attribute: message.slice(0, message.indexOf(':')),
        message,
      });
    });
  }

  it('shortens a long value in the message', () => {
    const result = parseTarget('x'.repeat(500), null);
    expect(!result.ok && result.message.length).to.be.below(140);
  });
});

describe('parseZone', () => {
  for (const name of ['UTC', 'utc', 'America/Los_Angeles', 'UTC+9', 'UTC-05:30']) {
    it(`accepts ${name}`, () => {
      expect((parseZone(name) as { isValid: boolean }).isValid).to.equal(true);
    });
  }
});
