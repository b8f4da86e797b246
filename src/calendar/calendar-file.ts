/**
 * The `.ics` file behind the `calendar` link (RFC 5545), made in the browser with no server.
 * A release is a moment, not a span: the event has a start and no end, which RFC 5545
 * (3.6.1) reads as an event that ends when it starts.
 */
export interface CalendarEvent {
  /** The event's name (SUMMARY). */
  title: string;
  /** The target, epoch ms (DTSTART, written in UTC). */
  startMs: number;
  /** The page the countdown is on (URL, and DESCRIPTION so that calendars which ignore URL still show it). */
  pageUrl: string;
  /** When the file is made (DTSTAMP). */
  createdMs: number;
}

const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;

/** The whole `.ics` text: one VCALENDAR holding one VEVENT, CRLF line ends, long lines folded. */
export function calendarFile({ title, startMs, pageUrl, createdMs }: CalendarEvent): string {
  const start = utcDateTime(startMs);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//release-countdown//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // The same release on the same page keeps its UID, so a second download updates the first.
    `UID:${start}-${fnv1a(`${title}\n${pageUrl}`)}@release-countdown`,
    `DTSTAMP:${utcDateTime(createdMs)}`,
    `DTSTART:${start}`,
    `SUMMARY:${escapeText(title)}`,
    ...(pageUrl ? [`URL:${pageUrl.replace(/[\r\n]/g, '')}`, `DESCRIPTION:${escapeText(pageUrl)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A `data:` URL of the file, for an `<a href download>` that needs no server and nothing to revoke. */
export function calendarHref(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

/** "All of Us Are Dead: Season 2" → "all-of-us-are-dead-season-2.ics"; letters of any script are kept. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'release'}.ics`;
}

/** RFC 5545 3.3.5 UTC form: 20221215T110000Z. */
function utcDateTime(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon and comma are escaped, every kind of line break
 * becomes `\n`, and other control characters (which TEXT may not hold) are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Splits a line into 75-octet pieces joined by CRLF and a space, never inside a UTF-8 character. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

/** A short stable hash (FNV-1a, 32 bits) that keeps the UID free of the title's characters. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
