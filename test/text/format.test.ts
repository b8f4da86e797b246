import { expect } from '@open-wc/testing';
import { Info } from 'luxon';
import {
  formatAmount,
  formatCompact,
  formatDateLine,
  formatElapsed,
  formatSentence,
  resolveLocale,
} from '../../src/text/format.js';
import type { UnitAmount } from '../../src/time/remaining.js';
import { inLocaleDataOf } from '../engine.js';

const SAMPLE: UnitAmount[] = [
  { unit: 'days', amount: 3 },
  { unit: 'hours', amount: 4 },
  { unit: 'minutes', amount: 5 },
  { unit: 'seconds', amount: 6 },
];

describe('formatAmount', () => {
  // Pinned to the Intl data of each engine the tests run in (test/engine.ts); plural rules
  // differ per locale.
  const cases: Array<[string, number, 'long' | 'short' | 'narrow', string, string]> = [
    ['en', 1, 'long', '1', 'day'],
    ['en', 0, 'long', '0', 'days'],
    ['en', 3, 'short', '3', 'days'],
    ['de', 1, 'long', '1', 'Tag'],
    ['de', 3, 'long', '3', 'Tage'],
    ['ja', 3, 'long', '3', '日'],
    ['pl', 1, 'long', '1', inLocaleDataOf('dzień', { webkit: 'doba' })],
    ['pl', 5, 'long', '5', inLocaleDataOf('dni', { webkit: 'dób' })],
    ['ar', 3, 'long', inLocaleDataOf('3', { webkit: '٣' }), 'أيام'],
    ['ar', 11, 'long', inLocaleDataOf('11', { webkit: '١١' }), 'يومًا'],
    // Arabic spells one and two into the word itself; the digits are still shown.
    ['ar', 2, 'long', inLocaleDataOf('2', { webkit: '٢' }), 'يومان'],
    ['ar', 1, 'long', inLocaleDataOf('1', { webkit: '١' }), 'يوم'],
  ];
  for (const [locale, amount, display, value, label] of cases) {
    it(`${locale}: ${amount} days, ${display}`, () => {
      expect(formatAmount(locale, { unit: 'days', amount }, display)).to.deep.equal({ unit: 'days', value, label });
    });
  }

  it('groups large numbers the locale’s way', () => {
    expect(formatAmount('de', { unit: 'seconds', amount: 86400 }, 'long').value).to.equal('86.400');
  });
});

describe('formatSentence', () => {
  const cases: Array<[string, 'long' | 'short' | 'narrow', UnitAmount[], string]> = [
    ['en', 'long', SAMPLE, '3 days, 4 hours, 5 minutes, and 6 seconds'],
    ['en', 'short', SAMPLE, '3 days, 4 hr, 5 min, 6 sec'],
    ['en', 'narrow', SAMPLE, '3d 4h 5m 6s'],
    ['de', 'long', SAMPLE, '3 Tage, 4 Stunden, 5 Minuten und 6 Sekunden'],
    ['ja', 'long', SAMPLE, '3 日、4 時間、5 分、6 秒'],
    [
      'en',
      'long',
      [
        { unit: 'days', amount: 0 },
        { unit: 'hours', amount: 1 },
        { unit: 'minutes', amount: 0 },
      ],
      '1 hour',
    ],
    ['en', 'long', [{ unit: 'minutes', amount: 0 }], '0 minutes'],
  ];
  for (const [locale, display, amounts, expected] of cases) {
    it(`${locale} ${display}: ${expected}`, () => {
      expect(formatSentence(locale, amounts, display)).to.equal(expected);
    });
  }
});

describe('formatCompact', () => {
  const text = (locale: string, amounts: UnitAmount[]) =>
    formatCompact(locale, amounts)
      .map(({ separator, value, label }) => `${separator}${value}${label}`)
      .join('');

  it('digital style with a day count', () => {
    expect(text('en', SAMPLE)).to.equal('3d 04:05:06');
  });
  it('hours absorbing days', () => {
    expect(
      text('en', [
        { unit: 'hours', amount: 50 },
        { unit: 'minutes', amount: 5 },
      ]),
    ).to.equal('50:05');
  });
  it('localized day label', () => {
    expect(text('de', SAMPLE)).to.equal('3 T 04:05:06');
  });
});

describe('resolveLocale', () => {
  it('canonicalizes a tag', () => {
    expect(resolveLocale('EN-us')).to.equal('en-US');
  });
  it('falls back to the browser for a malformed tag instead of throwing', () => {
    expect(resolveLocale('en_US')).to.equal(undefined);
    expect(resolveLocale('')).to.equal(undefined);
  });
});

describe('formatDateLine', () => {
  const ms = Date.parse('2022-12-15T11:00:00Z');
  it('shows the reference line in UTC', () => {
    expect(formatDateLine(ms, Info.normalizeZone('UTC'), 'en')).to.equal('December 15, 2022 at 11:00 AM UTC');
  });
  it('shows the time in the given zone with its name', () => {
    expect(formatDateLine(ms, Info.normalizeZone('America/New_York'), 'en')).to.equal(
      'December 15, 2022 at 6:00 AM EST',
    );
  });
  it('localizes', () => {
    expect(formatDateLine(ms, Info.normalizeZone('Europe/Berlin'), 'de')).to.equal('15. Dezember 2022 um 12:00 MEZ');
  });
});

describe('formatElapsed', () => {
  const cases: Array<[string, UnitAmount, string]> = [
    ['en', { unit: 'days', amount: 3 }, '3 days ago'],
    ['en', { unit: 'days', amount: 1 }, '1 day ago'],
    ['en', { unit: 'seconds', amount: 0 }, 'now'],
    ['en', { unit: 'days', amount: 0 }, 'today'],
    ['en', { unit: 'weeks', amount: 2 }, '2 weeks ago'],
    ['en', { unit: 'days', amount: 1234 }, '1,234 days ago'],
    ['de', { unit: 'days', amount: 3 }, 'vor 3 Tagen'],
    ['ja', { unit: 'months', amount: 2 }, '2 か月前'],
    ['pl', { unit: 'years', amount: 5 }, '5 lat temu'],
    ['ar', { unit: 'hours', amount: 3 }, inLocaleDataOf('قبل 3 ساعات', { webkit: 'قبل ٣ ساعات' })],
  ];
  for (const [locale, amount, expected] of cases) {
    it(`${locale} ${amount.amount} ${amount.unit} → ${expected}`, () => {
      expect(formatElapsed(locale, amount)).to.equal(expected);
    });
  }
});
