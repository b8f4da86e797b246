/**
 * The release slot the embed builder proposes: 9 AM a month from today, a plausible one.
 * builder.html is served with it (vite.config.ts writes it in, when the site is built or served),
 * so that the date and time fields are not filled by the script after the first paint, which
 * moves their text; the script sets it again from the visitor's own clock.
 */
export const DEFAULT_RELEASE_TIME = '09:00';

/**
 * A month after `now`'s day in the zone of the clock that runs this, as `<input type=date>`
 * reads it: 2027-03-12. A day the next month lacks becomes its last, as with Luxon's
 * `plus({ months: 1 })`: January 31 → February 28. Plain Date arithmetic, not Luxon: it needs no
 * Intl date formatter (the page's first one loads the locale's data, a long task on a phone), and
 * vite.config.ts runs it too.
 */
export function defaultReleaseDate(now: Date): string {
  // Day 0 of the month after next is the last day of next month.
  const lastDay = new Date(now.getFullYear(), now.getMonth() + 2, 0);
  const day = Math.min(now.getDate(), lastDay.getDate());
  return [
    String(lastDay.getFullYear()).padStart(4, '0'),
    String(lastDay.getMonth() + 1).padStart(2, '0'),
    String(day).padStart(2, '0'),
  ].join('-');
}
