import { calendarFile, calendarFileName, calendarHref } from '../calendar/calendar-file.js';
import { calendarLinkText } from '../text/phrases.js';
import type { CalendarLink } from './countdown-template.js';

/** What names the calendar event a link downloads. */
export interface CalendarEventOf {
  /** The event's name: the title, else the page's, else a word in the element's language. */
  title: string;
  startMs: number;
  /** The page the event links back to. */
  pageUrl: string;
  locale: string | undefined;
}

/**
 * The element's "Add to calendar" link, made again only when the event it describes changes,
 * not on every render: its `.ics` text and data URL cost more than the rest of a render.
 */
export class CalendarLinks {
  #key = '';
  #link: CalendarLink | undefined;

  /** The link for `event`; `createdMs` (the file's creation stamp) is read when the link is new. */
  link({ title, startMs, pageUrl, locale }: CalendarEventOf, createdMs: () => number = Date.now): CalendarLink {
    const key = `${startMs}|${title}|${pageUrl}|${locale}`;
    if (key !== this.#key || !this.#link) {
      const ics = calendarFile({ title, startMs, pageUrl, createdMs: createdMs() });
      this.#key = key;
      this.#link = { href: calendarHref(ics), fileName: calendarFileName(title), text: calendarLinkText(locale) };
    }
    return this.#link;
  }
}
