import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { countdownTemplate, fallbackTemplate, type CountdownView } from '../../src/element/countdown-template.js';
import { CountdownText } from '../../src/text/countdown-text.js';

/** Texts of a counting countdown in English, showing 3 days 4 hours. */
function counting(format: 'blocks' | 'compact' | 'text'): CountdownText {
  const text = new CountdownText('en', format, 'long');
  const amounts = [
    { unit: 'days', amount: 3 },
    { unit: 'hours', amount: 4 },
  ] as const;
  text.show([...amounts], ['tick', 'tock']);
  return text;
}

/**
 * The template as a visitor's tools read it: each element's tag, its `part`, and its own text,
 * in document order, e.g. "div[title]:Season 2".
 */
function outline(view: CountdownView): string[] {
  const host = document.createElement('div');
  render(countdownTemplate(view), host);
  return [...host.querySelectorAll('*')].map((element) => {
    const part = element.getAttribute('part');
    const own = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
    return `${element.localName}${part ? `[${part}]` : ''}${own ? `:${own}` : ''}`;
  });
}

const STATUS = 'div';

describe('countdownTemplate: a pure function of its view', () => {
  const rows: Array<[string, CountdownView, string[]]> = [
    ['nothing but an empty title', { title: '' }, [STATUS]],
    [
      'a title and a date line',
      { title: 'Season 2', dateLine: 'December 15, 2022' },
      ['div[title]:Season 2', 'div[date]:December 15, 2022', STATUS],
    ],
    ['an error', { title: '', error: 'date: "x" is not a date' }, ['div[error]:date: "x" is not a date', STATUS]],
    [
      'counting in blocks',
      { title: '', counting: counting('blocks') },
      [
        'div[countdown]',
        'span:3 days and 4 hours',
        'span',
        'span[unit days]',
        'span[value tick]:3',
        'span[label]:days',
        'span[separator]',
        'span[unit hours]',
        'span[value tock]:4',
        'span[label]:hours',
        STATUS,
      ],
    ],
    [
      'counting as a sentence',
      { title: '', counting: counting('text') },
      ['div[countdown]', 'span:3 days and 4 hours', 'span:3 days and 4 hours', STATUS],
    ],
    [
      'counting with the calendar link',
      {
        title: '',
        counting: counting('text'),
        calendar: { href: 'data:text/calendar,x', fileName: 'x.ics', text: 'Add to calendar' },
      },
      [
        'div[countdown]',
        'span:3 days and 4 hours',
        'span:3 days and 4 hours',
        'a[calendar]',
        'slot:Add to calendar',
        STATUS,
      ],
    ],
    ['released', { title: '', released: { text: 'Released!' } }, [STATUS, 'div[released]', 'slot:Released!']],
    [
      'released, counting up',
      { title: '', released: { text: 'Released!', elapsed: '3 days ago' } },
      [STATUS, 'div[released]', 'slot:Released!', 'span[elapsed]:3 days ago'],
    ],
  ];
  for (const [name, view, expected] of rows) {
    it(name, () => {
      expect(outline(view)).to.deep.equal(expected);
    });
  }

  it('labels the timer by the title, else by the date line, and marks the status region counting up', () => {
    const host = document.createElement('div');
    render(countdownTemplate({ title: 'Season 2', counting: counting('blocks') }), host);
    expect(host.querySelector('[role=timer]')!.getAttribute('aria-labelledby')).to.equal('title');
    render(countdownTemplate({ title: '', counting: counting('blocks') }), host);
    expect(host.querySelector('[role=timer]')!.getAttribute('aria-labelledby')).to.equal('date');
    render(countdownTemplate({ title: '', released: { text: 'Released!', elapsed: '1 day ago' } }), host);
    expect(host.querySelector('[role=status]')!.className).to.equal('count-up');
  });

  it('links the calendar file with its name', () => {
    const host = document.createElement('div');
    render(
      countdownTemplate({
        title: '',
        counting: counting('text'),
        calendar: { href: 'data:text/calendar,x', fileName: 'season-2.ics', text: 'Add' },
      }),
      host,
    );
    const link = host.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('download')]).to.deep.equal([
      'data:text/calendar,x',
      'season-2.ics',
    ]);
  });
});

describe('fallbackTemplate', () => {
  it('shows the host’s own content, every slot of it, and the title when it has none', () => {
    const host = document.createElement('div');
    render(fallbackTemplate('Season 2'), host);
    expect([...host.querySelectorAll('slot')].map((slot) => [slot.name, slot.textContent])).to.deep.equal([
      ['', 'Season 2'],
      ['released', ''],
      ['calendar', ''],
    ]);
  });
});
