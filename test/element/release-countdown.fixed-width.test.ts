import { expect } from '@open-wc/testing';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, parts, restoreFakes, shown } from '../element-helpers.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);

afterEach(restoreFakes);

/** The width of each value's box, to a hundredth of a pixel. */
function valueWidths(el: ReleaseCountdown): number[] {
  return parts(el, 'value').map((value) => Math.round(value.getBoundingClientRect().width * 100) / 100);
}

/**
 * A value's box keeps its width as its number loses a digit: digits of one width, and room for
 * two of them in every unit. (`text` shows a sentence, with no value box to keep.)
 */
describe('<release-countdown> values of a fixed width', () => {
  const cases: Array<[format: string, units: string, beforeTarget: number, before: string, after: string]> = [
    ['blocks', 'seconds', 10_000, '10 seconds', '9 seconds'],
    ['blocks', 'days', 9 * 86_400_000 + 1000, '10 days', '9 days'],
    ['compact', 'seconds', 10_000, '10', '09'],
    ['compact', 'days', 9 * 86_400_000 + 1000, '10d', '9d'],
  ];
  for (const [format, units, beforeTarget, before, after] of cases) {
    it(`in ${format} with ${units}: ${before} then ${after}`, async () => {
      const el = await countdown({ date: TARGET, lang: 'en', format, units }, TARGET_MS - beforeTarget);
      expect(shown(el)).to.equal(before);
      const widths = valueWidths(el);
      await advance(el, 1000);
      expect(shown(el)).to.equal(after);
      expect(valueWidths(el)).to.deep.equal(widths);
    });
  }
});
