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

/**
 * The same countdown as a Hugo shortcode (integrations/hugo/), which writes the element, its
 * fallback and, once per page, the script and release-countdown.css. Inside a quoted value Hugo
 * reads \" as a quote but drops any other backslash, so a value holding one is written raw,
 * between backticks; the shortcode escapes everything when it writes the element.
 */
export function hugoSnippet(options: EmbedOptions): string {
  const attributes = elementAttributes(options).map(([name, value]) => {
    if (value === true) return `${name}=true`;
    if (value.includes('\\') && !value.includes('`')) return `${name}=\`${value}\``;
    return `${name}="${value.replace(/"/g, '\\"')}"`;
  });
  return `{{< release-countdown ${attributes.join(' ')} >}}`;
}

/**
 * The same countdown as a Jekyll include (integrations/jekyll/). Inside a double-quoted value
 * Jekyll reads \" as a quote, and the include reads %\} as the %} that would end the Liquid tag;
 * the include escapes everything when it writes the element.
 */
export function jekyllSnippet(options: EmbedOptions): string {
  const attributes = elementAttributes(options).map(([name, value]) =>
    value === true ? `${name}=true` : `${name}="${value.replace(/"/g, '\\"').replace(/%}/g, '%\\}')}"`,
  );
  return `{% include release-countdown.html ${attributes.join(' ')} %}`;
}

/**
 * The same countdown as the Eleventy plugin's shortcode (integrations/eleventy/): Liquid passes
 * values by position only, so the attributes are one single-quoted string, written as in HTML;
 * the plugin decodes the entities and escapes the values again when it writes the element.
 * `%}` would end the Liquid tag, so its brace is an entity too.
 */
export function eleventySnippet(options: EmbedOptions): string {
  const attributes = elementAttributes(options).map(([name, value]) =>
    value === true
      ? name
      : `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/%}/g, '%&#125;')}"`,
  );
  return `{% releaseCountdown '${attributes.join(' ')}' %}`;
}

/**
 * The iframe page's address for the same countdown, beside the builder on the site that serves
 * it: the element's attributes as the query, the theme as `theme`. Colons and slashes stay as
 * typed (they need no escape in a query), so that the address reads like the snippet.
 */
export function embedAddress(options: EmbedOptions, builderUrl: string): string {
  const query = elementAttributes(options)
    .map(([name, value]) => [name === 'class' ? 'theme' : name, value === true ? 'true' : value])
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2F/g, '/')}`)
    .join('&');
  return `${new URL('embed.html', builderUrl).href}?${query}`;
}

/**
 * For platforms that take an iframe but no script (Notion, Google Sites, WordPress.com): the
 * iframe page in a frame as tall as the countdown it shows, so that a host that cannot follow
 * the page's height messages still shows all of it. A host page that may run a script can
 * follow them, and fit the frame to any title length or language:
 *
 *   <script>
 *     addEventListener('message', (event) => {
 *       if (event.data?.type !== 'release-countdown:height') return;
 *       for (const frame of document.querySelectorAll('iframe')) {
 *         if (frame.contentWindow === event.source) frame.height = event.data.height;
 *       }
 *     });
 *   </script>
 */
export function iframeSnippet(options: EmbedOptions, builderUrl: string): string {
  const title = options.title.trim() ? `Countdown to ${options.title.trim()}` : 'Release countdown';
  const src = escapeAttribute(embedAddress(options, builderUrl));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" style="border:0;width:100%" height="${iframeHeight(options)}" loading="lazy"></iframe>`;
}

/**
 * The iframe page's height in CSS pixels, per theme and format: [countdown and date line alone,
 * what a title adds, what the calendar link adds]. Measured in Chromium with the DejaVu fonts of
 * test/site/fonts.conf, with the default units, a three-digit day count and the longest English
 * date line, in frames 304 px wide (a 320 px phone's, inside the post's margins), 320, 1264 and
 * 1280 px wide, counting and released; each cell is the largest. What a title or the link adds is
 * the most it adds in any of them, so that a sum is never less than what was measured.
 */
const IFRAME_HEIGHTS: Record<string, Record<string, readonly [number, number, number]>> = {
  none: { blocks: [119, 24, 32], text: [112, 24, 32], compact: [88, 40, 32] },
  badge: { blocks: [81, 0, 28], text: [55, 0, 28], compact: [34, 21, 28] },
  classic: { blocks: [168, 60, 32], text: [152, 60, 32], compact: [128, 80, 32] },
  flip: { blocks: [149, 48, 32], text: [120, 68, 32], compact: [98, 90, 32] },
  hero: { blocks: [285, 51, 69], text: [217, 51, 53], compact: [217, 51, 53] },
  inline: { blocks: [111, 0, 8], text: [56, 0, 8], compact: [32, 24, 8] },
};

/**
 * A visitor's fonts are not the DejaVu the table was measured with: a tenth more room keeps the
 * countdown whole in wider ones (the page is transparent, so the room left over does not show).
 */
const FONT_ALLOWANCE = 1.1;

export function iframeHeight(options: EmbedOptions): number {
  const byFormat = IFRAME_HEIGHTS[options.theme?.name ?? 'none'] ?? IFRAME_HEIGHTS.none;
  const [countdown, title, calendar] = byFormat[options.format] ?? byFormat.blocks;
  const height = countdown + (options.title.trim() ? title : 0) + (options.calendar ? calendar : 0);
  return Math.ceil(height * FONT_ALLOWANCE);
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
