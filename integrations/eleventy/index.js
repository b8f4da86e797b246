// The Eleventy plugin (npm entry `release-countdown/eleventy`): a `releaseCountdown` shortcode for
// Nunjucks, Liquid and Markdown pages that writes <release-countdown> around its shaped fallback,
// the embed file and the fallback CSS copied into the output, and a transform that links both
// once in the <head> of each page holding a countdown, and of no other page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime, Info } from 'luxon';

/** The element's attributes (the README's attribute table) and the global ones it reads, in the order they are written. */
const ATTRIBUTES = [
  'class',
  'id',
  'date',
  'time-zone',
  'title',
  'released-text',
  'units',
  'format',
  'unit-display',
  'lang',
  'repeat',
  'until',
  'released-for',
  'time-source',
  'after',
  'calendar',
];

/** Nunjucks keyword arguments cannot hold a dash: the element's property names stand for those attributes. */
const PROPERTY_NAMES = new Map([
  ['timeZone', 'time-zone'],
  ['releasedText', 'released-text'],
  ['unitDisplay', 'unit-display'],
  ['releasedFor', 'released-for'],
  ['timeSource', 'time-source'],
  ['afterRelease', 'after'],
]);

const DEFAULT_OPTIONS = {
  /** The language of the date lines, for a countdown without a `lang` of its own. */
  lang: 'en',
  /** The folder of the output that the embed file and the CSS are copied to. */
  directory: 'release-countdown',
};

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FILES = ['release-countdown.js', 'release-countdown.css'];

/**
 * @param {object} eleventyConfig
 * @param {{ lang?: string, directory?: string }} [options]
 */
