import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { includeClock, onEverySecond } from '../../src/page/ticker.js';
import { countdownWith, fakeClock, nextTimer, restoreFakes, stubVisibility, useClock } from '../element-helpers.js';

/**
 * The faults a visitor's clock makes, each driven with sinon's fake clock: jumps, sleeps,
 * throttling, back-forward cache, very distant targets, and a 48-hour run second by second.
 * Zones are pinned to UTC here (DST is covered in zones.test.ts); expected values come from
 * plain arithmetic, not from the modules under test.
 */

const TARGET = '2025-03-20T12:00:00Z';
const TARGET_MS = Date.parse(TARGET);
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const countdown = countdownWith({ attributes: { date: TARGET, 'time-zone': 'UTC', lang: 'en' } });

afterEach(restoreFakes);

/** The seconds left, as the visitor reads them off the four blocks; -1 once released. */
function shownSeconds(el: ReleaseCountdown): number {
  if (el.released) return -1;
  const [days, hours, minutes, seconds] = [...el.shadowRoot!.querySelectorAll('[part~="value"]')].map((part) =>
    Number(part.textContent),
  );
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

/** What the blocks must read at `nowMs`: whole seconds left, rounded up. */
function secondsLeft(nowMs: number): number {
  return nowMs >= TARGET_MS ? -1 : Math.ceil((TARGET_MS - nowMs) / 1000);
}

/**
 * Records what the element shows after each change to its shadow DOM: one entry per tick
 * that changed what a visitor sees, whether it re-rendered or rewrote texts in place.
 */
function recordChanges(el: ReleaseCountdown): number[] {
  const seen: number[] = [];
  new MutationObserver(() => seen.push(shownSeconds(el))).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return seen;
}

/**
 * Records the delay of every `setTimeout` the page asks for, until `stop`. A wrapper of our
 * own, put back before the fake clock is: a sinon spy would be restored after the clock and
 * leave the fake in place.
 */
function recordTimeouts(): { delays: number[]; stop: () => void } {
  const fake = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    delays.push(Number(delay));
    return fake(handler, delay, ...rest);
  }) as typeof setTimeout;
  return { delays, stop: () => void (window.setTimeout = fake) };
}

