import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, part, restoreClock, restoreFakes, text, useClock } from '../element-helpers.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
const DAY = 86_400_000;

afterEach(restoreFakes);

describe('<release-countdown after="count-up">', () => {
  it('keeps the released message and adds how long ago, counting up every second', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'en', after: 'count-up' }, TARGET_MS - 1000);
    expect(part(el, 'elapsed')).to.equal(null);
    await advance(el, 1000);
    expect(el.released).to.equal(true);
    expect(text(part(el, 'released'))).to.equal('Season 2 has been released!');
    expect(text(part(el, 'elapsed'))).to.equal('now');
    await advance(el, 5000);
    expect(text(part(el, 'elapsed'))).to.equal('5 seconds ago');
    await advance(el, 55_000);
    expect(text(part(el, 'elapsed'))).to.equal('1 minute ago');
  });

  it('reads "Released 3 days ago" on one line with released-text="Released"', async () => {
    const el = await countdown(
      { date: TARGET, lang: 'en', after: 'count-up', 'released-text': 'Released' },
      TARGET_MS + 3 * DAY + 5 * 3_600_000,
    );
    const released = part(el, 'released')!;
    const elapsed = part(el, 'elapsed')!;
    expect(el.shadowRoot!.textContent!.endsWith('Released 3 days ago')).to.equal(true);
    expect(Math.round(released.getBoundingClientRect().top)).to.equal(Math.round(elapsed.getBoundingClientRect().top));
  });

  it('changes "3 days ago" to "4 days ago" exactly four days after the target', async () => {
    const el = await countdown({ date: TARGET, lang: 'en', after: 'count-up' }, TARGET_MS + 4 * DAY - 1000);
    expect(text(part(el, 'elapsed'))).to.equal('3 days ago');
    await advance(el, 1000);
    expect(text(part(el, 'elapsed'))).to.equal('4 days ago');
  });

  it('is localized by Intl in the element’s language', async () => {
    const el = await countdown(
      { date: TARGET, lang: 'de', after: 'count-up', units: 'weeks days' },
      TARGET_MS + 15 * DAY,
    );
    expect(text(part(el, 'elapsed'))).to.equal('vor 2 Wochen');
  });

  it('fires `released` once and reflects it, as without count-up', async () => {
    const el = await countdown({ date: TARGET, after: 'count-up' }, TARGET_MS - 1000);
    const listener = sinon.spy();
    el.addEventListener('released', listener);
    await advance(el, 1000);
    await advance(el, 10_000);
    expect(listener.callCount).to.equal(1);
    expect(el.hasAttribute('released')).to.equal(true);
    expect(part(el, 'countdown')).to.equal(null);
  });

  it('holds a timer while counting up, and none once removed', async () => {
    const clock = useClock(TARGET_MS + 1000);
    const container = await fixture<HTMLDivElement>(html`<div>
      <release-countdown date=${TARGET} after="count-up"></release-countdown>
      <release-countdown date=${TARGET} after="count-up"></release-countdown>
      <release-countdown date=${TARGET}></release-countdown>
    </div>`);
    await Promise.all([...container.children].map((child) => (child as ReleaseCountdown).updateComplete));
    expect(clock.countTimers()).to.equal(1);
    container.replaceChildren();
    expect(clock.countTimers()).to.equal(0);
  });

  it('is released with no event and no zeros when loaded after the target', async () => {
    useClock(TARGET_MS + 2 * 3_600_000);
    const listener = sinon.spy();
    document.addEventListener('released', listener);
    const el = await fixture<ReleaseCountdown>(
      html`<release-countdown lang="en" date=${TARGET} after="count-up"></release-countdown>`,
    );
    document.removeEventListener('released', listener);
    expect(text(part(el, 'elapsed'))).to.equal('2 hours ago');
    expect(listener.called).to.equal(false);
  });

  it('keeps the changing phrase out of the live region, so it is announced once', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', after: 'count-up' }, TARGET_MS - 1000);
    await advance(el, 3000);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(text(status)).to.equal('Season 2 has been released!');
    expect(status.contains(part(el, 'elapsed'))).to.equal(false);
  });

  it('switches live between the message and count-up', async () => {
    const el = await countdown({ date: TARGET, lang: 'en' }, TARGET_MS + 3 * DAY);
    expect(part(el, 'elapsed')).to.equal(null);
    el.setAttribute('after', 'count-up');
    await el.updateComplete;
    expect(text(part(el, 'elapsed'))).to.equal('3 days ago');
    el.afterRelease = 'message';
    await el.updateComplete;
    expect(part(el, 'elapsed')).to.equal(null);
  });

  it('explains an unknown value', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await countdown({ date: TARGET, after: 'fireworks' }, TARGET_MS);
    expect(el.hasAttribute('invalid')).to.equal(true);
    expect(text(part(el, 'error'))).to.equal('after: "fireworks" is not one of message, count-up');
    expect(warn.callCount).to.equal(1);
  });

  it('passes an axe check', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'en', after: 'count-up' }, TARGET_MS + DAY);
    restoreClock(); // axe waits on real timers
    await expect(el).to.be.accessible();
  });
});