export default function releaseCountdown(eleventyConfig, options = {}) {
  const unknown = Object.keys(options).filter((name) => !(name in DEFAULT_OPTIONS));
  if (unknown.length > 0) {
    throw new Error(
      `release-countdown/eleventy: unknown option ${unknown.map((name) => `"${name}"`).join(', ')}; the options are ${Object.keys(DEFAULT_OPTIONS).join(', ')}`,
    );
  }
  const { lang, directory } = { ...DEFAULT_OPTIONS, ...options };
  const folder = directory.replace(/^\/+|\/+$/g, '');

  // Passthrough copy reads paths relative to the project (the working directory).
  const fromProject = path.relative(process.cwd(), DIST).split(path.sep).join('/') || '.';
  eleventyConfig.addPassthroughCopy({ [`${fromProject}/{${FILES.join(',')}}`]: folder });

  eleventyConfig.addShortcode('releaseCountdown', function (...args) {
    const where = this?.page?.inputPath ? ` in ${this.page.inputPath}` : '';
    return countdownHtml(readParameters(args, where), lang);
  });

  const head = [
    `<link rel="stylesheet" href="/${folder}/release-countdown.css">`,
    `<script type="module" src="/${folder}/release-countdown.js"></script>`,
  ].join('\n');
  eleventyConfig.addTransform('release-countdown', function (content) {
    const outputPath = this?.page?.outputPath;
    if (typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    if (!content.includes('<release-countdown') || content.includes(`/${folder}/release-countdown.js"`)) return content;
    const headEnd = content.search(/<\/head\s*>/i);
    return headEnd === -1 ? `${head}\n${content}` : `${content.slice(0, headEnd)}${head}\n${content.slice(headEnd)}`;
  });
}

/**
 * The shortcode's parameters, as attribute names and values. Liquid passes values only, by
 * position, so one string holds them as HTML attributes: 'date="2030-03-12T09:00" title="…"'.
 * Nunjucks may pass keyword arguments, and any template an object.
 */
function readParameters(args, where) {
  const [first] = args;
  let entries;
  if (args.length === 1 && typeof first === 'string') entries = parseAttributes(first, where);
  else if (args.length === 1 && first && typeof first === 'object') {
    entries = Object.entries(first).filter(([name]) => name !== '__keywords');
  } else {
    throw new Error(
      `releaseCountdown shortcode${where}: write its attributes in one string, {% releaseCountdown 'date="2030-03-12T09:00" time-zone="Asia/Tokyo"' %}, or as keyword arguments in Nunjucks`,
    );
  }
  const parameters = new Map();
  for (const [given, value] of entries) {
    const name = PROPERTY_NAMES.get(given) ?? given;
    if (!ATTRIBUTES.includes(name)) {
      throw new Error(
        `releaseCountdown shortcode${where}: unknown parameter "${given}"; the parameters are the element's attributes: ${ATTRIBUTES.join(', ')}`,
      );
    }
    parameters.set(name, value);
  }
  return parameters;
}

const ATTRIBUTE = /\s*([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

function parseAttributes(text, where) {
  const entries = [];
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < text.trimEnd().length) {
    const start = ATTRIBUTE.lastIndex;
    const match = ATTRIBUTE.exec(text);
    if (!match) {
      throw new Error(`releaseCountdown shortcode${where}: cannot read its attributes from "${text.slice(start)}"`);
    }
    const [, name, doubleQuoted, singleQuoted, bare] = match;
    const value = doubleQuoted ?? singleQuoted ?? bare;
    entries.push([name, value === undefined ? true : decodeEntities(value)]);
  }
  return entries;
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The entities a value may be written with in the attribute string, as in HTML. */
function decodeEntities(value) {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (entity, decimal, hex, name) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED_ENTITIES[name.toLowerCase()];
  });
}

/** The element, with its attributes and the fallback lines demo/snippet.ts writes for the same countdown. */
export function countdownHtml(parameters, defaultLang = 'en') {
  const text = (name) => {
    const value = parameters.get(name);
    return value === undefined || value === null || value === true || value === false ? '' : String(value).trim();
  };
  const calendar = [true, 'true', 'calendar', ''].includes(parameters.get('calendar'));
  const attributes = ATTRIBUTES.filter((name) => name !== 'calendar' && text(name) !== '').map(
    (name) => ` ${name}="${escapeAttribute(text(name))}"`,
  );
  if (calendar) attributes.push(' calendar');

  const { line, released } = dateLine(text('date'), text('time-zone'), text('lang') || defaultLang);
  const classes = text('class').split(/\s+/);
  let content;
  if (classes.includes('inline') || classes.includes('badge')) {
    // In a sentence or a pill, the fallback is the date, as text.
    content = escapeText(line);
  } else {
    const title = text('title');
    const lines = title ? [`<div part="title">${escapeText(title)}</div>`] : [];
    lines.push(`<div part="date">${escapeText(line)}</div>`);
    if (released && text('repeat') === '') {
      const releasedText = text('released-text') || (title ? `${title} has been released!` : 'Released!');
      lines.push(`<div part="released">${escapeText(releasedText)}</div>`);
    } else {
      lines.push('<div part="countdown"></div>');
      if (calendar) lines.push('<div part="calendar"></div>');
    }
    content = `\n${lines.map((part) => `  ${part}`).join('\n')}\n`;
  }
  return `<release-countdown${attributes.join('')}>${content}</release-countdown>`;
}

/**
 * The date line as the element writes it (src/text/format.ts, formatDateLine), through the same
 * Luxon and Intl calls, and whether the moment has passed at build time. A date or zone the
 * element would not read is written as given: the element then shows its own error.
 */
function dateLine(date, timeZone, lang) {
  const asGiven = { line: `${date} ${timeZone}`.trim(), released: false };
  const zone = Info.normalizeZone(timeZone === '' ? 'UTC' : timeZone);
  if (!zone?.isValid || date === '') return asGiven;
  const options = { zone, setZone: true };
  const parsed = [
    DateTime.fromISO(date, options),
    DateTime.fromRFC2822(date, options),
    DateTime.fromSQL(date, options),
  ].find((candidate) => candidate.isValid);
  if (!parsed) return asGiven;
  // A wall-clock time that a DST change repeats means its first occurrence, as in the element.
  const moment = parsed
    .getPossibleOffsets()
    .reduce((earliest, candidate) => (candidate < earliest ? candidate : earliest))
    .setZone(zone);
  const format = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    // Without a time-zone the element shows the visitor's zone, which the build cannot know.
    ...(timeZone === '' ? {} : { timeZoneName: 'short' }),
  };
  let line;
  try {
    line = moment.toLocaleString(format, { locale: lang });
  } catch {
    // A malformed lang (en_US): the element ignores it, and so does the date line.
    line = moment.toLocaleString(format, { locale: 'en' });
  }
  return { line, released: moment.toMillis() <= Date.now() };
}

function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value) {
  return escapeText(value).replace(/"/g, '&quot;');
}
