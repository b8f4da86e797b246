import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { fakeClock, restoreFakes } from '../element-helpers.js';
import { closeFrames, openPage, reportsDelivered, type CspWindow } from '../strict-csp-page.js';

/**
 * The embed file leaves out the Luxon modules the element never runs (vite.config.ts,
 * `luxonWithoutUnusedModules`): it must read, count and show exactly what the source does,
 * through every path that reaches Luxon.
 */
const NOW_MS = Date.parse('2025-03-20T11:59:58Z');

const EVERY_LUXON_PATH: Array<Record<string, string>> = [
  { date: '2025-03-20T12:00:00Z', lang: 'en' },
  { date: '2025-03-30T02:30', 'time-zone': 'Europe/Berlin', lang: 'de' },
  { date: '2025-10-26T02:30', 'time-zone': 'Europe/Berlin', lang: 'de', units: 'months days hours' },
  { date: 'Thu, 20 Mar 2025 12:00:00 +0000', lang: 'en', format: 'text' },
  { date: '2025-03-21 12:00:00', 'time-zone': 'Asia/Tokyo', lang: 'ja', format: 'compact' },
  { date: '2026-05-31T09:00', 'time-zone': 'UTC+9', units: 'years months weeks days', lang: 'fr' },
  { date: '2025-01-31T20:00', repeat: 'monthly', until: '2025-06-30', 'time-zone': 'America/New_York', lang: 'en' },
  { date: '2025-03-13T12:00:00Z', repeat: 'P1W', 'released-for': 'P7DT23H59M', lang: 'en' },
  { date: '2023-01-31T12:00:00Z', after: 'count-up', units: 'years months days', lang: 'en' },
  { date: '2025-03-20T12:00:00Z', calendar: '', title: 'Launch', lang: 'en' },
  { date: '2025-03-20T12:00:00Z', 'time-zone': 'Mars/Olympus' },
  { date: '2025-03-20T12:00:00Z', repeat: 'fortnightly' },
  { date: '2025-03-20T12:00:00Z', repeat: 'daily', 'released-for': 'an hour' },
  { date: '2025-03-20T12:00:00Z', repeat: 'daily', until: '2025-03-01' },
];

/** Everything a countdown shows, and its calendar file. */
function seen(el: ReleaseCountdown): string {
  const root = el.shadowRoot!;
  const link = root.querySelector('a[part="calendar"]');
  // The page's address (and so the event's UID) names the build loaded; the time stamp is the real clock's.
  const ics = link
    ? decodeURIComponent(link.getAttribute('href')!)
        .replace(/^(DTSTAMP|UID):.*$/gm, '')
        .replace(/\?load=\w+/g, '')
    : '';
  return `${el.released} ${root.textContent} ${ics}`;
}

/**
 * Every countdown mounted and settled: rendered, and told by the page's IntersectionObservers
 * whether it is on screen (one off screen pauses), so that both builds are compared in the same
 * state whatever the engine's timing. The frame's timers are faked: the real ones are this window's.
 */
async function mountEvery(win: CspWindow): Promise<ReleaseCountdown[]> {
  const all = win.mount(EVERY_LUXON_PATH);
  await Promise.all(all.map((el) => el.updateComplete));
  for (let frame = 0; frame < 3; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  return all;
}

afterEach(() => {
  restoreFakes();
  closeFrames();
});

describe('the embed file', () => {
  it('shows what the source shows, through every path that reaches Luxon, and throws nothing', async () => {
    const runs: string[][] = [];
    for (const load of ['source', 'bundle']) {
      const win = await openPage(load, NOW_MS);
      sinon.stub(win.console, 'warn');
      const all = await mountEvery(win);
      const shown = [all.map(seen)];
      fakeClock().tick(3000);
      await Promise.all(all.map((el) => el.updateComplete));
      shown.push(all.map(seen));
      await reportsDelivered();
      expect(win.report().errors).to.deep.equal([]);
      runs.push(shown.flat());
      closeFrames();
      restoreFakes();
    }
    const [source, bundle] = runs;
    expect(source.filter((line) => line.startsWith('true')).length, 'some have released').to.be.above(2);
    expect(bundle).to.deep.equal(source);
  });
});
