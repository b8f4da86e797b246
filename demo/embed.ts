import { quote } from '../src/config/config-error.js';
import badgeUrl from './themes/badge.css?url';
import classicUrl from './themes/classic.css?url';
import flipUrl from './themes/flip.css?url';
import heroUrl from './themes/hero.css?url';
import inlineUrl from './themes/inline.css?url';

/**
 * The iframe page (embed.html), for platforms that take an iframe but no script: one countdown,
 * read from the address's query. Its parameters are the element's attribute names, plus `theme`
 * and `background`; each value is only ever an attribute's text or a checked colour, never markup.
 */

/**
 * The embed file beside this page, the one a blog would load (served by `npm start` too), imported
 * once the query is read, so that it loads beside the theme's file rather than before it.
 */
const ELEMENT_URL = './release-countdown.js';

/** The element's attributes the address may set. */
const ELEMENT_PARAMETERS = [
  'date',
  'time-zone',
  'title',
  'released-text',
  'units',
  'format',
  'unit-display',
  'after',
  'calendar',
  'lang',
] as const;

/**
 * The themes' files, by name: only these five can be loaded, whatever the address says. The
 * build gives each file its own hashed name on this site.
 */
const THEME_URLS: Readonly<Record<string, string>> = {
  badge: badgeUrl,
  classic: classicUrl,
  flip: flipUrl,
  hero: heroUrl,
  inline: inlineUrl,
};

/**
 * Longer than any title or date a countdown needs; a value this long is a mistake or an attack,
 * and would make the frame grow without end.
 */
const MAX_VALUE_LENGTH = 300;

const HEIGHT_MESSAGE = 'release-countdown:height';

interface EmbedQuery {
  /** The countdown's attributes, in the order of ELEMENT_PARAMETERS, as given. */
  attributes: Array<[string, string]>;
  theme: string | undefined;
  background: string | undefined;
  /** The language of the page and the countdown: the `lang` parameter, else the visitor's own. */
  lang: string;
  /** Why the address cannot be shown, one line per parameter, each starting with its name. */
  errors: string[];
}

/**
 * Reads the address's query. Unknown parameters are ignored: platforms and link shorteners add
 * their own (utm_source, fbclid). A parameter given twice counts once, its first value (as
 * URLSearchParams.get reads it), so that one appended to the author's address changes nothing.
 */
function readEmbedQuery(search: string, visitorLanguage: string): EmbedQuery {
  const query = new URLSearchParams(search);
  const errors: string[] = [];
  const value = (name: string): string | undefined => {
    const text = query.get(name) ?? undefined;
    if (text !== undefined && text.length > MAX_VALUE_LENGTH) {
      errors.push(`${name}: ${text.length} characters is too long for this page; at most ${MAX_VALUE_LENGTH}`);
      return undefined;
    }
    return text;
  };

  // Any page may frame this one with an address of its choosing: a time source would let it
  // make the countdown fetch any URL, from the visitor's browser.
  if (query.has('time-source')) {
    errors.push('time-source: not accepted in an embed address (any page could make it fetch any URL); leave it out');
  }

  const attributes: Array<[string, string]> = [];
  for (const name of ELEMENT_PARAMETERS) {
    const text = value(name);
    if (text !== undefined) attributes.push([name, text]);
  }

  const calendar = attributes.find(([name]) => name === 'calendar');
  if (calendar && !['', 'true', 'false'].includes(calendar[1])) {
    errors.push(`calendar: ${quote(calendar[1])} is not a choice; use calendar=true, or leave it out`);
  }

  const langValue = attributes.find(([name]) => name === 'lang')?.[1].trim();
  let lang = visitorLanguage;
  if (langValue) {
    try {
      lang = Intl.getCanonicalLocales(langValue)[0];
    } catch {
      errors.push(`lang: ${quote(langValue)} is not a language tag; use one such as en, fr or pt-BR`);
    }
  }

  const theme = value('theme')?.trim();
  if (theme !== undefined && theme !== '' && !Object.hasOwn(THEME_URLS, theme)) {
    errors.push(`theme: ${quote(theme)} is not a theme; use ${Object.keys(THEME_URLS).join(', ')}`);
  }

  const background = value('background')?.trim();
  if (background && !isColour(background)) {
    errors.push(
      `background: ${quote(background)} is not a CSS colour; use one such as white, #fff8e1 or rgb(0 0 0 / 50%)`,
    );
  }

  return {
    // The countdown takes its language from the page's, which follows `lang`.
    attributes: attributes.filter(([name, text]) => name !== 'lang' && (name !== 'calendar' || text !== 'false')),
    theme: theme || undefined,
    background: background || undefined,
    lang,
    errors,
  };
}

/**
 * A colour and nothing else: CSS.supports also takes var() and env(), which would read the
 * page's own values rather than the author's colour.
 */
function isColour(text: string): boolean {
  return CSS.supports('color', text) && !/\b(var|env|attr)\s*\(/i.test(text);
}

/** Resolves once the stylesheet has loaded or failed, so that the countdown is shown once, styled. */
function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/**
 * For screen readers, which read the frame as a page of its own; the countdown shows its title
 * itself. Written by the script, which runs once the page's stylesheet has loaded: in the page,
 * it would be laid out unstyled first in a frame, a layout shift.
 */
function addHeading(text: string): void {
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = text;
  document.querySelector('main')!.prepend(heading);
}

function showErrors(errors: readonly string[]): void {
  const box = document.createElement('div');
  box.className = 'embed-error';
  for (const error of errors) {
    const line = document.createElement('p');
    line.textContent = error;
    box.append(line);
  }
  document.querySelector('main')!.append(box);
}

/**
 * Tells the page around this one how tall the countdown is, whenever that changes, so that it
 * can size the frame. The target origin is '*': any site may frame this page, so there is no
 * one origin to name, and the message carries nothing but a height, which that page can see anyway.
 */
function postHeight(): void {
  if (window.parent === window) return;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

async function start(): Promise<void> {
  const query = readEmbedQuery(location.search, navigator.language);
  document.documentElement.lang = query.lang;
  const title = query.attributes.find(([name]) => name === 'title')?.[1].trim();
  if (title) document.title = `${title}: release countdown`;
  addHeading(title ? `Countdown to ${title}` : 'Release countdown');
  // Through the CSSOM, which the page's CSP allows (a style attribute it would refuse).
  if (query.background) document.documentElement.style.backgroundColor = query.background;
  postHeight();
  if (query.errors.length > 0) {
    showErrors(query.errors);
    return;
  }
  const countdown = document.createElement('release-countdown');
  for (const [name, text] of query.attributes) countdown.setAttribute(name, text);
  if (query.theme) countdown.classList.add(query.theme);
  // The element and the theme load side by side; shown before its theme, the countdown would
  // jump when the theme arrives.
  await Promise.all([
    import(/* @vite-ignore */ ELEMENT_URL),
    query.theme ? loadStylesheet(THEME_URLS[query.theme]) : Promise.resolve(),
  ]);
  // Hidden until its first render is painted: a countdown seen between its first update and
  // its numbers could move as they fill in, a layout shift (Lighthouse on a busy machine: 0.00007).
  countdown.style.visibility = 'hidden';
  document.querySelector('main')!.append(countdown);
  await (countdown as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await new Promise(requestAnimationFrame);
  countdown.style.removeProperty('visibility');
}

void start();
