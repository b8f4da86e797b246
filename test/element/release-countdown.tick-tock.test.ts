import { expect, fixture, html } from '@open-wc/testing';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, parts, restoreFakes, useClock } from '../element-helpers.js';

const TARGET = '2022-12-15T11:00:00Z';
/** 3 days 0 hours 0 minutes 2 seconds before the target. */
const START_MS = Date.parse('2022-12-12T10:59:58Z');

afterEach(restoreFakes);

/** The part names of each value, e.g. ["value tick", "value tock"]. */
function valueParts(el: ReleaseCountdown): string[] {
  return parts(el, 'value').map((value) => value.getAttribute('part') ?? '');
}

describe('<release-countdown> value parts tick and tock', () => {
  it('swaps tick and tock on a value each time its number changes', async () => {
    const el = await countdown({ date: TARGET }, START_MS);
    expect(valueParts(el)).to.deep.equal(['value tick', 'value tick', 'value tick', 'value tick']);
    await advance(el, 1000);
    expect(valueParts(el)).to.deep.equal(['value tick', 'value tick', 'value tick', 'value tock']);
    await advance(el, 1000);
    expect(valueParts(el)).to.deep.equal(['value tick', 'value tick', 'value tick', 'value tick']);
    // 3 days 0:00:00 → 2 days 23:59:59: every unit changes.
    await advance(el, 1000);
    expect(valueParts(el)).to.deep.equal(['value tock', 'value tock', 'value tock', 'value tock']);
  });

  it('keeps the look of a value while it carries tick or tock', async () => {
    const el = await countdown({ date: TARGET }, START_MS);
    await advance(el, 1000);
    const hostSize = parseFloat(getComputedStyle(el).fontSize);
    for (const value of parts(el, 'value')) {
      expect(parseFloat(getComputedStyle(value).fontSize)).to.equal(2 * hostSize);
      expect(getComputedStyle(value).fontWeight).to.equal('700');
    }
  });

  it('does the same in the compact format', async () => {
    const el = await countdown({ date: TARGET, format: 'compact' }, START_MS);
    await advance(el, 1000);
    expect(valueParts(el)).to.deep.equal(['value tick', 'value tick', 'value tick', 'value tock']);
  });

  it('restarts a CSS animation on each change, through ::part() alone', async () => {
    useClock(START_MS);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        @keyframes change-a { from { opacity: 0.5; } to { opacity: 1; } }
        @keyframes change-b { from { opacity: 0.5; } to { opacity: 1; } }
        .animated::part(value tick) { animation: change-a 10s; }
        .animated::part(value tock) { animation: change-b 10s; }
      </style>
      <release-countdown class="animated" date=${TARGET} units="seconds"></release-countdown>
    </div>`);
    const el = wrapper.querySelector('release-countdown')!;
    await el.updateComplete;
    const animationOf = () => (parts(el, 'value')[0].getAnimations()[0] as CSSAnimation | undefined)?.animationName;
    expect(animationOf()).to.equal('change-a');
    await advance(el, 1000);
    expect(animationOf()).to.equal('change-b');
    await advance(el, 1000);
    expect(animationOf()).to.equal('change-a');
  });
});
