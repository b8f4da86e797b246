import { DateTime } from 'luxon';
import { formatDateLine } from '../src/text/format.js';

/**
 * The embed builder's output: the smallest snippet that shows the chosen countdown, a script
 * tag, a link to the CSS that reserves its room before the script runs (release-countdown.css,
 * beside the script), the chosen theme's CSS, and the element, with no attribute that only
 * repeats a default, around a fallback shaped like what it will show.
 * Pure: the builder page reads its form into `EmbedOptions` and shows what this returns.
 */
export interface EmbedOptions {
  /** Where the page will load release-countdown.js from; release-countdown.css is beside it. */
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
  /**
   * The theme's class and its CSS file, or undefined for the unstyled element. An inline theme
   * (in a sentence, a pill) has the date as its fallback, as text, rather than lines.
   */
  theme: { name: string; css: string; inline?: boolean } | undefined;
  calendar: boolean;
  countUp: boolean;
  /** Whether the date has passed when the snippet is made: the fallback is then the released message. */
  released: boolean;
}

const UNIT_ORDER = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
const DEFAULT_UNITS = ['days', 'hours', 'minutes', 'seconds'];

export function embedSnippet(options: EmbedOptions): string {
  const css = themeCss(options.theme?.css ?? '');
  const attributes = elementAttributes(options)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  return [
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`,
    `<link rel="stylesheet" href="${escapeAttribute(stylesheetBeside(options.scriptUrl))}">`,
    ...(css ? ['<style>', css, '</style>'] : []),
    `<release-countdown ${attributes}>`,
    ...fallbackLines(options).map((line) => `  ${line}`),
    '</release-countdown>',
  ].join('\n');
}

/**
 * Where release-countdown.css is, the rules that lay the fallback out like the parts it stands
 * for: next to the script, as on every host of the two files (this site, the CDN, a release).
 */
export function stylesheetBeside(scriptUrl: string): string {
  try {
    return new URL('release-countdown.css', scriptUrl.trim()).href;
  } catch {
    // A relative address stays relative: the last step of its path is replaced.
    return scriptUrl.trim().replace(/[^/]*$/, 'release-countdown.css');
  }
}

/**
 * What the element holds before its script runs, or shows without JavaScript: one line per
 * part it will show, marked with that part's name, so that release-countdown.css and the theme
 * give each line the part's room. The countdown's line is left empty: its numbers depend on the moment.
 */
export function fallbackLines(options: EmbedOptions): string[] {
  const date = escapeText(fallbackText(options));
  if (options.theme?.inline) return [date];
  const title = options.title.trim();
  const lines = title ? [`<div part="title">${escapeText(title)}</div>`] : [];
  lines.push(`<div part="date">${date}</div>`);
  if (options.released) {
    const releasedText = options.releasedText.trim() || (title ? `${title} has been released!` : 'Released!');
    lines.push(`<div part="released">${escapeText(releasedText)}</div>`);
  } else {
    lines.push('<div part="countdown"></div>');
    if (options.calendar) lines.push('<div part="calendar"></div>');
  }
  return lines;
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
 * The date line, as the element will show it in the snippet's language (English when the page's
 * own is used), so that it takes the same room: "March 12, 2027 at 9:00 AM GMT+1". A date or
 * zone the element would not read is shown as entered.
 */
export function fallbackText({ date, time, timeZone, lang }: EmbedOptions): string {
  const zone = timeZone.trim();
  const target = DateTime.fromISO(`${date}T${time}`, { zone });
  // Luxon reads 2027-13-45 as invalid, and so does the element.
  if (!zone || !target.isValid) return `${date} ${time} (${zone})`.trim();
  return formatDateLine(target.toMillis(), target.zone, lang.trim() || 'en');
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
