import { expect } from '@open-wc/testing';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, part, restoreClock, restoreFakes, text } from '../element-helpers.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
const START_MS = Date.parse('2022-12-12T06:54:54Z');

afterEach(restoreFakes);

function link(el: ReleaseCountdown): HTMLAnchorElement | null {
  return part(el, 'calendar') as HTMLAnchorElement | null;
}

/** Whether the link is shown (a boolean, so that a failure message does not print a long data: URL). */
function hasLink(el: ReleaseCountdown): boolean {
  return link(el) !== null;
}

/** The .ics behind the link, unfolded, as a calendar app reads it. */
async function calendarLines(el: ReleaseCountdown): Promise<string[]> {
  const ics = await (await fetch(link(el)!.href)).text();
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('<release-countdown calendar>', () => {
  it('shows no link without the attribute', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2' }, START_MS);
    expect(hasLink(el)).to.equal(false);
  });

  it('links to an .ics download of the target, in UTC, with the title and this page', async () => {
    const el = await countdown(
      { date: '2022-12-15T20:00', 'time-zone': 'Asia/Tokyo', title: 'All of Us Are Dead, Season 2', calendar: '' },
      START_MS,
    );
    const anchor = link(el)!;
    expect(text(anchor)).to.equal('Add to calendar');
    expect(anchor.getAttribute('download')).to.equal('all-of-us-are-dead-season-2.ics');
    expect(anchor.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    const lines = await calendarLines(el);
    expect(lines).to.include('DTSTART:20221215T110000Z');
    expect(lines).to.include('SUMMARY:All of Us Are Dead\\, Season 2');
    expect(lines).to.include(`URL:${document.URL}`);
    expect(lines).to.include('DTSTAMP:20221212T065454Z');
  });

  it('falls back to the page title for an untitled countdown, then to "Release"', async () => {
    const pageTitle = document.title;
    document.title = 'Season 2 release date | The Binge';
    try {
      const el = await countdown({ date: TARGET, calendar: '' }, START_MS);
      expect(await calendarLines(el)).to.include('SUMMARY:Season 2 release date | The Binge');
      document.title = '';
      el.date = '2023-01-01T00:00:00Z';
      await el.updateComplete;
      expect(await calendarLines(el)).to.include('SUMMARY:Release');
    } finally {
      document.title = pageTitle;
    }
  });

  it('takes its text from the `calendar` slot', async () => {
    const el = await countdown({ date: TARGET, calendar: '' }, START_MS);
    el.innerHTML = '<span slot="calendar">In den Kalender</span>';
    const slot = link(el)!.querySelector('slot')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['In den Kalender']);
  });

  it('follows the date and title when they change, and is not rebuilt on a tick', async () => {
    const el = await countdown({ date: TARGET, title: 'One', calendar: '' }, START_MS);
    const firstHref = link(el)!.href;
    await advance(el, 5000);
    expect(link(el)!.href).to.equal(firstHref);
    el.title = 'Two';
    el.date = '2023-01-01T00:00:00Z';
    await el.updateComplete;
    const lines = await calendarLines(el);
    expect(lines).to.include('SUMMARY:Two');
    expect(lines).to.include('DTSTART:20230101T000000Z');
  });

  it('goes away once released, and with the attribute', async () => {
    const el = await countdown({ date: TARGET, calendar: '' }, TARGET_MS - 1000);
    el.calendar = false;
    await el.updateComplete;
    expect(hasLink(el)).to.equal(false);
    el.calendar = true;
    await el.updateComplete;
    expect(hasLink(el)).to.equal(true);
    await advance(el, 1000);
    expect(el.released).to.equal(true);
    expect(hasLink(el)).to.equal(false);
  });

  it('passes an axe check', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'en', calendar: '' }, START_MS);
    restoreClock(); // axe waits on real timers
    await expect(el).to.be.accessible();
  });
});
