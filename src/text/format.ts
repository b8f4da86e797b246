import type { Zone } from 'luxon';
import type { UnitDisplay } from '../config/options.js';
import { isTimeOfDayUnit, type Unit } from '../time/units.js';
import { zonedTime } from '../time/zoned-time.js';
import type { UnitAmount } from '../time/remaining.js';
import { boundedCache } from './intl-cache.js';

/** A unit's number and its label, formatted apart so that blocks can stack them. */
export interface FormattedAmount {
  unit: Unit;
  value: string;
  label: string;
}

/** Intl's names for our units (Intl wants them singular). */
const INTL_UNIT: Record<Unit, string> = {
  years: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
};

/**
 * Formatters and resolved locales apart from formatted text, so that text that changes every
 * second (a sentence per countdown) never pushes out the formatters every countdown uses.
 */
const rememberFormatter = boundedCache();
const rememberText = boundedCache();

function unitFormatter(locale: string | undefined, unit: Unit, unitDisplay: UnitDisplay): Intl.NumberFormat {
  return rememberFormatter(
    `unit|${locale}|${unit}|${unitDisplay}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: INTL_UNIT[unit], unitDisplay }),
  );
}

function numberFormatter(locale: string | undefined): Intl.NumberFormat {
  return rememberFormatter(`number|${locale}`, () => new Intl.NumberFormat(locale));
}

function twoDigitFormatter(locale: string | undefined): Intl.NumberFormat {
  return rememberFormatter(
    `2-digit|${locale}`,
    () => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
  );
}

function listFormatter(locale: string | undefined, unitDisplay: UnitDisplay): Intl.ListFormat {
  return rememberFormatter(`list|${locale}|${unitDisplay}`, () =>
    unitDisplay === 'long'
      ? new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })
      : new Intl.ListFormat(locale, { type: 'unit', style: unitDisplay }),
  );
}

/**
 * A BCP 47 tag the Intl formatters accept, or undefined (the browser's locale) for an empty
 * or malformed one such as "en_US", which Intl would otherwise throw on.
 */
export function resolveLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  return rememberFormatter(`locale|${tag}`, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return undefined;
    }
  });
}

/** "3 days" split into "3" and "days", with the plural form the locale uses for 3. */
export function formatAmount(
  locale: string | undefined,
  { unit, amount }: UnitAmount,
  unitDisplay: UnitDisplay,
): FormattedAmount {
  return rememberText(`amount|${locale}|${unit}|${unitDisplay}|${amount}`, () => {
    const parts = unitFormatter(locale, unit, unitDisplay).formatToParts(amount);
    const { value, label } = splitNumber(locale, parts, amount);
    return { unit, value, label: label.trim() };
  });
}

/**
 * Splits a formatted unit into its number and the rest, spacing included. Some locales spell
 * small numbers into the unit (Arabic "يومان", two days): then the whole phrase is the label
 * and the digits are still shown.
 */
function splitNumber(
  locale: string | undefined,
  parts: Intl.NumberFormatPart[],
  amount: number,
): { value: string; label: string } {
  const isNumber = (part: Intl.NumberFormatPart) => part.type !== 'unit' && part.type !== 'literal';
  const value = parts
    .filter(isNumber)
    .map((part) => part.value)
    .join('');
  const label = parts
    .filter((part) => !isNumber(part))
    .map((part) => part.value)
    .join('');
  return { value: value === '' ? numberFormatter(locale).format(amount) : value, label };
}

/** One localized sentence, zero units left out: "3 days, 4 hours, 5 minutes, and 6 seconds". */
export function formatSentence(
  locale: string | undefined,
  amounts: readonly UnitAmount[],
  unitDisplay: UnitDisplay,
): string {
  const nonZero = amounts.filter(({ amount }) => amount > 0);
  const shown = nonZero.length > 0 ? nonZero : amounts.slice(-1);
  const key = shown.map(({ unit, amount }) => `${amount} ${unit}`).join();
  return rememberText(`sentence|${locale}|${unitDisplay}|${key}`, () =>
    listFormatter(locale, unitDisplay).format(
      shown.map(({ unit, amount }) => unitFormatter(locale, unit, unitDisplay).format(amount)),
    ),
  );
}

/**
 * Digital style, "3d 04:05:06": calendar and day units with narrow labels, time-of-day units
 * as two digits joined by colons. Each piece says what separates it from the one before.
 */
export function formatCompact(
  locale: string | undefined,
  amounts: readonly UnitAmount[],
): Array<FormattedAmount & { separator: string }> {
  return amounts.map((amount, index) => {
    const previous = amounts[index - 1];
    const separator = !previous ? '' : isTimeOfDayUnit(previous.unit) && isTimeOfDayUnit(amount.unit) ? ':' : ' ';
    const piece = rememberText(`compact|${locale}|${amount.unit}|${amount.amount}`, () => {
      if (isTimeOfDayUnit(amount.unit)) return { value: twoDigitFormatter(locale).format(amount.amount), label: '' };
      const parts = unitFormatter(locale, amount.unit, 'narrow').formatToParts(amount.amount);
      return splitNumber(locale, parts, amount.amount);
    });
    return { unit: amount.unit, ...piece, separator };
  });
}

/**
 * "3 days ago", "vor 3 Tagen", "3 日前": how long ago the release was, for `after="count-up"`.
 * Zero reads the way the locale says it ("now", "today"), not "0 seconds ago".
 */
export function formatElapsed(locale: string | undefined, { unit, amount }: UnitAmount): string {
  const numeric = amount === 0 ? 'auto' : 'always';
  const formatter = rememberFormatter(
    `relative|${locale}|${numeric}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric }),
  );
  return formatter.format(-amount, INTL_UNIT[unit] as Intl.RelativeTimeFormatUnit);
}

/** "December 15, 2022 at 11:00 AM UTC": the target in `zone`, with the zone named. */
export function formatDateLine(epochMs: number, zone: Zone, locale: string | undefined): string {
  // A page listing a thousand releases formats a handful of distinct lines. The system zone is
  // keyed by its type: asking its name costs an Intl call.
  const zoneKey = zone.type === 'system' ? 'system' : zone.name;
  return rememberText(`date|${epochMs}|${zoneKey}|${locale}`, () =>
    zonedTime(epochMs, zone).toLocaleString(
      {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      },
      { locale: locale ?? browserLocale() },
    ),
  );
}

/**
 * The locale Intl formats in when given none, named for Luxon, which would otherwise ask a new
 * `Intl.DateTimeFormat` for it: read from the number formatter the page makes anyway.
 */
function browserLocale(): string {
  return rememberFormatter('browser-locale', () => numberFormatter(undefined).resolvedOptions().locale);
}
