import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import {
  EARLIEST_SERVER_TIME_MS,
  LATEST_SERVER_TIME_MS,
  offsetFromExchange,
  serverTimeOf,
  timeSourceUrl,
  type ClockSample,
} from '../../src/page/time-source.js';
import {
  countdownWith,
  fakeClock,
  nextTimer,
  restoreFakes,
  shown,
  stubVisibility,
  useClock,
} from '../element-helpers.js';

describe('offsetFromExchange', () => {
  const T = Date.parse('2025-06-01T12:00:00Z');
  const cases: Array<[string, number, number, number, ClockSample]> = [
    ['a clock 7 minutes fast, instant answer', T, T, T - 420_000, { ok: true, offsetMs: -420_000 }],
    ['halves the round trip', T, T + 200, T - 420_000 + 100, { ok: true, offsetMs: -420_000 }],
    [
      'an asymmetric guess is off by at most half the round trip',
      T,
      T + 200,
      T - 420_000,
      { ok: true, offsetMs: -420_100 },
    ],
    ['a slow clock', T, T + 50, T + 3_600_025, { ok: true, offsetMs: 3_600_000 }],
    ['a right clock', T, T + 300, T + 150, { ok: true, offsetMs: 0 }],
    ['rounds to whole milliseconds', T, T + 3, T + 1, { ok: true, offsetMs: 0 }],
    ['a round trip of exactly 5 s is still used', T, T + 5000, T + 2500, { ok: true, offsetMs: 0 }],
    ['over 5 s is too slow', T, T + 5001, T + 2500, { ok: false, problem: 'did not answer within 5 s' }],
    [
      'a clock set back during the request',
      T,
      T - 1,
      T,
      { ok: false, problem: 'was asked while this device’s clock changed' },
    ],
    [
      'zero is absurd',
      T,
      T + 10,
      0,
      { ok: false, problem: 'answered an absurd time (0); expected epoch milliseconds' },
    ],
    [
      'seconds instead of milliseconds are absurd',
      T,
      T + 10,
      T / 1000,
      { ok: false, problem: `answered an absurd time (${T / 1000}); expected epoch milliseconds` },
    ],
    [
      'microseconds are absurd',
      T,
      T + 10,
      T * 1000,
      { ok: false, problem: `answered an absurd time (${T * 1000}); expected epoch milliseconds` },
    ],
    [
      'NaN is absurd',
      T,
      T + 10,
      NaN,
      { ok: false, problem: 'answered an absurd time (NaN); expected epoch milliseconds' },
    ],
    [
      'just before 2001-09-09 is absurd',
      T,
      T,
      EARLIEST_SERVER_TIME_MS - 1,
      { ok: false, problem: `answered an absurd time (${EARLIEST_SERVER_TIME_MS - 1}); expected epoch milliseconds` },
    ],
    ['2001-09-09 is a time', T, T, EARLIEST_SERVER_TIME_MS, { ok: true, offsetMs: EARLIEST_SERVER_TIME_MS - T }],
    [
      '2100 is absurd',
      T,
      T,
      LATEST_SERVER_TIME_MS,
      { ok: false, problem: `answered an absurd time (${LATEST_SERVER_TIME_MS}); expected epoch milliseconds` },
    ],
    [
      'a visitor clock years wrong is corrected',
      Date.parse('1980-01-01'),
      Date.parse('1980-01-01'),
      T,
      { ok: true, offsetMs: T - Date.parse('1980-01-01') },
    ],
  ];
  for (const [name, sent, received, server, expected] of cases) {
    it(name, () => {
      expect(offsetFromExchange(sent, received, server)).to.deep.equal(expected);
    });
  }
});

describe('serverTimeOf', () => {
  const date = 'Sun, 01 Jun 2025 12:00:00 GMT';
  const dateMs = Date.parse('2025-06-01T12:00:00Z');
  const cases: Array<[string, string, string | null, number | undefined]> = [
    ['a plain-text body', '1748779200123', null, 1748779200123],
    ['a JSON number with spaces and a newline', ' 1748779200123\n', date, 1748779200123],
    ['a fraction', '1748779200123.5', null, 1748779200123.5],
    ['the body wins over the header', '1748779200999', date, 1748779200999],
    ['the Date header, half a second into its second', '', date, dateMs + 500],
    ['an HTML body falls back to the header', '<!doctype html><p>time</p>', date, dateMs + 500],
    ['a JSON object is not a number', '{"now":1748779200123}', date, dateMs + 500],
    ['a number in quotes is not a number', '"1748779200123"', null, undefined],
    ['nothing at all', '', null, undefined],
    ['an unreadable header', 'soon', 'yesterday-ish', undefined],
    ['a body of zero is read, and judged absurd later', '0', date, 0],
  ];
  for (const [name, body, header, expected] of cases) {
    it(name, () => {
      expect(serverTimeOf(body, header)).to.equal(expected);
    });
  }
});

