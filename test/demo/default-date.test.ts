import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { defaultReleaseDate } from '../../demo/default-date.js';

describe('defaultReleaseDate', () => {
  const cases: Array<[string, Date, string]> = [
    ['the same day next month', new Date(2027, 2, 12, 15, 30), '2027-04-12'],
    ['into the next year', new Date(2026, 11, 7, 0, 5), '2027-01-07'],
    ['the last day of a shorter month', new Date(2027, 0, 31, 23, 59), '2027-02-28'],
    ['February 29 in a leap year', new Date(2028, 0, 30, 9), '2028-02-29'],
    ['the 30th of a 30-day month', new Date(2027, 7, 31, 12), '2027-09-30'],
  ];
  for (const [name, now, expected] of cases) {
    it(`is ${name}: ${expected}`, () => {
      expect(defaultReleaseDate(now)).to.equal(expected);
    });
  }

  it('agrees with Luxon’s plus({ months: 1 }) on every day of two years', () => {
    for (let day = new Date(2027, 0, 1, 9); day.getFullYear() < 2029; day.setDate(day.getDate() + 1)) {
      expect(defaultReleaseDate(day), day.toDateString()).to.equal(
        DateTime.fromJSDate(day).plus({ months: 1 }).toISODate(),
      );
    }
  });
});
