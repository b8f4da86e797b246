/**
 * The embed builder's output: the smallest snippet that shows the chosen countdown, a script
 * tag, the chosen theme's CSS and the element, with no attribute that only repeats a default.
 * Pure: the builder page reads its form into `EmbedOptions` and shows what this returns.
 */
export interface EmbedOptions {
  /** Where the page will load release-countdown.js from. */
  scriptUrl: string;
  /** Wall-clock date and time in `timeZone`, as `<input type=date>` and `<input type=time>` give them: 2027-03-12, 09:00. */
  date: string;
  time: string;
  timeZone: string;
  title: string;
  releasedText: string;
  /** Units in any order; none means the element's default. */
  units: readonly string[];
  format: string;
  unitDisplay: string;
  /** A BCP 47 tag, or empty for the page's own language. */
  lang: string;
  /** The theme's class and its CSS file, or undefined for the unstyled element. */
  theme: { name: string; css: string } | undefined;
  calendar: boolean;
  countUp: boolean;
}

const UNIT_ORDER = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
const DEFAULT_UNITS = ['days', 'hours', 'minutes', 'seconds'];

export function embedSnippet(options: EmbedOptions): string {
  const lines = [`<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`];
  const css = options.theme ? themeCss(options.theme.css) : '';
  if (css) lines.push('<style>', css, '</style>');
  const attributes = elementAttributes(options)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  lines.push(`<release-countdown ${attributes}>`, `  ${escapeText(fallbackText(options))}`, '</release-countdown>');
  return lines.join('\n');
}

/**
 * The same countdown as a WordPress shortcode, for sites with the Release Countdown plugin
 * (wordpress/release-countdown/), whose authors may not paste scripts: the plugin loads the
 * script and the theme's CSS, and renders the element with these attributes.
 */
export function shortcodeSnippet(options: EmbedOptions): string {
  const attributes = elementAttributes(options).map(([name, value]) =>
    value === true ? name : `${name}="${escapeShortcodeValue(value)}"`,
  );
  return `[release_countdown ${attributes.join(' ')}]`;
}

/** The attributes worth writing, in the order a person would read them. */
export function elementAttributes(options: EmbedOptions): Array<[string, string | true]> {
  const title = options.title.trim();
  const releasedText = options.releasedText.trim();
  const defaultReleasedText = title ? `${title} has been released!` : 'Released!';
  const units = UNIT_ORDER.filter((unit) => options.units.includes(unit));
  const attributes: Array<[string, string | true | undefined | false]> = [
    ['class', options.theme?.name],
    ['date', `${options.date}T${options.time}`],
    // Always written: without it the date would be read in each visitor's own zone.
    ['time-zone', options.timeZone.trim()],
    ['title', title || undefined],
    ['released-text', releasedText && releasedText !== defaultReleasedText ? releasedText : undefined],
    ['units', units.length > 0 && units.join(' ') !== DEFAULT_UNITS.join(' ') ? units.join(' ') : undefined],
    ['format', options.format === 'blocks' ? undefined : options.format],
    // The compact format always uses its own short labels ("3d 04:05:06"), whatever unit-display says.
    ['unit-display', options.unitDisplay === 'long' || options.format === 'compact' ? undefined : options.unitDisplay],
    ['lang', options.lang.trim() || undefined],
    ['after', options.countUp ? 'count-up' : undefined],
    ['calendar', options.calendar],
  ];
  return attributes.filter(
    (entry): entry is [string, string | true] => entry[1] !== undefined && entry[1] !== false && entry[1] !== '',
  );
}

/**
 * What the element shows before its script loads, or without JavaScript: the wall-clock date
 * and time as the author entered them, and the zone, e.g. "March 12, 2027 at 9:00 AM (Europe/Berlin)".
 */
export function fallbackText({ date, time, timeZone, lang }: EmbedOptions): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 2027-13-45 over into 2028; only a date that survives the round trip is real.
  if (Number.isNaN(wallClock) || !new Date(wallClock).toISOString().startsWith(`${date}T${time}`)) {
    return `${date} ${time} (${timeZone})`.trim();
  }
  // Printed in UTC because the numbers already are the wall clock: no zone arithmetic.
  const formatted = new Intl.DateTimeFormat(lang.trim() || 'en', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(wallClock);
  return `${formatted} (${timeZone.replace(/_/g, ' ')})`;
}

/** The theme's CSS without its comments, which explain the file and are not needed on the page. */
export function themeCss(css: string): string {
  return css
    .replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n\s*\n(\s*\n)*/g, '\n\n')
    .trim();
}

/**
 * A double quote would end the value and a square bracket the shortcode; the plugin escapes
 * everything else when it writes the element, so `&` and `<` stay as typed.
 */
function escapeShortcodeValue(value: string): string {
  return value.replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
