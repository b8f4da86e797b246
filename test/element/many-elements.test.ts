import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { restoreFakes, useClock } from '../element-helpers.js';

/**
 * 10,000 countdowns connected and disconnected: no timer, listener or subscription is left,
 * and the JavaScript heap returns to its baseline. The heap is read through the DevTools
 * protocol after forced garbage collection (the `heap` command in web-test-runner.config.mjs);
 * performance.measureUserAgentSpecificMemory needs a cross-origin isolated page, which the
 * test page is not. The one shared IntersectionObserver must let go of every countdown.
 */

const COUNT = 10_000;
/** Retained growth allowed after everything is gone: about 50 bytes per countdown. */
const HEAP_TOLERANCE_BYTES = 512 * 1024;

/** A few configurations, cycled, so the warm-up fills every cache the measured run will use. */
const CONFIGS: Array<Record<string, string>> = [
  { date: '2025-03-20T12:00:00Z', title: 'Launch', lang: 'en', 'time-zone': 'UTC' },
  { date: '2025-03-20T12:00', format: 'compact', lang: 'de', 'time-zone': 'Europe/Berlin' },
  { date: '2026-03-20', format: 'text', lang: 'ar', 'time-zone': 'America/New_York', units: 'years months days' },
  { date: '2024-01-01T00:00:00Z', 'released-text': 'Out now' },
  { date: 'soon', title: 'Broken' },
  { date: '2025-03-21T00:00:00Z', 'time-source': '/time/many-elements', lang: 'ja' },
  { date: '2025-03-20T18:00:00Z' },
  { date: '2025-03-20T18:00:00Z', 'time-zone': 'Mars/Olympus' },
];

const REAL_TIMERS = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };

/** Runs a test-runner command on the real timers it needs, leaving the fake clock's timers to the countdowns. */
async function command<T>(name: string): Promise<T> {
  const fake = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  Object.assign(window, REAL_TIMERS);
  try {
    return await executeServerCommand<T, undefined>(name);
  } finally {
    Object.assign(window, fake);
  }
}

const heap = () => command<number>('heap');
const listeners = () => command<Record<string, number>>('listeners');

describe('10,000 countdowns', () => {
  it('connected then disconnected leave no timer, no listener, and the heap at its baseline', async function () {
    this.timeout(60_000);
    const clock = useClock(Date.parse('2025-03-20T11:00:00Z'));
    const warn = console.warn;
    // A stub would keep every warning's text alive; the invalid ones each warn once.
    console.warn = () => {};
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    // Counted, not spied on: a spy would keep every element it was called with alive.
    const observations = { observe: 0, unobserve: 0 };
    const { observe, unobserve } = IntersectionObserver.prototype;
    IntersectionObserver.prototype.observe = function (target) {
      observations.observe += 1;
      observe.call(this, target);
    };
    IntersectionObserver.prototype.unobserve = function (target) {
      observations.unobserve += 1;
      unobserve.call(this, target);
    };
    const container = document.createElement('div');
    document.body.append(container);

    /** Connects `count` countdowns, waits for their first render, and says how many timers they hold. */
    async function connect(count: number): Promise<number> {
      const all: ReleaseCountdown[] = [];
      for (let i = 0; i < count; i += 1) {
        const el = document.createElement('release-countdown');
        for (const [name, value] of Object.entries(CONFIGS[i % CONFIGS.length])) el.setAttribute(name, value);
        container.append(el);
        all.push(el);
      }
      await Promise.all(all.map((el) => el.updateComplete));
      return clock.countTimers();
    }

    try {
      // Warm-up: Lit's templates, Intl formatters, Luxon's zones and the time source's one record.
      await connect(400);
      container.replaceChildren();
      await Promise.resolve();
      const listenersBefore = await listeners();
      const baseline = await heap();

      expect(await connect(COUNT)).to.equal(1);
      const connected = await heap();
      const listenersConnected = await listeners();
      expect(clock.countTimers()).to.equal(1);
      container.replaceChildren();
      expect(clock.countTimers()).to.equal(0);
      const listenersAfter = await listeners();
      const after = await heap();

      // The ticker listens for the page coming back only while something counts.
      expect(listenersConnected['document visibilitychange']).to.equal(
        (listenersBefore['document visibilitychange'] ?? 0) + 1,
      );
      expect(listenersConnected['window pageshow']).to.equal((listenersBefore['window pageshow'] ?? 0) + 1);
      expect(listenersAfter).to.deep.equal(listenersBefore);
      // Every countdown that was observed while counting is let go.
      expect(observations.observe).to.be.above(COUNT / 2);
      expect(observations.unobserve).to.equal(observations.observe);
      // A leak would keep what the connected countdowns held.
      const heldWhileConnected = connected - baseline;
      expect(heldWhileConnected, 'the measure sees the countdowns').to.be.above(20 * HEAP_TOLERANCE_BYTES);
      expect(after - baseline, `baseline ${baseline}, connected ${connected}, after ${after}`).to.be.below(
        HEAP_TOLERANCE_BYTES,
      );
    } finally {
      container.remove();
      console.warn = warn;
      restoreFakes();
      Object.assign(IntersectionObserver.prototype, { observe, unobserve });
    }
  });
});
