import { expect, fixture, html } from '@open-wc/testing';
import {
  elementAttributes,
  embedSnippet,
  fallbackLines,
  fallbackText,
  shortcodeSnippet,
  stylesheetBeside,
  themeCss,
  type EmbedOptions,
} from '../../demo/snippet.js';
import '../../src/index.js';
import type { ReleaseCountdown } from '../../src/index.js';

const BASE: EmbedOptions = {
  scriptUrl: 'https://cdn.example/release-countdown.js',
  date: '2027-03-12',
  time: '09:00',
  timeZone: 'Europe/Berlin',
  title: '',
  releasedText: '',
  units: ['days', 'hours', 'minutes', 'seconds'],
  format: 'blocks',
  unitDisplay: 'long',
  lang: '',
  theme: undefined,
  calendar: false,
  countUp: false,
  released: false,
};

describe('embedSnippet', () => {
  it('is a script tag, a link to the fallback’s CSS beside it and the element around its fallback, with no default repeated', () => {
    expect(embedSnippet(BASE)).to.equal(
      [
        '<script type="module" src="https://cdn.example/release-countdown.js"></script>',
        '<link rel="stylesheet" href="https://cdn.example/release-countdown.css">',
        '<release-countdown date="2027-03-12T09:00" time-zone="Europe/Berlin">',
        '  <div part="date">March 12, 2027 at 9:00 AM GMT+1</div>',
        '  <div part="countdown"></div>',
        '</release-countdown>',
      ].join('\n'),
    );
  });

  it('adds only the chosen theme’s CSS, after the fallback’s link, without comments, and its class', () => {
    const css = '/* Theme: explains itself. */\nrelease-countdown.flip {\n  /* why */\n  color: red; /* inline */\n}\n';
    const snippet = embedSnippet({ ...BASE, theme: { name: 'flip', css } });
    expect(snippet.split('\n').slice(1, 9)).to.deep.equal([
      '<link rel="stylesheet" href="https://cdn.example/release-countdown.css">',
      '<style>',
      'release-countdown.flip {',
      '  color: red;',
      '}',
      '</style>',
      '<release-countdown class="flip" date="2027-03-12T09:00" time-zone="Europe/Berlin">',
      '  <div part="date">March 12, 2027 at 9:00 AM GMT+1</div>',
    ]);
  });

  it('escapes what the author typed', () => {
    const snippet = embedSnippet({ ...BASE, title: 'Tom & Jerry "Live" <3', releasedText: 'Out <now>' });
    expect(snippet).to.contain('title="Tom &amp; Jerry &quot;Live&quot; &lt;3"');
    expect(snippet).to.contain('released-text="Out &lt;now&gt;"');
    expect(snippet).not.to.contain('<3');
  });
});

describe('stylesheetBeside', () => {
  it('is release-countdown.css in the folder of the script, wherever that is', () => {
    expect(
      [
        'https://cdn.jsdelivr.net/npm/release-countdown@0.1.0/dist/release-countdown.js',
        'https://example.github.io/release-countdown/release-countdown.js?v=2',
        'https://example.com',
        '/assets/js/countdown.min.js',
        'release-countdown.js',
        ' ../js/release-countdown.js ',
      ].map(stylesheetBeside),
    ).to.deep.equal([
      'https://cdn.jsdelivr.net/npm/release-countdown@0.1.0/dist/release-countdown.css',
      'https://example.github.io/release-countdown/release-countdown.css',
      'https://example.com/release-countdown.css',
      '/assets/js/release-countdown.css',
      'release-countdown.css',
      '../js/release-countdown.css',
    ]);
  });
});

describe('shortcodeSnippet', () => {
  it('is the WordPress plugin’s shortcode with the same attributes, and no script or CSS', () => {
    expect(shortcodeSnippet(BASE)).to.equal('[release_countdown date="2027-03-12T09:00" time-zone="Europe/Berlin"]');
  });

  it('carries the theme as its class and calendar as a bare word', () => {
    const css = 'release-countdown.flip { color: red; }';
    expect(shortcodeSnippet({ ...BASE, theme: { name: 'flip', css }, title: 'Season 2', calendar: true })).to.equal(
      '[release_countdown class="flip" date="2027-03-12T09:00" time-zone="Europe/Berlin" title="Season 2" calendar]',
    );
  });

  it('escapes only what would end a value or the shortcode', () => {
    expect(shortcodeSnippet({ ...BASE, title: 'Tom & Jerry "Live" [2] <3' })).to.contain(
      'title="Tom & Jerry &quot;Live&quot; &#91;2&#93; <3"',
    );
  });
});

