import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, part, parts, restoreClock, text, useClock } from '../element-helpers.js';

/**
 * Where countdowns break between browser engines, looked at through the element itself; like
 * every test file, it runs in Chromium, Firefox and WebKit. Date strings that other engines'
 * Date.parse rejects (Safari's NaN for "2022-12-15 11:00:00"), and themes made of ::part()
 * rules and custom properties reaching into the shadow tree.
 */

const TARGET_MS = Date.parse('2022-12-15T11:00:00Z');
/** 3 days 4 hours 5 minutes 6 seconds before the target. */
const START_MS = TARGET_MS - (((3 * 24 + 4) * 60 + 5) * 60 + 6) * 1000;

afterEach(() => {
  restoreClock();
  sinon.restore();
});

const values = (el: ReleaseCountdown) => parts(el, 'value').map(text);

describe('every date syntax the date attribute accepts, through the element', () => {
  const sameInstant: Array<[string, Record<string, string>]> = [
    ['ISO 8601 with Z', { date: '2022-12-15T11:00:00Z', 'time-zone': 'America/Los_Angeles' }],
    ['ISO 8601 with milliseconds', { date: '2022-12-15T11:00:00.000Z' }],
    ['ISO 8601 with an offset', { date: '2022-12-15T12:00:00+01:00' }],
    ['ISO 8601 with a compact offset', { date: '2022-12-15T20:00:00+0900' }],
    [
      'ISO 8601 without seconds or offset, in a named zone',
      { date: '2022-12-15T06:00', 'time-zone': 'America/New_York' },
    ],
    ['SQL style, which Safari’s Date.parse rejects', { date: '2022-12-15 12:00:00', 'time-zone': 'Europe/Berlin' }],
    ['SQL style without seconds', { date: '2022-12-15 11:00', 'time-zone': 'UTC' }],
    ['RFC 2822', { date: 'Thu, 15 Dec 2022 11:00:00 +0000', 'time-zone': 'Asia/Tokyo' }],
    ['a fixed offset zone', { date: '2022-12-15T20:00', 'time-zone': 'UTC+9' }],
  ];
  for (const [name, attributes] of sameInstant) {
    it(`${name}: ${attributes.date}`, async () => {
      const el = await countdown({ lang: 'en', ...attributes }, START_MS);
      expect(text(part(el, 'error'))).to.equal('');
      expect(values(el)).to.deep.equal(['3', '4', '5', '6']);
    });
  }

  it('a date alone is midnight in time-zone', async () => {
    const el = await countdown({ date: '2022-12-16', 'time-zone': 'Asia/Tokyo', lang: 'en' }, START_MS);
    // Midnight in Tokyo is 15:00 UTC the day before: 4 hours after the target above.
    expect(values(el)).to.deep.equal(['3', '8', '5', '6']);
  });

  it('a Date set as the property', async () => {
    const el = await countdown({ lang: 'en' }, START_MS);
    el.date = new Date(TARGET_MS);
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['3', '4', '5', '6']);
  });

  for (const date of ['2022/12/15 11:00', '12/15/2022', 'December 15, 2022']) {
    it(`rejects ${date}, which only some engines’ Date.parse reads, with the same message everywhere`, async () => {
      sinon.stub(console, 'warn');
      const el = await countdown({ date, lang: 'en' }, START_MS);
      expect(el.hasAttribute('invalid')).to.equal(true);
      expect(text(part(el, 'error'))).to.equal(
        `date: "${date}" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z`,
      );
    });
  }
});

describe('theming through ::part() and custom properties', () => {
  async function themed(nowMs: number): Promise<ReleaseCountdown> {
    useClock(nowMs);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <style>
        .themed {
          font-size: 16px;
          --release-countdown-gap: 20px;
          --release-countdown-value-size: 30px;
          --release-countdown-label-size: 10px;
          --release-countdown-value-color: rgb(1, 2, 3);
          --release-countdown-label-color: rgb(4, 5, 6);
          --release-countdown-unit-background: rgb(7, 8, 9);
        }
        .themed::part(title) { text-transform: uppercase; }
        .themed::part(date) { display: none; }
        .themed::part(unit) { padding: 2px; }
        .themed::part(days) { border-left: 3px solid rgb(10, 11, 12); }
        .themed::part(value tick) { outline: 1px solid rgb(13, 14, 15); }
        .themed::part(released) { color: rgb(16, 17, 18); }
      </style>
      <release-countdown class="themed" date="2022-12-15T11:00:00Z" title="Season 2"></release-countdown>
    </div>`);
    const el = wrapper.querySelector('release-countdown')!;
    await el.updateComplete;
    return el;
  }

  it('styles each part and takes each custom property', async () => {
    const el = await themed(START_MS);
    const style = (node: Element | null) => getComputedStyle(node!);
    expect(style(part(el, 'title')).textTransform).to.equal('uppercase');
    expect(style(part(el, 'date')).display).to.equal('none');
    expect(style(part(el, 'countdown')!.querySelector('.shown')).columnGap).to.equal('20px');
    const units = parts(el, 'unit');
    expect(units.map((unit) => style(unit).paddingTop)).to.deep.equal(['2px', '2px', '2px', '2px']);
    expect(units.map((unit) => style(unit).backgroundColor)).to.deep.equal(Array(4).fill('rgb(7, 8, 9)'));
    expect(units.map((unit) => style(unit).borderLeftWidth)).to.deep.equal(['3px', '0px', '0px', '0px']);
    for (const value of parts(el, 'value')) {
      expect(style(value).fontSize).to.equal('30px');
      expect(style(value).color).to.equal('rgb(1, 2, 3)');
      expect(style(value).outlineColor).to.equal('rgb(13, 14, 15)');
    }
    for (const label of parts(el, 'label')) {
      expect(style(label).fontSize).to.equal('10px');
      expect(style(label).color).to.equal('rgb(4, 5, 6)');
    }
  });

  it('follows a value from tick to tock, and styles the released part', async () => {
    const el = await themed(TARGET_MS - 2000);
    const seconds = () => parts(el, 'value').at(-1)!;
    await advance(el, 1000);
    expect(seconds().getAttribute('part')).to.equal('value tock');
    expect(getComputedStyle(seconds()).outlineStyle).to.equal('none');
    await advance(el, 1000);
    expect(el.released).to.equal(true);
    expect(getComputedStyle(part(el, 'released')!).color).to.equal('rgb(16, 17, 18)');
  });
});
