import { expect } from '@open-wc/testing';
import { calendarFile, calendarFileName, calendarHref, escapeText } from '../../src/calendar/calendar-file.js';

const EVENT = {
  title: 'All of Us Are Dead Season 2',
  startMs: Date.parse('2022-12-15T11:00:00Z'),
  pageUrl: 'https://blog.example/all-of-us-are-dead?season=2',
  createdMs: Date.parse('2022-12-01T08:30:05.250Z'),
};

/** The file's lines, unfolded (RFC 5545 3.1: CRLF followed by a space continues the line). */
function unfoldedLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('calendarFile', () => {
  it('writes one event at the target in UTC, with the title and the page', () => {
    expect(unfoldedLines(calendarFile(EVENT))).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//release-countdown//EN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:20221215T110000Z-251dea8f@release-countdown',
      'DTSTAMP:20221201T083005Z',
      'DTSTART:20221215T110000Z',
      'SUMMARY:All of Us Are Dead Season 2',
      'URL:https://blog.example/all-of-us-are-dead?season=2',
      'DESCRIPTION:https://blog.example/all-of-us-are-dead?season=2',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ends every line with CRLF', () => {
    const ics = calendarFile(EVENT);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('keeps the UID for the same release on the same page, and changes it for another', () => {
    const uid = (event: typeof EVENT) => unfoldedLines(calendarFile(event)).find((line) => line.startsWith('UID:'));
    expect(uid({ ...EVENT, createdMs: 0 })).to.equal(uid(EVENT));
    expect(uid({ ...EVENT, title: 'Season 3' })).not.to.equal(uid(EVENT));
    expect(uid({ ...EVENT, pageUrl: 'https://other.example/' })).not.to.equal(uid(EVENT));
  });

  it('leaves URL and DESCRIPTION out without a page address', () => {
    const lines = unfoldedLines(calendarFile({ ...EVENT, pageUrl: '' }));
    expect(lines.some((line) => line.startsWith('URL') || line.startsWith('DESCRIPTION'))).to.equal(false);
  });

  it('folds lines longer than 75 octets, never inside a character', () => {
    const title = 'シーズン2 '.repeat(12);
    const ics = calendarFile({ ...EVENT, title });
    const physical = ics.split('\r\n');
    for (const line of physical) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(physical.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(0);
    expect(unfoldedLines(ics)).to.include(`SUMMARY:${title}`);
  });
});

describe('escapeText (RFC 5545 TEXT)', () => {
  const cases: Array<[string, string]> = [
    ['Plain title', 'Plain title'],
    ['Stranger Things, Season 5', 'Stranger Things\\, Season 5'],
    ['Part 1; Part 2', 'Part 1\\; Part 2'],
    ['Back\\slash', 'Back\\\\slash'],
    ['Line one\nline two', 'Line one\\nline two'],
    ['Windows\r\nbreak and old Mac\rbreak', 'Windows\\nbreak and old Mac\\nbreak'],
    ['Colons: stay', 'Colons: stay'],
    ['Tab\tstays, bell\u0007 goes', 'Tab\tstays\\, bell goes'],
    ['\\;,', '\\\\\\;\\,'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      expect(escapeText(text)).to.equal(expected);
    });
  }

  it('is what SUMMARY holds', () => {
    const lines = unfoldedLines(calendarFile({ ...EVENT, title: 'Dune: Part Two, IMAX; 70mm\nPremiere' }));
    expect(lines).to.include('SUMMARY:Dune: Part Two\\, IMAX\\; 70mm\\nPremiere');
  });
});

describe('calendarFileName', () => {
  const cases: Array<[string, string]> = [
    ['All of Us Are Dead: Season 2', 'all-of-us-are-dead-season-2.ics'],
    ['  --Dune!!  ', 'dune.ics'],
    ['Staffel 2 – Größer', 'staffel-2-größer.ics'],
    ['シーズン2', 'シーズン2.ics'],
    ['', 'release.ics'],
    ['!!!', 'release.ics'],
  ];
  for (const [title, expected] of cases) {
    it(`${JSON.stringify(title)} → ${expected}`, () => {
      expect(calendarFileName(title)).to.equal(expected);
    });
  }
});

describe('calendarHref', () => {
  it('is a data: URL that decodes back to the file', async () => {
    const ics = calendarFile({ ...EVENT, title: 'Ünïcode, # & %' });
    const href = calendarHref(ics);
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(await (await fetch(href)).text()).to.equal(ics);
  });
});
