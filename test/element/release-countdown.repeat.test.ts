import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown, ReleasedEventDetail } from '../../src/index.js';
import { advance, countdown, fakeClock, part, restoreFakes, shown, text } from '../element-helpers.js';

/** A weekly show: Fridays at 20:00 in New York, from February 23, 2024; DST starts on March 10. */
const SHOW = {
  date: '2024-02-23T20:00',
  'time-zone': 'America/New_York',
  repeat: 'weekly',
  title: 'The Show',
  lang: 'en',
};
/** Its first ten episodes, as instants: 20:00 EST is 01:00Z the next day, 20:00 EDT is 00:00Z. */
const EPISODES = [
  '2024-02-24T01:00:00Z',
  '2024-03-02T01:00:00Z',
  '2024-03-09T01:00:00Z',
  '2024-03-16T00:00:00Z',
  '2024-03-23T00:00:00Z',
  '2024-03-30T00:00:00Z',
  '2024-04-06T00:00:00Z',
  '2024-04-13T00:00:00Z',
  '2024-04-20T00:00:00Z',
  '2024-04-27T00:00:00Z',
].map(Date.parse);
const HOUR = 3_600_000;

afterEach(restoreFakes);

function releasedEvents(el: ReleaseCountdown): Array<{ at: number; date: number; next: number | null }> {
  const events: Array<{ at: number; date: number; next: number | null }> = [];
  el.addEventListener('released', (event) => {
    const { date, next } = (event as CustomEvent<ReleasedEventDetail>).detail;
    events.push({ at: Date.now(), date: date.getTime(), next: next?.getTime() ?? null });
  });
  return events;
}

/**
 * Gets to `ms` the way a throttled background tab does: the page wakes about once an hour
 * (`jump` fires a due timer once, at the new time), then every second for the last minutes.
 */
async function fastForwardTo(el: ReleaseCountdown, ms: number): Promise<void> {
  while (ms - Date.now() > 2 * 60_000) fakeClock().jump(Math.min(HOUR, ms - Date.now() - 60_000));
  await advance(el, ms - Date.now());
}