describe('timeSourceUrl', () => {
  const base = 'https://blog.example/posts/launch.html';
  const cases: Array<[string, string | undefined]> = [
    ['/time', 'https://blog.example/time'],
    ['time.txt', 'https://blog.example/posts/time.txt'],
    ['https://time.example/now?x=1', 'https://time.example/now?x=1'],
    ['http://localhost:8000/now', 'http://localhost:8000/now'],
    ['javascript:alert(1)', undefined],
    ['data:text/plain,1748779200123', undefined],
    ['file:///etc/passwd', undefined],
    ['http://[::1', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`${value} → ${expected}`, () => {
      expect(timeSourceUrl(value, base)).to.equal(expected);
    });
  }
});

/* ---------------------------------------------------------------------------------------- */

const TARGET = '2025-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
const SEVEN_MINUTES = 7 * 60_000;

let fetchStub: sinon.SinonStub;
let warn: sinon.SinonStub;
let urlCount = 0;

/** A URL no earlier test has asked, since each URL is asked only once per page. */
function freshUrl(name: string): string {
  urlCount += 1;
  return `/time/${name}?n=${urlCount}`;
}

type Answer = (serverNowMs: number) => Response | Promise<never>;

/**
 * A response whose body is read in a microtask: a real Response reads its body stream in
 * tasks of the browser, which fake timers do not drive.
 */
function reply(body: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const status = init.status ?? 200;
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers(init.headers),
    text: () => Promise.resolve(body),
  } as Response;
}

/**
 * A stubbed `fetch` standing for a server whose clock is `deviceErrorMs` behind this device's:
 * the request takes `latencyMs / 2` each way, and the server reads its clock in the middle.
 */
function timeServer(deviceErrorMs: number, latencyMs: number, answer: Answer = (ms) => reply(String(ms))): void {
  fetchStub = sinon.stub(window, 'fetch').callsFake((_input, init) => {
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The user aborted a request.', 'AbortError')),
      );
      // A pending answer must not lock the request in: an abort still rejects it.
      const respond = () => Promise.resolve(answer(Date.now() - deviceErrorMs));
      if (latencyMs === 0) {
        respond().then(resolve, reject);
        return;
      }
      setTimeout(() => {
        const response = respond();
        setTimeout(() => response.then(resolve, reject), latencyMs / 2);
      }, latencyMs / 2);
    });
  });
}

beforeEach(() => {
  warn = sinon.stub(console, 'warn');
});

afterEach(restoreFakes);

const countdown = countdownWith({ attributes: { lang: 'en', format: 'compact', units: 'hours minutes seconds' } });

/** Runs every pending promise callback: a real message-channel task, which fake timers leave alone. */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Lets fake time pass, then lets the stubbed network's promises and the render settle. */
async function pass(el: ReleaseCountdown, ms: number): Promise<void> {
  fakeClock().tick(ms);
  await settle();
  await el.updateComplete;
}

