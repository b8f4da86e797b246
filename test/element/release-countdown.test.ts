import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { ReleaseCountdown } from '../../src/index.js';
import { frames } from '../frames.js';
import {
  advance,
  countdownWith,
  fakeClock,
  part,
  parts,
  restoreFakes,
  shown,
  spoken,
  stubVisibility,
  text,
  useClock,
} from '../element-helpers.js';
import { inLocaleDataOf } from '../engine.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
/** 3 days 4 hours 5 minutes 6 seconds before the target. */
const START_MS = Date.parse('2022-12-12T06:54:54Z');

const countdown = countdownWith({ nowMs: START_MS });

afterEach(restoreFakes);

describe('<release-countdown>', () => {
  describe('the reference example', () => {
    it('shows title, date line and the four blocks', async () => {
      const el = await countdown({
        date: TARGET,
        title: 'All of Us Are Dead Season 2',
        'time-zone': 'UTC',
        lang: 'en',
      });
      expect(text(part(el, 'title'))).to.equal('All of Us Are Dead Season 2');
      expect(text(part(el, 'date'))).to.equal('December 15, 2022 at 11:00 AM UTC');
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 6 seconds');
      expect(parts(el, 'unit').map((unit) => unit.getAttribute('part'))).to.deep.equal([
        'unit days',
        'unit hours',
        'unit minutes',
        'unit seconds',
      ]);
      expect(parts(el, 'value').map(text)).to.deep.equal(['3', '4', '5', '6']);
      expect(parts(el, 'label').map(text)).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
    });

    it('replaces the light-DOM fallback text once upgraded', async () => {
      useClock(START_MS);
      const el = await fixture<ReleaseCountdown>(
        html`<release-countdown date=${TARGET}>December 15, 2022 at 11:00 AM (UTC)</release-countdown>`,
      );
      const fallback = el.firstChild as Text;
      expect(fallback.textContent).to.contain('December 15');
      expect(fallback.assignedSlot).to.equal(null);
    });

    it('shows the date line in the viewer’s zone without time-zone', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      const expected = new Intl.DateTimeFormat('en', {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(TARGET_MS));
      expect(text(part(el, 'date'))).to.equal(expected);
    });

    it('uses tabular figures so digits do not jitter', async () => {
      const el = await countdown({ date: TARGET });
      expect(getComputedStyle(part(el, 'value')!).fontVariantNumeric).to.equal('tabular-nums');
    });
  });

  describe('timekeeping', () => {
    it('counts down every second', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      await advance(el, 1000);
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 5 seconds');
      await advance(el, 6000);
      expect(shown(el)).to.equal('3 days 4 hours 4 minutes 59 seconds');
    });

    it('rewrites only the numbers and labels that change, in place, with no render per tick', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' }, TARGET_MS - 61_000);
      const render = sinon.spy(el as unknown as { render: () => unknown }, 'render');
      await advance(el, 1000);
      expect(shown(el)).to.equal('0 days 0 hours 1 minute 0 seconds');
      await advance(el, 1000);
      expect(shown(el)).to.equal('0 days 0 hours 0 minutes 59 seconds');
      expect(spoken(el)).to.equal('59 seconds');
      expect(render.callCount).to.equal(0);
      // Anything else still renders: here, a new language.
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(shown(el)).to.equal('0 Tage 0 Stunden 0 Minuten 59 Sekunden');
      await advance(el, 1000);
      expect(shown(el)).to.equal('0 Tage 0 Stunden 0 Minuten 58 Sekunden');
    });

    it('changes the display exactly at the whole-second boundary', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' }, START_MS + 400);
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 6 seconds');
      await advance(el, 599);
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 6 seconds');
      await advance(el, 1);
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 5 seconds');
    });

    it('rounds up, so it never reads all zeros before the target', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' }, TARGET_MS - 999);
      expect(shown(el)).to.equal('0 days 0 hours 0 minutes 1 second');
      expect(el.released).to.equal(false);
    });

    it('rounds up in the smallest shown unit', async () => {
      const el = await countdown({ date: TARGET, lang: 'en', units: 'days hours' }, TARGET_MS - (59 * 60 + 30) * 1000);
      expect(shown(el)).to.equal('0 days 1 hour');
    });

    it('shares one timer among many countdowns, and holds none once they are gone', async () => {
      useClock(START_MS);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 50; i += 1) {
        const el = document.createElement('release-countdown');
        el.date = new Date(TARGET_MS + i * 1000);
        container.append(el);
      }
      await Promise.all([...container.children].map((el) => (el as ReleaseCountdown).updateComplete));
      expect(fakeClock().countTimers()).to.equal(1);
      container.replaceChildren();
      expect(fakeClock().countTimers()).to.equal(0);
    });

    it('holds no timer once released', async () => {
      const el = await countdown({ date: TARGET }, TARGET_MS - 1500);
      expect(fakeClock().countTimers()).to.equal(1);
      await advance(el, 2000);
      expect(el.released).to.equal(true);
      expect(fakeClock().countTimers()).to.equal(0);
    });

    it('shows the right value at the next tick after the laptop sleeps', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      // Fake timers keep pending timers relative to the new time, as a monotonic browser timer would.
      fakeClock().setSystemTime(START_MS + 8 * 3600_000);
      await advance(el, 1000);
      expect(shown(el)).to.equal('2 days 20 hours 5 minutes 5 seconds');
    });

    it('updates at once when the page is shown again', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      fakeClock().setSystemTime(START_MS + 3600_000);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(shown(el)).to.equal('3 days 3 hours 5 minutes 6 seconds');
      fakeClock().setSystemTime(START_MS + 7200_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(shown(el)).to.equal('3 days 2 hours 5 minutes 6 seconds');
    });

    it('follows the clock when it is set back', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      fakeClock().setSystemTime(START_MS - 3600_000);
      await advance(el, 1000);
      expect(shown(el)).to.equal('3 days 5 hours 5 minutes 5 seconds');
    });

    it('counts real time across a DST change in New York', async () => {
      // Midnight EST on the spring-forward day; 09:00 EDT is 8 real hours later.
      const el = await countdown(
        { date: '2024-03-10T09:00', 'time-zone': 'America/New_York', lang: 'en', units: 'hours minutes' },
        Date.parse('2024-03-10T05:00:00Z'),
      );
      expect(shown(el)).to.equal('8 hours 0 minutes');
      expect(text(part(el, 'date'))).to.equal('March 10, 2024 at 9:00 AM EDT');
    });

    it('counts real time across a DST change in Berlin', async () => {
      // Midnight CEST on the fall-back day; 09:00 CET is 10 real hours later.
      const el = await countdown(
        { date: '2024-10-27 09:00:00', 'time-zone': 'Europe/Berlin', lang: 'en', units: 'hours' },
        Date.parse('2024-10-26T22:00:00Z'),
      );
      expect(shown(el)).to.equal('10 hours');
    });

    it('counts calendar months in its zone', async () => {
      const el = await countdown(
        { date: '2024-04-15T12:00', 'time-zone': 'Europe/Berlin', lang: 'en', units: 'years months days' },
        Date.parse('2024-03-15T11:00:00Z'),
      );
      expect(shown(el)).to.equal('0 years 1 month 0 days');
    });
  });

  describe('nobody watching', () => {
    function countMutations(el: ReleaseCountdown): () => number {
      let count = 0;
      const observer = new MutationObserver((records) => (count += records.length));
      // The element's own content, and its shadow tree if it has one yet.
      for (const node of [el, el.shadowRoot].filter((node) => node !== null)) {
        observer.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      return () => {
        observer.takeRecords().forEach(() => (count += 1));
        return count;
      };
    }

    it('does no DOM work off screen, and shows the present at once when scrolled into view', async () => {
      const el = await countdown({ date: TARGET, lang: 'en', style: 'position: absolute; top: 100000px' });
      await frames();
      const mutations = countMutations(el);
      await advance(el, 5000);
      expect(mutations()).to.equal(0);
      expect(
        [...el.shadowRoot!.children].map((child) => child.localName),
        'no shadow tree built far from view: only the slots showing its own content',
      ).to.deep.equal(['slot', 'slot', 'slot']);
      expect(fakeClock().countTimers()).to.equal(1);

      el.style.cssText = '';
      await frames();
      await el.updateComplete;
      expect(shown(el)).to.equal('3 days 4 hours 5 minutes 1 second');
    });

    it('still releases on time, event and all, off screen', async () => {
      const el = await countdown({ date: TARGET, style: 'position: absolute; top: 100000px' }, TARGET_MS - 7000);
      await frames();
      const listener = sinon.spy();
      el.addEventListener('released', listener);
      await advance(el, 6999);
      expect(listener.called).to.equal(false);
      await advance(el, 1);
      expect(listener.callCount).to.equal(1);
      expect(el.released).to.equal(true);
      expect(fakeClock().countTimers()).to.equal(0);
    });

    it('announces each occurrence of a series on time, off screen', async () => {
      const el = await countdown(
        { date: '2022-12-01T11:00:00Z', repeat: 'daily', style: 'position: absolute; top: 100000px' },
        TARGET_MS - 3000,
      );
      await frames();
      const dates: string[] = [];
      el.addEventListener('released', (event) => {
        const { date, next } = (event as CustomEvent<{ date: Date; next: Date | null }>).detail;
        dates.push(`${date.toISOString()} ${next?.toISOString()}`);
      });
      await advance(el, 3000);
      await advance(el, 86_400_000);
      expect(dates).to.deep.equal([
        '2022-12-15T11:00:00.000Z 2022-12-16T11:00:00.000Z',
        '2022-12-16T11:00:00.000Z 2022-12-17T11:00:00.000Z',
      ]);
    });

    it('does no DOM work in a hidden tab, and shows the present at once when it is shown', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      const visibility = stubVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      const mutations = countMutations(el);
      await advance(el, 3600_000);
      expect(mutations()).to.equal(0);

      visibility.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(shown(el)).to.equal('3 days 3 hours 5 minutes 6 seconds');
    });
  });

  describe('release', () => {
    it('fires `released` exactly once when the target passes', async () => {
      const el = await countdown({ date: TARGET, title: 'Season 2' }, TARGET_MS - 2000);
      const events: CustomEvent[] = [];
      document.addEventListener('released', (event) => events.push(event as CustomEvent));
      await advance(el, 1000);
      expect(events).to.have.length(0);
      await advance(el, 1000);
      await advance(el, 5000);
      expect(events).to.have.length(1);
      expect(events[0].target).to.equal(el);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect((events[0].detail as { date: Date }).date.getTime()).to.equal(TARGET_MS);
      expect(el.released).to.equal(true);
      expect(el.hasAttribute('released')).to.equal(true);
      expect(part(el, 'countdown')).to.equal(null);
      expect(text(part(el, 'released'))).to.equal('Season 2 has been released!');
    });

    it('is released from the first render when loaded after the target, with no event and no zeros', async () => {
      useClock(TARGET_MS + 60_000);
      const listener = sinon.spy();
      document.addEventListener('released', listener);
      const el = await fixture<ReleaseCountdown>(html`<release-countdown date=${TARGET}></release-countdown>`);
      document.removeEventListener('released', listener);
      expect(el.released).to.equal(true);
      expect(part(el, 'countdown')).to.equal(null);
      expect(text(part(el, 'released'))).to.equal('Released!');
      expect(listener.called).to.equal(false);
    });

    it('fires once when the target passed during a sleep', async () => {
      const el = await countdown({ date: TARGET }, TARGET_MS - 5000);
      const listener = sinon.spy();
      el.addEventListener('released', listener);
      fakeClock().setSystemTime(TARGET_MS + 8 * 3600_000);
      await advance(el, 1000);
      await advance(el, 1000);
      expect(listener.callCount).to.equal(1);
    });

    it('stays released when the clock is set back afterwards', async () => {
      const el = await countdown({ date: TARGET }, TARGET_MS - 1000);
      await advance(el, 1000);
      expect(el.released).to.equal(true);
      fakeClock().setSystemTime(TARGET_MS - 3600_000);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(el.released).to.equal(true);
    });

    it('uses released-text, and the released slot for rich content', async () => {
      useClock(TARGET_MS);
      const el = await fixture<ReleaseCountdown>(html`
        <release-countdown date=${TARGET} title="Season 2" released-text="Out now!">
          <a slot="released" href="/watch">Watch now</a>
        </release-countdown>
      `);
      const slot = part(el, 'released')!.querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Watch now']);
      el.querySelector('a')!.remove();
      await el.updateComplete;
      expect(text(part(el, 'released'))).to.equal('Out now!');
    });

    it('is released silently when `date` changes to the past, and counts again for a future date', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      const listener = sinon.spy();
      el.addEventListener('released', listener);
      el.date = '2022-12-01T00:00:00Z';
      await el.updateComplete;
      expect(el.released).to.equal(true);
      expect(listener.called).to.equal(false);

      el.date = new Date(START_MS + 2000);
      await el.updateComplete;
      expect(el.released).to.equal(false);
      expect(el.hasAttribute('released')).to.equal(false);
      expect(shown(el)).to.equal('0 days 0 hours 0 minutes 2 seconds');
      await advance(el, 2000);
      expect(listener.callCount).to.equal(1);
    });

    it('does not fire for a target that passed while detached, and shows the present when re-attached', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      const parent = el.parentElement!;
      const listener = sinon.spy();
      el.addEventListener('released', listener);
      el.remove();
      expect(fakeClock().countTimers()).to.equal(0);

      fakeClock().setSystemTime(START_MS + 3600_000);
      parent.append(el);
      await el.updateComplete;
      expect(shown(el)).to.equal('3 days 3 hours 5 minutes 6 seconds');
      expect(fakeClock().countTimers()).to.equal(1);

      el.remove();
      fakeClock().setSystemTime(TARGET_MS + 1000);
      parent.append(el);
      await el.updateComplete;
      expect(el.released).to.equal(true);
      expect(listener.called).to.equal(false);
      expect(fakeClock().countTimers()).to.equal(0);
    });
  });

  describe('formats and labels', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ format: 'text' }, '3 days, 4 hours, 5 minutes, and 6 seconds'],
      [{ format: 'compact' }, '3d 04:05:06'],
      [{ 'unit-display': 'short' }, '3 days 4 hr 5 min 6 sec'],
      [{ 'unit-display': 'narrow' }, '3 d 4 h 5 m 6 s'],
      [{ units: 'hours minutes' }, '76 hours 6 minutes'],
      [{ units: 'seconds, minutes' }, '4,565 minutes 6 seconds'],
      [{ units: 'weeks days hours minutes seconds', format: 'text' }, '3 days, 4 hours, 5 minutes, and 6 seconds'],
      [{ lang: 'de' }, '3 Tage 4 Stunden 5 Minuten 6 Sekunden'],
      [{ lang: 'ja' }, '3 日 4 時間 5 分 6 秒'],
      // Pinned to each engine's locale data (test/engine.ts).
      [
        { lang: 'ar', format: 'text' },
        inLocaleDataOf('3 أيام و4 ساعات و5 دقائق و6 ثوان', { webkit: '٣ أيام و٤ ساعات و٥ دقائق و٦ ثوان' }),
      ],
      [
        { lang: 'pl', format: 'text' },
        inLocaleDataOf('3 dni, 4 godziny, 5 minut i 6 sekund', { webkit: '3 doby, 4 godziny, 5 minut i 6 sekund' }),
      ],
    ];
    for (const [attributes, expected] of cases) {
      it(`${JSON.stringify(attributes)} shows "${expected}"`, async () => {
        const el = await countdown({ date: TARGET, lang: 'en', ...attributes });
        expect(shown(el)).to.equal(expected);
      });
    }

    it('separates compact units with parts', async () => {
      const el = await countdown({ date: TARGET, lang: 'en', format: 'compact' });
      expect(parts(el, 'separator').map((separator) => separator.textContent)).to.deep.equal([' ', ':', ':']);
    });

    it('takes the language of the nearest ancestor', async () => {
      useClock(START_MS);
      const wrapper = await fixture(
        html`<div lang="de"><p><release-countdown date=${TARGET}></release-countdown></p></div>`,
      );
      const el = wrapper.querySelector('release-countdown')!;
      await el.updateComplete;
      expect(parts(el, 'label').map(text)).to.deep.equal(['Tage', 'Stunden', 'Minuten', 'Sekunden']);
    });

    it('ignores a malformed lang instead of breaking', async () => {
      const el = await countdown({ date: TARGET, lang: 'en_US' });
      expect(parts(el, 'value').map(text)).to.deep.equal(['3', '4', '5', '6']);
      expect(el.hasAttribute('invalid')).to.equal(false);
    });
  });

  describe('live attributes', () => {
    it('re-renders at once when any attribute changes', async () => {
      const el = await countdown({ date: TARGET, lang: 'en', title: 'One' });
      el.setAttribute('title', 'Two');
      el.setAttribute('lang', 'de');
      el.setAttribute('format', 'compact');
      el.setAttribute('time-zone', 'Asia/Tokyo');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Two');
      expect(shown(el)).to.equal('3 T 04:05:06');
      expect(text(part(el, 'date'))).to.equal('15. Dezember 2022 um 20:00 GMT+9');
      el.setAttribute('units', 'minutes');
      el.setAttribute('date', '2022-12-12T07:54:54Z');
      await el.updateComplete;
      expect(shown(el)).to.equal('60');
    });

    it('reflects properties set from script', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' });
      el.units = 'hours';
      el.format = 'text';
      el.unitDisplay = 'short';
      el.title = 'Launch';
      await el.updateComplete;
      expect(shown(el)).to.equal('77 hr');
      expect(el.getAttribute('title')).to.equal('Launch');
      expect(text(part(el, 'title'))).to.equal('Launch');
    });
  });

  describe('bad input', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{}, 'date: missing; set it to a date such as 2025-12-15T11:00:00Z'],
      [{ date: 'soon' }, 'date: "soon" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z'],
      [
        { date: TARGET, 'time-zone': 'Mars/Base' },
        'time-zone: "Mars/Base" is not a time zone; use an IANA name such as America/New_York, UTC, or an offset such as UTC+9',
      ],
      [
        { date: TARGET, units: 'days fortnights' },
        'units: "fortnights" is not a unit; use any of years, months, weeks, days, hours, minutes, seconds',
      ],
      [{ date: TARGET, format: 'fancy' }, 'format: "fancy" is not one of blocks, text, compact'],
      [{ date: TARGET, 'unit-display': 'tiny' }, 'unit-display: "tiny" is not one of long, short, narrow'],
    ];
    for (const [attributes, message] of cases) {
      it(`explains ${message.slice(0, message.indexOf(':'))} ${JSON.stringify(attributes)}`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await countdown({ title: 'Season 2', ...attributes });
        expect(el.hasAttribute('invalid')).to.equal(true);
        expect(text(part(el, 'error'))).to.equal(message);
        expect(text(part(el, 'title'))).to.equal('Season 2');
        expect(part(el, 'countdown')).to.equal(null);
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0]).to.contain(message);
        expect(fakeClock().countTimers()).to.equal(0);
      });
    }

    it('recovers when the attribute is fixed, without touching other instances', async () => {
      sinon.stub(console, 'warn');
      useClock(START_MS);
      const wrapper = await fixture(html`<div lang="en">
        <release-countdown date="nonsense"></release-countdown>
        <release-countdown date=${TARGET}></release-countdown>
      </div>`);
      const [bad, good] = [...wrapper.querySelectorAll('release-countdown')];
      await Promise.all([bad.updateComplete, good.updateComplete]);
      expect(bad.hasAttribute('invalid')).to.equal(true);
      expect(shown(good)).to.equal('3 days 4 hours 5 minutes 6 seconds');

      bad.setAttribute('date', TARGET);
      await bad.updateComplete;
      expect(bad.hasAttribute('invalid')).to.equal(false);
      expect(part(bad, 'error')).to.equal(null);
      expect(shown(bad)).to.equal('3 days 4 hours 5 minutes 6 seconds');
    });

    it('warns once per distinct problem, not on every render', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await countdown({ date: 'soon', title: 'A' });
      el.setAttribute('title', 'B');
      await el.updateComplete;
      el.setAttribute('date', 'later');
      await el.updateComplete;
      expect(warn.callCount).to.equal(2);
    });

    it('renders title and released text as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      useClock(TARGET_MS + 1000);
      const el = await fixture<ReleaseCountdown>(
        html`<release-countdown date=${TARGET} title=${payload} released-text=${payload}></release-countdown>`,
      );
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal(payload);
      expect(text(part(el, 'released'))).to.equal(payload);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    it('is a timer named by the title that reads the time in words', async () => {
      const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'en' });
      const timer = part(el, 'countdown')!;
      expect(timer.getAttribute('role')).to.equal('timer');
      expect(timer.getAttribute('aria-live')).to.equal(null);
      const name = el.shadowRoot!.getElementById(timer.getAttribute('aria-labelledby')!);
      expect(text(name)).to.equal('Season 2');
      expect(spoken(el)).to.equal('3 days, 4 hours, and 5 minutes');
      expect(timer.querySelector('.shown')!.getAttribute('aria-hidden')).to.equal('true');
      // The spoken phrase does not change every second.
      await advance(el, 1000);
      expect(spoken(el)).to.equal('3 days, 4 hours, and 5 minutes');
    });

    it('reads seconds once they are all that is left', async () => {
      const el = await countdown({ date: TARGET, lang: 'en' }, TARGET_MS - 30_000);
      expect(spoken(el)).to.equal('30 seconds');
    });

    it('announces the release once through a polite status region that was there all along', async () => {
      const el = await countdown({ date: TARGET, title: 'Season 2' }, TARGET_MS - 1000);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('');
      await advance(el, 1000);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(status);
      expect(text(status)).to.equal('Season 2 has been released!');
    });

    it('passes an axe check while counting, released and invalid', async () => {
      sinon.stub(console, 'warn');
      const wrapper = await fixture(html`<main lang="en">
        <release-countdown date="2999-01-01T00:00:00Z" title="Counting"></release-countdown>
        <release-countdown date="2000-01-01T00:00:00Z" title="Released"></release-countdown>
        <release-countdown date="bad" title="Invalid"></release-countdown>
      </main>`);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('is defined once, and a second copy of the script does not throw', async () => {
      expect(customElements.get('release-countdown')).to.equal(ReleaseCountdown);
      const copy = await import(/* @vite-ignore */ `${new URL('../../src/index.ts', import.meta.url).href}?copy=2`);
      expect(copy.ReleaseCountdown).to.equal(ReleaseCountdown);
      expect(customElements.get('release-countdown')).to.equal(ReleaseCountdown);
    });
  });
});