describe('clock faults', () => {
  describe('the system clock jumps while counting', () => {
    const jumps: Array<[string, number]> = [
      ['forward 3 hours', 3 * 3600_000],
      ['back 3 hours', -3 * 3600_000],
      ['forward 26 hours', 26 * 3600_000],
      ['back 26 hours', -26 * 3600_000],
      ['back 400 ms, less than a second', -400],
      ['forward 400 ms', 400],
      ['back exactly one second', -1000],
    ];
    for (const [name, jumpMs] of jumps) {
      it(`${name}: the next tick shows the new time, then every second once`, async () => {
        const el = await countdown({}, TARGET_MS - 30 * 3600_000 + 300);
        await nextTimer(el);
        const before = shownSeconds(el);
        fakeClock().setSystemTime(Date.now() + 250 + jumpMs);
        // Nothing changes until the next tick.
        expect(shownSeconds(el)).to.equal(before);
        const seen = recordChanges(el);
        for (let tick = 0; tick < 5; tick += 1) {
          await nextTimer(el);
          expect(shownSeconds(el), `tick ${tick}`).to.equal(secondsLeft(Date.now()));
          // After the tick that catches up with the jump, each lands on a whole second.
          if (tick > 0) expect(Date.now() % 1000, `tick ${tick}`).to.equal(0);
        }
        // A change for every new second and none for an old one: a tick that wakes early re-aims silently.
        expect(seen.length).to.be.within(4, 5);
        expect(seen.at(-1)).to.equal(secondsLeft(Date.now()));
        for (let i = 1; i < seen.length; i += 1) expect(seen[i], `change ${i}`).to.equal(seen[i - 1] - 1);
        expect(fakeClock().countTimers()).to.equal(1);
      });
    }
  });

  it('fires `released` once, and stays released when the clock goes back hours afterwards', async () => {
    const el = await countdown({}, TARGET_MS - 2000);
    const released = sinon.spy();
    el.addEventListener('released', released);
    await nextTimer(el);
    await nextTimer(el);
    expect(el.released).to.equal(true);
    expect(fakeClock().countTimers()).to.equal(0);

    fakeClock().setSystemTime(TARGET_MS - 5 * 3600_000);
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    fakeClock().tick(10_000);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.setAttribute('title', 'Launch');
    await el.updateComplete;
    expect(el.released).to.equal(true);
    expect(el.hasAttribute('released')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="countdown"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="released"]')!.textContent!.trim()).to.equal(
      'Launch has been released!',
    );
    expect(released.callCount).to.equal(1);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('a tab throttled to one wake a minute shows the right value at each wake, one change each, no burst', async () => {
    useClock(TARGET_MS - 3 * 3600_000 + 123);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const countdowns: ReleaseCountdown[] = [];
    for (let i = 0; i < 10; i += 1) {
      const el = document.createElement('release-countdown');
      el.date = TARGET;
      el.timeZone = 'UTC';
      wrapper.append(el);
      countdowns.push(el);
    }
    await Promise.all(countdowns.map((el) => el.updateComplete));
    const changes = countdowns.map(recordChanges);
    const renders = countdowns.map((el) => sinon.spy(el as unknown as { render: () => unknown }, 'render'));
    const timeouts = recordTimeouts();
    for (let wake = 1; wake <= 10; wake += 1) {
      // The browser holds the timer back: the clock moves a minute before it fires.
      fakeClock().setSystemTime(Date.now() + 59_000);
      fakeClock().next();
      await Promise.all(countdowns.map((el) => el.updateComplete));
      for (const el of countdowns) expect(shownSeconds(el), `wake ${wake}`).to.equal(secondsLeft(Date.now()));
      for (const seen of changes) expect(seen, `wake ${wake}`).to.have.length(wake);
      // Only numbers changed: they are rewritten in place, with no render.
      for (const render of renders) expect(render.callCount, `wake ${wake}`).to.equal(0);
      // One timer set per wake: no catching up on the 59 seconds missed.
      expect(timeouts.delays, `wake ${wake}`).to.have.length(wake);
    }
    timeouts.stop();
    expect(fakeClock().countTimers()).to.equal(1);
  });

  it('restored from the back-forward cache hours later: the right value at once, and the timer re-aimed', async () => {
    const el = await countdown({}, TARGET_MS - 30 * 3600_000);
    stubVisibility('visible');
    fakeClock().setSystemTime(Date.now() + 5 * 3600_000 + 700);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(shownSeconds(el)).to.equal(secondsLeft(Date.now()));
    expect(fakeClock().countTimers()).to.equal(1);
    const shownAt = Date.now();
    await nextTimer(el);
    expect(Date.now() - shownAt).to.equal(300);
    expect(shownSeconds(el)).to.equal(secondsLeft(Date.now()));
  });

  it('a tab shown again hours after the target: released at once, the event once', async () => {
    const el = await countdown({}, TARGET_MS - 3600_000);
    const released = sinon.spy();
    el.addEventListener('released', released);
    const visibility = stubVisibility('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    fakeClock().setSystemTime(TARGET_MS + 4 * 3600_000);
    visibility.get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(el.released).to.equal(true);
    fakeClock().tick(5000);
    expect(released.callCount).to.equal(1);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('a target 30 days away in a hidden tab: no wait longer than setTimeout holds, and the release comes at the target, not before', async () => {
    const start = TARGET_MS - 30 * 86_400_000 + 500;
    useClock(start);
    const timeouts = recordTimeouts();
    stubVisibility('hidden');
    const el = await fixture<ReleaseCountdown>(
      html`<release-countdown date=${TARGET} time-zone="UTC" units="days hours minutes seconds"></release-countdown>`,
    );
    const released = sinon.spy();
    el.addEventListener('released', released);
    // A hidden tab gets no second ticks; its one timer is the alarm at the target, taken in steps.
    const wakes: number[] = [];
    while (fakeClock().countTimers() > 0 && wakes.length < 10) {
      fakeClock().next();
      await el.updateComplete;
      wakes.push(Date.now());
      if (Date.now() < TARGET_MS) expect(el.released, `woken at ${new Date(Date.now()).toISOString()}`).to.equal(false);
    }
    timeouts.stop();
    expect(wakes).to.deep.equal([start + MAX_TIMEOUT_MS, TARGET_MS]);
    expect(el.released).to.equal(true);
    expect(released.callCount).to.equal(1);
    expect(Math.max(...timeouts.delays)).to.be.at.most(MAX_TIMEOUT_MS);
  });

  it('a 48-hour run at fast-forward shows every second from start to target once, in order, and stops at release', async function () {
    // 172,800 fake seconds are real work: 5 to 20 s on two busy cores, in any engine.
    this.timeout(60_000);
    const start = TARGET_MS - 48 * 3600_000 + 400;
    const el = await countdown({}, start);
    const released = sinon.spy();
    el.addEventListener('released', released);
    const first = shownSeconds(el);
    const changes = recordChanges(el);
    let firings = 0;
    while (fakeClock().countTimers() > 0 && firings < 200_000) {
      fakeClock().next();
      firings += 1;
      await el.updateComplete;
    }
    const seen = [first, ...changes];
    // 172,800 seconds from 48:00:00 down to 00:00:01, then the released state; one timer firing per second.
    expect(firings).to.equal(48 * 3600);
    expect(seen.length).to.equal(48 * 3600 + 1);
    const wrong = seen.findIndex((value, index) => value !== (index < 48 * 3600 ? 48 * 3600 - index : -1));
    expect(wrong, `first wrong change at ${wrong}: ${seen[wrong]}`).to.equal(-1);
    expect(Date.now()).to.equal(TARGET_MS);
    expect(released.callCount).to.equal(1);
    expect(fakeClock().countTimers()).to.equal(0);
  });
});

describe('onEverySecond with corrected clocks', () => {
  const START_MS = Date.parse('2025-03-20T12:00:00.010Z');
  const stops: Array<() => void> = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('aims one timer at the whole seconds of each listener’s clock, and tells each its own time', () => {
    useClock(START_MS);
    const device: number[] = [];
    const corrected: number[] = [];
    stops.push(onEverySecond((nowMs) => device.push(nowMs)));
    stops.push(
      onEverySecond(
        (nowMs) => corrected.push(nowMs),
        () => -420_300,
      ),
    );
    const firedAt: number[] = [];
    while (firedAt.length < 4) {
      fakeClock().next();
      firedAt.push(Date.now() - START_MS);
      expect(fakeClock().countTimers()).to.equal(1);
    }
    // Device boundaries at .000, corrected ones at .300 of the device clock.
    expect(firedAt).to.deep.equal([290, 990, 1290, 1990]);
    expect(device.filter((ms) => ms % 1000 === 0)).to.have.length(2);
    expect(corrected.filter((ms) => ms % 1000 === 0)).to.have.length(2);
  });

  it('re-aims at once when a listener’s clock is corrected', () => {
    useClock(START_MS);
    let offset = 0;
    const calls: number[] = [];
    stops.push(
      onEverySecond(
        (nowMs) => calls.push(nowMs),
        () => offset,
      ),
    );
    offset = 500;
    includeClock(offset);
    fakeClock().next();
    expect(Date.now() - START_MS).to.equal(490);
    expect(calls).to.deep.equal([START_MS + 490 + 500]);
  });
});