describe('time-source', () => {
  it('shows the true remaining time to a visitor whose clock is 7 minutes fast, and releases at the true moment', async () => {
    const trueNow = TARGET_MS - 10 * 60_000;
    useClock(trueNow + SEVEN_MINUTES);
    timeServer(SEVEN_MINUTES, 200);
    const url = freshUrl('fast');
    const el = await countdown({ date: TARGET, 'time-source': url });
    // The first render does not wait for the answer.
    expect(shown(el)).to.equal('00:03:00');
    expect(fetchStub.callCount).to.equal(1);
    expect(fetchStub.firstCall.args[0]).to.equal(new URL(url, document.baseURI).href);
    expect(fetchStub.firstCall.args[1]).to.include({ cache: 'no-store' });

    await pass(el, 200);
    expect(warn.args).to.deep.equal([]);
    expect(shown(el)).to.equal('00:10:00');
    const released = sinon.spy();
    el.addEventListener('released', released);

    // The visitor's clock passes the target 3 true minutes in; nothing happens then.
    await pass(el, 3 * 60_000);
    expect(shown(el)).to.equal('00:07:00');
    // One true millisecond before the target.
    await pass(el, 7 * 60_000 - 200 - 1);
    expect(shown(el)).to.equal('00:00:01');
    expect(released.called).to.equal(false);
    await pass(el, 1);
    expect(el.released).to.equal(true);
    expect(Date.now() - SEVEN_MINUTES).to.equal(TARGET_MS);
    await pass(el, 60_000);
    expect(released.callCount).to.equal(1);
    expect(warn.called).to.equal(false);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('moves the alarm of a countdown nobody sees to the true moment', async () => {
    // A hidden tab gets no second ticks, only an alarm at the target: on the corrected clock.
    const trueNow = TARGET_MS - 10 * 60_000;
    useClock(trueNow + SEVEN_MINUTES);
    timeServer(SEVEN_MINUTES, 200);
    stubVisibility('hidden');
    const el = await countdown({ date: TARGET, 'time-source': freshUrl('hidden') });
    const released = sinon.spy();
    el.addEventListener('released', released);
    await pass(el, 200);
    // The device clock passes the target: nothing happens.
    fakeClock().tick(3 * 60_000);
    await settle();
    expect(el.released).to.equal(false);
    await nextTimer(el);
    expect(Date.now() - SEVEN_MINUTES).to.equal(TARGET_MS);
    expect(el.released).to.equal(true);
    expect(released.callCount).to.equal(1);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  it('reads the HTTP Date header when the body is not a number', async () => {
    // The device is 90.25 s fast; the Date header says whole seconds only.
    const deviceError = 90_250;
    useClock(TARGET_MS - 60_000 + deviceError);
    timeServer(deviceError, 0, (serverMs) => {
      const headerMs = Math.floor(serverMs / 1000) * 1000;
      return reply('<!doctype html>', { headers: { Date: new Date(headerMs).toUTCString() } });
    });
    const el = await countdown({ date: TARGET, 'time-source': freshUrl('date-header') });
    await pass(el, 0);
    // The true time is 60 s before the target; the header reads 60 s before, so + 0.5 s: 59.5 s, shown as 60.
    expect(shown(el)).to.equal('00:01:00');
    await pass(el, 500);
    expect(shown(el)).to.equal('00:00:59');
    expect(warn.called).to.equal(false);
  });

  it('asks once per URL for every countdown on the page, however the URL is written', async () => {
    useClock(TARGET_MS - 3600_000);
    timeServer(0, 100);
    const url = freshUrl('shared');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 20; i += 1) {
      const el = document.createElement('release-countdown');
      el.date = TARGET;
      el.timeSource = i % 2 ? url : new URL(url, document.baseURI).href;
      container.append(el);
    }
    const other = document.createElement('release-countdown');
    other.date = TARGET;
    other.timeSource = freshUrl('other');
    container.append(other);
    await Promise.all([...container.children].map((el) => (el as ReleaseCountdown).updateComplete));
    fakeClock().tick(1000);
    await settle();
    expect(fetchStub.callCount).to.equal(2);
    // A countdown added later reuses the answer.
    const late = document.createElement('release-countdown');
    late.date = TARGET;
    late.timeSource = url;
    container.append(late);
    await late.updateComplete;
    expect(fetchStub.callCount).to.equal(2);
  });

  it('never asks anything without time-source', async () => {
    useClock(TARGET_MS - 5000);
    timeServer(0, 0);
    const el = await countdown({ date: TARGET, title: 'https://time.example/now' });
    el.setAttribute('released-text', '/time');
    el.date = TARGET_MS as unknown as string;
    el.date = TARGET;
    await pass(el, 10_000);
    expect(el.released).to.equal(true);
    expect(fetchStub.called).to.equal(false);
  });

  it('keeps each countdown on its own source, the others on the device clock, with one timer at each clock’s whole seconds', async () => {
    // The device is 7 min 0.3 s fast; start just after a whole device second.
    const deviceError = SEVEN_MINUTES + 300;
    useClock(TARGET_MS - 3600_000 + 10);
    timeServer(deviceError, 0);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <release-countdown date=${TARGET} units="seconds" format="compact" time-source=${freshUrl('own')}></release-countdown>
      <release-countdown date=${TARGET} units="seconds" format="compact"></release-countdown>
    </div>`);
    const [corrected, local] = [...wrapper.querySelectorAll('release-countdown')];
    await pass(corrected, 0);
    const before = [shown(corrected), shown(local)];
    expect(fakeClock().countTimers()).to.equal(1);
    // Walk in 10 ms steps through two device seconds: each display changes once per second, at its own boundary.
    const changes: Array<[string, number]> = [];
    for (let step = 0; step < 200; step += 1) {
      const previous = [shown(corrected), shown(local)];
      await pass(corrected, 10);
      if (shown(corrected) !== previous[0]) changes.push(['corrected', Date.now() - deviceError]);
      if (shown(local) !== previous[1]) changes.push(['local', Date.now()]);
      expect(fakeClock().countTimers()).to.equal(1);
    }
    expect(changes.map(([which]) => which)).to.deep.equal(['corrected', 'local', 'corrected', 'local']);
    // Each changed exactly on a whole second of its own clock.
    for (const [, at] of changes) expect(at % 1000).to.equal(0);
    expect(before).to.not.deep.equal([shown(corrected), shown(local)]);
  });

  it('revises a release that the fast clock showed before the answer came, and announces the true one', async () => {
    // Loaded 3 true minutes before the target on a clock 7 minutes fast: released by the device clock.
    useClock(TARGET_MS - 3 * 60_000 + SEVEN_MINUTES);
    timeServer(SEVEN_MINUTES, 100);
    const released = sinon.spy();
    document.addEventListener('released', released);
    try {
      const el = await countdown({ date: TARGET, 'time-source': freshUrl('provisional') });
      expect(el.released).to.equal(true);
      await pass(el, 100);
      expect(el.released).to.equal(false);
      expect(el.hasAttribute('released')).to.equal(false);
      expect(shown(el)).to.equal('00:03:00');
      await pass(el, 3 * 60_000);
      expect(el.released).to.equal(true);
      expect(released.callCount).to.equal(1);
    } finally {
      document.removeEventListener('released', released);
    }
  });

  it('keeps an announced release when a late answer says the target is still ahead', async () => {
    // The fast device clock reaches the target a second after load, 7 true minutes early.
    useClock(TARGET_MS - 1000);
    timeServer(SEVEN_MINUTES, 4000);
    const el = await countdown({ date: TARGET, 'time-source': freshUrl('late') });
    const released = sinon.spy();
    el.addEventListener('released', released);
    await pass(el, 1000);
    expect(released.callCount).to.equal(1);
    await pass(el, 4000);
    expect(el.released).to.equal(true);
    expect(released.callCount).to.equal(1);
  });

  it('releases, with the event, when the answer shows a slow clock already past the target', async () => {
    useClock(TARGET_MS + 60_000 - SEVEN_MINUTES);
    timeServer(-SEVEN_MINUTES, 100);
    const el = await countdown({ date: TARGET, 'time-source': freshUrl('slow-clock') });
    const released = sinon.spy();
    el.addEventListener('released', released);
    expect(shown(el)).to.equal('00:06:00');
    await pass(el, 100);
    expect(el.released).to.equal(true);
    expect(released.callCount).to.equal(1);
    expect(fakeClock().countTimers()).to.equal(0);
  });

  describe('a bad answer keeps the device clock and warns once', () => {
    const cases: Array<[string, string | undefined, Answer | undefined, string]> = [
      ['unreachable', undefined, () => Promise.reject(new TypeError('Failed to fetch')), 'could not be reached'],
      ['HTTP 500', undefined, () => reply('1748779200123', { status: 500 }), 'answered HTTP 500'],
      ['slow', undefined, () => new Promise<never>(() => {}), 'did not answer within 5 s'],
      ['zero', undefined, () => reply('0'), 'answered an absurd time (0)'],
      ['seconds', undefined, (ms) => reply(String(Math.floor(ms / 1000))), 'answered an absurd time ('],
      [
        'nothing readable',
        undefined,
        () => reply('now'),
        'answered neither epoch milliseconds nor a readable Date header',
      ],
      ['not http', 'javascript:alert(document.domain)', undefined, 'is not an http(s) URL'],
    ];
    for (const [name, value, answer, problem] of cases) {
      it(name, async () => {
        const start = TARGET_MS - 3600_000;
        useClock(start);
        timeServer(SEVEN_MINUTES, 0, answer);
        const url = value ?? freshUrl(name);
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
          <release-countdown date=${TARGET} units="minutes seconds" format="compact" time-source=${url}></release-countdown>
          <release-countdown date=${TARGET} units="minutes seconds" format="compact" time-source=${url}></release-countdown>
        </div>`);
        const [el, twin] = [...wrapper.querySelectorAll('release-countdown')];
        await Promise.all([el.updateComplete, twin.updateComplete]);
        expect(shown(el)).to.equal('60:00');
        if (name === 'slow') {
          await pass(el, 4999);
          expect(warn.called, 'no warning before 5 s').to.equal(false);
        }
        await pass(el, 7000 - (Date.now() - start));
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0])
          .to.contain(`time-source: "${url.slice(0, 59)}`)
          .and.contain(problem);
        expect(fetchStub.callCount).to.equal(value ? 0 : 1);
        // Still counting, by the device clock, and the countdowns themselves are valid.
        expect(shown(el)).to.equal('59:53');
        expect(shown(twin)).to.equal('59:53');
        expect(el.hasAttribute('invalid')).to.equal(false);
        await pass(el, 60_000);
        expect(shown(el)).to.equal('58:53');
        expect(warn.callCount).to.equal(1);
      });
    }
  });
});
