import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAX_TIMEOUT_MS, onEverySecond, onceAt } from '../../src/page/ticker.js';

const START_MS = Date.parse('2024-05-01T12:00:00.300Z');

describe('onEverySecond', () => {
  let clock: sinon.SinonFakeTimers;
  const stops: Array<() => void> = [];

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: START_MS, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    sinon.restore();
    clock.restore();
  });

  function listen(listener: (nowMs: number) => void): void {
    stops.push(onEverySecond(listener));
  }

  it('calls at each whole-second boundary, with the time it was called at', () => {
    const calls: number[] = [];
    listen((nowMs) => calls.push(nowMs));
    clock.tick(699);
    expect(calls).to.deep.equal([]);
    clock.tick(1);
    clock.tick(3000);
    expect(calls.map((ms) => new Date(ms).toISOString())).to.deep.equal([
      '2024-05-01T12:00:01.000Z',
      '2024-05-01T12:00:02.000Z',
      '2024-05-01T12:00:03.000Z',
      '2024-05-01T12:00:04.000Z',
    ]);
  });

  it('holds one timer for any number of listeners, and none when they are gone', () => {
    const unsubscribes = Array.from({ length: 100 }, () => onEverySecond(() => {}));
    expect(clock.countTimers()).to.equal(1);
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    expect(clock.countTimers()).to.equal(0);
  });

  it('waits out a timer that wakes before the boundary instead of repeating a second', () => {
    const calls: number[] = [];
    listen((nowMs) => calls.push(nowMs));
    // The timer fires 700 ms later by its own count, but the wall clock says 5 ms short of the boundary.
    clock.setSystemTime(Date.now() - 5);
    clock.tick(700);
    expect(calls).to.deep.equal([]);
    clock.tick(5);
    expect(calls).to.deep.equal([Date.parse('2024-05-01T12:00:01.000Z')]);
  });

  it('goes by the new time at once when the clock is set back', () => {
    const calls: number[] = [];
    listen((nowMs) => calls.push(nowMs));
    clock.setSystemTime(Date.now() - 3600_000);
    clock.tick(700);
    expect(calls).to.have.length(1);
    expect(calls[0]).to.equal(Date.parse('2024-05-01T11:00:01.000Z'));
  });

  it('calls at once when the page is shown again, not while it is hidden', () => {
    const listener = sinon.spy();
    listen(listener);
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener.called).to.equal(false);
    visibility.get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(listener.callCount).to.equal(2);
  });

  it('keeps calling the others when one listener throws', () => {
    const reportError = sinon.stub(window, 'reportError');
    const listener = sinon.spy();
    listen(() => {
      throw new Error('boom');
    });
    listen(listener);
    clock.tick(1000);
    expect(listener.callCount).to.equal(1);
    expect(reportError.callCount).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
  });
});

describe('onceAt', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: START_MS, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    sinon.restore();
    clock.restore();
  });

  it('calls once at its moment, and then holds no timer', () => {
    const listener = sinon.spy();
    onceAt(START_MS + 5000, listener);
    clock.tick(4999);
    expect(listener.called).to.equal(false);
    clock.tick(1);
    clock.tick(10_000);
    expect(listener.callCount).to.equal(1);
    expect(listener.firstCall.args[0]).to.equal(START_MS + 5000);
    expect(clock.countTimers()).to.equal(0);
  });

  it('waits 40 days in steps setTimeout can hold, and never fires early', () => {
    const setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
    const listener = sinon.spy();
    const at = START_MS + 40 * 86_400_000;
    onceAt(at, listener);
    clock.tick(at - START_MS - 1);
    expect(listener.called).to.equal(false);
    clock.tick(1);
    expect(listener.callCount).to.equal(1);
    const delays = setTimeoutSpy.getCalls().map((call) => Number(call.args[1]));
    expect(Math.max(...delays)).to.be.at.most(MAX_TIMEOUT_MS);
    expect(delays.length).to.be.below(5);
  });

  it('shares the one timer with the second ticks', () => {
    const stopSeconds = onEverySecond(() => {});
    const stopAlarms = [1, 2, 3].map((days) => onceAt(START_MS + days * 86_400_000, () => {}));
    expect(clock.countTimers()).to.equal(1);
    stopSeconds();
    expect(clock.countTimers()).to.equal(1);
    stopAlarms.forEach((stop) => stop());
    expect(clock.countTimers()).to.equal(0);
  });

  it('still rings while the page is hidden, when the second ticks stop', () => {
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    const second = sinon.spy();
    const alarm = sinon.spy();
    const stop = onEverySecond(second);
    onceAt(START_MS + 60_000, alarm);
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(120_000);
    expect(second.called).to.equal(false);
    expect(alarm.callCount).to.equal(1);
    expect(clock.countTimers()).to.equal(0);

    visibility.get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(second.callCount).to.equal(1);
    clock.tick(1000);
    expect(second.callCount).to.equal(2);
    stop();
  });
});