describe('elementAttributes', () => {
  // [what, options changed from BASE, attributes after date and time-zone]
  const cases: Array<[string, Partial<EmbedOptions>, Array<[string, string | true]>]> = [
    ['leaves out an empty title and released text', { title: '  ', releasedText: ' ' }, []],
    ['writes the title, trimmed', { title: ' Season 2 ' }, [['title', 'Season 2']]],
    [
      'leaves out the default released text',
      { title: 'Season 2', releasedText: 'Season 2 has been released!' },
      [['title', 'Season 2']],
    ],
    ['leaves out "Released!" without a title', { releasedText: 'Released!' }, []],
    ['writes any other released text', { releasedText: 'Out now' }, [['released-text', 'Out now']]],
    ['leaves out the default units in any order', { units: ['seconds', 'minutes', 'hours', 'days'] }, []],
    ['leaves out units when none is ticked', { units: [] }, []],
    ['writes other units largest first', { units: ['minutes', 'weeks', 'days'] }, [['units', 'weeks days minutes']]],
    ['writes a format other than blocks', { format: 'compact' }, [['format', 'compact']]],
    ['writes a label length other than long', { unitDisplay: 'narrow' }, [['unit-display', 'narrow']]],
    [
      'leaves out the label length in the compact format, which ignores it',
      { format: 'compact', unitDisplay: 'short' },
      [['format', 'compact']],
    ],
    ['writes a language', { lang: 'de' }, [['lang', 'de']]],
    ['writes count-up', { countUp: true }, [['after', 'count-up']]],
    ['writes calendar as a bare attribute', { calendar: true }, [['calendar', true]]],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      expect(elementAttributes({ ...BASE, ...change }).slice(2)).to.deep.equal(expected);
    });
  }

  it('always writes the date and its zone, so every visitor counts to the same moment', () => {
    expect(elementAttributes({ ...BASE, timeZone: ' Asia/Tokyo ' }).slice(0, 2)).to.deep.equal([
      ['date', '2027-03-12T09:00'],
      ['time-zone', 'Asia/Tokyo'],
    ]);
  });
});

describe('fallbackLines', () => {
  const cases: Array<[string, Partial<EmbedOptions>, string[]]> = [
    [
      'the date line and the countdown’s room',
      {},
      ['<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>', '<div part="countdown"></div>'],
    ],
    [
      'the title first, escaped',
      { title: ' Tom & Jerry ' },
      [
        '<div part="title">Tom &amp; Jerry</div>',
        '<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>',
        '<div part="countdown"></div>',
      ],
    ],
    [
      'the calendar link’s room',
      { calendar: true },
      [
        '<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>',
        '<div part="countdown"></div>',
        '<div part="calendar"></div>',
      ],
    ],
    [
      'the default released message once the date has passed, and no link',
      { title: 'Season 2', released: true, calendar: true },
      [
        '<div part="title">Season 2</div>',
        '<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>',
        '<div part="released">Season 2 has been released!</div>',
      ],
    ],
    [
      '"Released!" without a title',
      { released: true },
      ['<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>', '<div part="released">Released!</div>'],
    ],
    [
      'the author’s released text',
      { released: true, releasedText: 'Out <now>' },
      ['<div part="date">March 12, 2027 at 9:00 AM GMT+1</div>', '<div part="released">Out &lt;now&gt;</div>'],
    ],
    [
      'only the date, as text, in an inline theme',
      { title: 'S2', theme: { name: 'badge', css: '', inline: true } },
      ['March 12, 2027 at 9:00 AM GMT+1'],
    ],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      expect(fallbackLines({ ...BASE, ...change })).to.deep.equal(expected);
    });
  }
});

describe('fallbackText', () => {
  const cases: Array<[Partial<EmbedOptions>, string]> = [
    [{}, 'March 12, 2027 at 9:00 AM GMT+1'],
    [{ time: '23:30', timeZone: 'America/Los_Angeles' }, 'March 12, 2027 at 11:30 PM PST'],
    [{ lang: 'de' }, '12. März 2027 um 09:00 MEZ'],
    [{ timeZone: 'UTC+9' }, 'March 12, 2027 at 9:00 AM GMT+9'],
    [{ date: '', time: '' }, '(Europe/Berlin)'],
    [{ date: '2027-13-45', time: '09:00' }, '2027-13-45 09:00 (Europe/Berlin)'],
    [{ timeZone: 'Mars/Olympus' }, '2027-03-12 09:00 (Mars/Olympus)'],
  ];
  for (const [change, expected] of cases) {
    it(`${JSON.stringify(change)} → ${expected}`, () => {
      expect(fallbackText({ ...BASE, ...change })).to.equal(expected);
    });
  }

  // The line takes the room of the element's own date line only if it is the same text.
  for (const lang of ['en', 'de', 'ja']) {
    it(`is the element’s own date line (lang="${lang}")`, async () => {
      const options = { ...BASE, lang, timeZone: 'America/Los_Angeles' };
      const element = await fixture<ReleaseCountdown>(
        html`<release-countdown date="2027-03-12T09:00" time-zone="America/Los_Angeles" lang=${lang}></release-countdown>`,
      );
      expect(element.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal(fallbackText(options));
    });
  }
});

describe('themeCss', () => {
  it('keeps the rules and media queries, drops comments and extra blank lines', () => {
    const css =
      '/*\n * About.\n */\na { color: red; }\n\n\n\n@media (prefers-reduced-motion: no-preference) {\n  /* note */\n  b { color: blue; }\n}\n';
    expect(themeCss(css)).to.equal(
      'a { color: red; }\n\n@media (prefers-reduced-motion: no-preference) {\n  b { color: blue; }\n}',
    );
  });
});
