import { html, nothing, type TemplateResult } from 'lit';
import type { CountdownText } from '../text/countdown-text.js';
import { liveText } from '../text/live-text.js';

/** Everything the shadow tree shows, computed before rendering: the template only reads it. */
export interface CountdownView {
  /** The event's name, trimmed; empty for none. */
  title: string;
  /** "December 15, 2022 at 11:00 AM UTC"; with `repeat`, the occurrence counted to or just released. */
  dateLine?: string;
  /** Why the configuration cannot be shown. */
  error?: string;
  /** While counting: the texts shown, which rewrite themselves each second. */
  counting?: CountdownText;
  /** With `calendar`, while counting: the link that downloads the event. */
  calendar?: CalendarLink;
  /** Once released: the message, and with `after="count-up"` how long ago ("3 days ago"). */
  released?: { text: string; elapsed?: string };
}

export interface CalendarLink {
  href: string;
  fileName: string;
  /** "Add to calendar", in the element's language; the `calendar` slot replaces it. */
  text: string;
}

/**
 * One template for the whole shadow tree, its pieces back to back: whitespace between them
 * would be a stray space in a host made `display: inline` inside a sentence, and a template
 * per piece costs a thousand countdowns more at start-up. The status region is static in it,
 * the same element throughout, so that screen readers hear what appears in it.
 */
export function countdownTemplate(view: CountdownView): TemplateResult {
  const { released } = view;
  return html`${titleTemplate(view.title)}${dateLineTemplate(view.dateLine)}${errorTemplate(view.error)}${countingTemplate(
    view.counting,
    view.title,
  )}${calendarTemplate(view.calendar)}<div role="status" class=${released?.elapsed ? 'count-up' : ''}
      >${released ? html`<div part="released"><slot name="released">${released.text}</slot></div>` : nothing}</div
    >${elapsedTemplate(released?.elapsed)}`;
}

/**
 * What a countdown shows until it first comes near the view: all of its own content, as before
 * the script ran (also what is meant for the `released` and `calendar` slots), or with none its
 * title, so that find-in-page and screen readers find it. Content added meanwhile shows instead
 * of the title.
 */
export function fallbackTemplate(title: string): TemplateResult {
  return html`<slot>${title}</slot><slot name="released"></slot><slot name="calendar"></slot>`;
}

function titleTemplate(title: string): TemplateResult | typeof nothing {
  return title ? html`<div part="title" id="title">${title}</div>` : nothing;
}

function dateLineTemplate(dateLine: string | undefined): TemplateResult | typeof nothing {
  return dateLine === undefined ? nothing : html`<div part="date" id="date">${dateLine}</div>`;
}

function errorTemplate(error: string | undefined): TemplateResult | typeof nothing {
  return error === undefined ? nothing : html`<div part="error">${error}</div>`;
}

/** The units, and the phrase a screen reader hears, which changes less often than the seconds. */
function countingTemplate(text: CountdownText | undefined, title: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div part="countdown" class=${text.format} role="timer" aria-labelledby=${title ? 'title' : 'date'}
    ><span class="spoken">${liveText(text.spoken)}</span
    ><span class="shown" aria-hidden="true">${piecesTemplate(text)}</span
  ></div>`;
}

/**
 * One template per shape of piece (with or without a separator before it, with or without a
 * label), so that each unit is one template instance: a thousand countdowns start faster.
 */
function piecesTemplate(text: CountdownText): unknown {
  if (text.format === 'text') return liveText(text.sentence);
  return text.pieces.map(({ unit, separator, hasLabel, value, label, phase }, index) => {
    if (index === 0) {
      return hasLabel
        ? html`<span part="unit ${unit}"
            ><span part="value ${liveText(phase)}">${liveText(value)}</span
            ><span part="label">${liveText(label)}</span></span
          >`
        : html`<span part="unit ${unit}"><span part="value ${liveText(phase)}">${liveText(value)}</span></span>`;
    }
    return hasLabel
      ? html`<span part="separator">${separator}</span
          ><span part="unit ${unit}"
            ><span part="value ${liveText(phase)}">${liveText(value)}</span
            ><span part="label">${liveText(label)}</span></span
          >`
      : html`<span part="separator">${separator}</span
          ><span part="unit ${unit}"><span part="value ${liveText(phase)}">${liveText(value)}</span></span>`;
  });
}

function calendarTemplate(link: CalendarLink | undefined): TemplateResult | typeof nothing {
  if (!link) return nothing;
  return html`<a part="calendar" href=${link.href} download=${link.fileName}><slot name="calendar">${link.text}</slot></a>`;
}

/** With `after="count-up"`; the leading space separates it from the message: "Released" + " " + "3 days ago". */
function elapsedTemplate(elapsed: string | undefined): TemplateResult | typeof nothing {
  return elapsed === undefined ? nothing : html` <span part="elapsed">${elapsed}</span>`;
}