describe('<release-countdown repeat>', () => {
  it('a page opened midway counts to the next occurrence, in real time across DST, and shows its date', async () => {
    const el = await countdown(SHOW, EPISODES[2] + 1000);
    expect(shown(el)).to.equal('6 days 22 hours 59 minutes 59 seconds');
    expect(text(part(el, 'date'))).to.equal('March 15, 2024 at 8:00 PM EDT');
    expect(el.released).to.equal(false);
    expect(el.hasAttribute('released')).to.equal(false);
    expect(fakeClock().countTimers()).to.equal(1);
  });

  it('counts to `date` while the series has not started', async () => {
    const el = await countdown(SHOW, EPISODES[0] - 2 * 86_400_000);
    expect(shown(el)).to.equal('2 days 0 hours 0 minutes 0 seconds');
    expect(text(part(el, 'date'))).to.equal('February 23, 2024 at 8:00 PM EST');
  });

  it('without released-for, fires at each occurrence and counts on to the next at once', async () => {
    const el = await countdown(SHOW, EPISODES[1] - 1000);
    const events = releasedEvents(el);
    await advance(el, 1000);
    expect(events).to.deep.equal([{ at: EPISODES[1], date: EPISODES[1], next: EPISODES[2] }]);
    expect(el.released).to.equal(false);
    expect(el.hasAttribute('released')).to.equal(false);
    expect(part(el, 'released')).to.equal(null);
    expect(shown(el)).to.equal('7 days 0 hours 0 minutes 0 seconds');
    expect(text(part(el, 'date'))).to.equal('March 8, 2024 at 8:00 PM EST');
    expect(fakeClock().countTimers()).to.equal(1);
  });

  it('released-for holds the released message exactly that long, then counts to the next occurrence', async () => {
    const el = await countdown({ ...SHOW, 'released-for': 'PT1H' }, EPISODES[3] - 1000);
    const events = releasedEvents(el);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await advance(el, 1000);
    expect(el.hasAttribute('released')).to.equal(true);
    expect(text(status)).to.equal('The Show has been released!');
    expect(part(el, 'countdown')).to.equal(null);
    expect(text(part(el, 'date'))).to.equal('March 15, 2024 at 8:00 PM EDT');
    // The hold keeps the shared clock running, so the element wakes up when it ends.
    expect(fakeClock().countTimers()).to.equal(1);

    await advance(el, HOUR - 1000);
    expect(el.released).to.equal(true);
    await advance(el, 1000);
    expect(el.released).to.equal(false);
    expect(el.hasAttribute('released')).to.equal(false);
    expect(text(status)).to.equal('');
    expect(shown(el)).to.equal('6 days 23 hours 0 minutes 0 seconds');
    expect(text(part(el, 'date'))).to.equal('March 22, 2024 at 8:00 PM EDT');
    expect(events).to.deep.equal([{ at: EPISODES[3], date: EPISODES[3], next: EPISODES[4] }]);
  });

  it('a ten-week run fires once per occurrence, with its date and the next, and ends with until', async () => {
    const el = await countdown({ ...SHOW, 'released-for': 'PT1H', until: '2024-04-26' }, EPISODES[0] - 60_000);
    const events = releasedEvents(el);
    for (const [index, episode] of EPISODES.entries()) {
      await fastForwardTo(el, episode - 1000);
      expect(el.released, `before episode ${index}`).to.equal(false);
      await advance(el, 1000);
      expect(el.released, `at episode ${index}`).to.equal(true);
      await fastForwardTo(el, episode + HOUR);
    }
    await fastForwardTo(el, EPISODES[9] + 7 * 24 * HOUR);

    expect(events).to.deep.equal(
      EPISODES.map((episode, index) => ({ at: episode, date: episode, next: EPISODES[index + 1] ?? null })),
    );
    // After the last occurrence the hold does not end: released for good, with no timer.
    expect(el.released).to.equal(true);
    expect(text(part(el, 'date'))).to.equal('April 26, 2024 at 8:00 PM EDT');
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('a page opened during a hold shows it released, without an event, then counts', async () => {
    const el = await countdown({ ...SHOW, 'released-for': 'PT1H' }, EPISODES[4] + 10 * 60_000);
    const events = releasedEvents(el);
    expect(el.released).to.equal(true);
    await advance(el, 50 * 60_000);
    expect(el.released).to.equal(false);
    expect(shown(el)).to.equal('6 days 23 hours 0 minutes 0 seconds');
    expect(events).to.have.length(0);
  });

  it('a page opened after the last occurrence is released for good from the first render', async () => {
    const el = await countdown({ ...SHOW, until: '2024-03-08' }, EPISODES[5]);
    expect(el.released).to.equal(true);
    expect(text(part(el, 'date'))).to.equal('March 8, 2024 at 8:00 PM EST');
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('a sleep over several occurrences fires once, for the latest', async () => {
    const el = await countdown(SHOW, EPISODES[1] - 1000);
    const events = releasedEvents(el);
    fakeClock().jump(3 * 7 * 24 * HOUR);
    await el.updateComplete;
    expect(events.map(({ date, next }) => [date, next])).to.deep.equal([[EPISODES[4], EPISODES[5]]]);
  });

  it('does not fire for occurrences that passed while detached, and counts to the next when re-attached', async () => {
    const el = await countdown(SHOW, EPISODES[1] - 1000);
    const events = releasedEvents(el);
    const parent = el.parentElement!;
    el.remove();
    fakeClock().setSystemTime(EPISODES[3] - 60_000);
    parent.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('0 days 0 hours 1 minute 0 seconds');
    fakeClock().setSystemTime(EPISODES[5] + 1000);
    el.remove();
    parent.append(el);
    await advance(el, 1000);
    expect(events).to.have.length(0);
    expect(text(part(el, 'date'))).to.equal('April 5, 2024 at 8:00 PM EDT');
  });

  it('does not fire again for an occurrence when the clock is set back over it', async () => {
    const el = await countdown(SHOW, EPISODES[1] - 1000);
    const events = releasedEvents(el);
    await advance(el, 1000);
    fakeClock().setSystemTime(EPISODES[1] - 5000);
    await advance(el, 10_000);
    expect(events).to.have.length(1);
  });

  it('reads repeat, until and released-for from properties too', async () => {
    const el = await countdown({ date: SHOW.date, 'time-zone': SHOW['time-zone'], lang: 'en' }, EPISODES[2] - 1000);
    expect(el.released).to.equal(true);
    el.repeat = 'P1W';
    el.until = new Date(EPISODES[2]);
    el.releasedFor = 'PT30M';
    await el.updateComplete;
    expect(shown(el)).to.equal('0 days 0 hours 0 minutes 1 second');
    await advance(el, 1000);
    expect(el.released).to.equal(true);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('is a one-off countdown again when repeat is removed', async () => {
    const el = await countdown(SHOW, EPISODES[2] + 1000);
    el.removeAttribute('repeat');
    await el.updateComplete;
    expect(el.released).to.equal(true);
    expect(text(part(el, 'date'))).to.equal('February 23, 2024 at 8:00 PM EST');
  });

  describe('bad input', () => {
    const repeatError =
      'is not daily, weekly, monthly, yearly or an ISO 8601 duration in whole units such as P2W or PT12H';
    const cases: Array<[string, string, string, string]> = [
      ['repeat', 'fortnightly', `repeat: "fortnightly" ${repeatError}`, 'P1W'],
      ['repeat', 'P0D', `repeat: "P0D" ${repeatError}`, 'weekly'],
      ['until', 'someday', 'until: "someday" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z', '2024-12-31'],
      ['until', '2024-01-01', 'until: "2024-01-01" is before date, the first occurrence', ''],
      [
        'released-for',
        'an hour',
        'released-for: "an hour" is not an ISO 8601 duration; use one such as PT1H or P1D',
        'PT1H',
      ],
    ];
    for (const [attribute, value, message, fixed] of cases) {
      it(`explains ${attribute}="${value}" once, and recovers when it is fixed`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await countdown({ ...SHOW, [attribute]: value }, EPISODES[2] + HOUR + 1000);
        expect(el.hasAttribute('invalid')).to.equal(true);
        expect(text(part(el, 'error'))).to.equal(message);
        expect(part(el, 'countdown')).to.equal(null);
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0]).to.contain(message);
        expect(fakeClock().countTimers()).to.equal(0);

        el.setAttribute(attribute, fixed);
        await el.updateComplete;
        expect(el.hasAttribute('invalid')).to.equal(false);
        expect(part(el, 'error')).to.equal(null);
        expect(shown(el)).to.equal('6 days 21 hours 59 minutes 59 seconds');
        expect(fakeClock().countTimers()).to.equal(1);
      });
    }
  });
});
