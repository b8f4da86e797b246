import { expect } from '@open-wc/testing';
import { Info, Settings } from 'luxon';
import { readConfig } from '../../src/config/countdown-config.js';
import { parseReleasedFor, parseRepeat } from '../../src/config/recurrence.js';
import { formatDateLine } from '../../src/text/format.js';
import { elapsedSince } from '../../src/time/elapsed.js';
import { remainingUntil } from '../../src/time/remaining.js';

/**
 * Luxon asks a `new Intl.DateTimeFormat()`, made without a locale, for the browser's locale
 * whenever it is given none, once a page: tens of milliseconds before a page's first countdown
 * is shown. Counted here: every Intl.DateTimeFormat made without a locale.
 */
describe("Luxon is told the locale, and never asks for the browser's", () => {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  let madeWithoutLocale = 0;
  beforeEach(() => {
    // Forget what Luxon remembers, the browser's locale among it, as on a fresh page.
    Settings.resetCaches();
    madeWithoutLocale = 0;
    const count = (args: unknown[]) => {
      if (args[0] === undefined) madeWithoutLocale += 1;
    };
    Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
      construct: (target, args) => (count(args), Reflect.construct(target, args) as object),
      apply: (target, thisArg, args) => (count(args), Reflect.apply(target, thisArg, args) as unknown),
    });
  });
  afterEach(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  const config = (properties: Record<string, string>) =>
    readConfig({
      date: null,
      timeZone: null,
      units: null,
      format: null,
      unitDisplay: null,
      repeat: null,
      until: null,
      releasedFor: null,
      afterRelease: null,
      ...properties,
    });

  // Text in RFC 2822 or SQL is first tried as ISO 8601, and Luxon makes the invalid result of that
  // try without the locale it was given: those ask once a page. So do years and months (Luxon's
  // own arithmetic makes a Duration without one), which only Luxon's page-wide
  // Settings.defaultLocale would stop, and a component must not change a page's Luxon settings.
  it('reading ISO 8601 dates, in a zone, with an offset and in the viewer’s', () => {
    config({ date: '2025-03-30T02:30', timeZone: 'Europe/Berlin' });
    config({ date: '2025-10-26T02:30:00+01:00', timeZone: 'America/New_York' });
    config({ date: '2025-12-15T11:00:00Z', units: 'days hours minutes seconds', format: 'compact' });
    expect(madeWithoutLocale).to.equal(0);
  });

  it('reading durations, counting down and up in fixed units', () => {
    parseRepeat('P1DT12H');
    parseReleasedFor('PT1H');
    const zone = Info.normalizeZone('Europe/Berlin')!;
    const now = Date.parse('2025-03-29T12:00:00Z');
    remainingUntil(Date.parse('2025-04-01T00:00:00Z'), now, ['days', 'hours', 'minutes', 'seconds'], zone);
    elapsedSince(Date.parse('2025-03-01T00:00:00Z'), now, ['weeks', 'days'], zone);
    expect(madeWithoutLocale).to.equal(0);
  });

  it('formatting the date line, in a given language and in the browser’s', () => {
    const target = Date.parse('2025-12-15T11:00:00Z');
    expect(formatDateLine(target, Info.normalizeZone('America/New_York')!, 'de')).to.contain('15. Dezember 2025');
    const inBrowserLanguage = formatDateLine(target + 60_000, Info.normalizeZone('system')!, undefined);
    expect(madeWithoutLocale).to.equal(0);
    Intl.DateTimeFormat = RealDateTimeFormat;
    expect(inBrowserLanguage).to.equal(
      new Intl.DateTimeFormat(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(target + 60_000),
    );
  });
});
