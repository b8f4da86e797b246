import { expect } from '@open-wc/testing';
import { parseChoice, parseUnits } from '../../src/config/options.js';

describe('parseUnits', () => {
  const cases: Array<[string | null, string[]]> = [
    [null, ['days', 'hours', 'minutes', 'seconds']],
    ['', ['days', 'hours', 'minutes', 'seconds']],
    ['hours minutes', ['hours', 'minutes']],
    ['seconds,days , hours', ['days', 'hours', 'seconds']],
    ['Years MONTHS weeks', ['years', 'months', 'weeks']],
    ['day hour day', ['days', 'hours']],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)} largest first`, () => {
      expect(parseUnits(value)).to.deep.equal(expected);
    });
  }

  it('names the unknown unit', () => {
    expect(parseUnits('days fortnights')).to.deep.equal({
      ok: false,
      attribute: 'units',
      message: 'units: "fortnights" is not a unit; use any of years, months, weeks, days, hours, minutes, seconds',
    });
  });
});

describe('parseChoice', () => {
  const formats = ['blocks', 'text', 'compact'] as const;
  it('defaults to the first choice', () => {
    expect(parseChoice('format', null, formats)).to.equal('blocks');
    expect(parseChoice('format', ' ', formats)).to.equal('blocks');
  });
  it('ignores case', () => {
    expect(parseChoice('format', 'Compact', formats)).to.equal('compact');
  });
  it('names the attribute and the value', () => {
    expect(parseChoice('format', 'fancy', formats)).to.deep.equal({
      ok: false,
      attribute: 'format',
      message: 'format: "fancy" is not one of blocks, text, compact',
    });
  });
});
