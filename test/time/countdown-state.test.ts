import { expect } from '@open-wc/testing';
import { readConfig, type ConfigProperties } from '../../src/config/countdown-config.js';
import { CONFIG_PROPERTY_NAMES } from '../../src/element/countdown-properties.js';
import { nextState, type Cause, type CountdownState, type Step } from '../../src/time/countdown-state.js';

const TARGET = '2022-12-15T11:00:00Z';

function config(attributes: Partial<Record<keyof ConfigProperties, unknown>>) {
  return readConfig(properties(attributes));
}

/** Every property the configuration is read from (the element's property table), unset but for `attributes`. */
function properties(attributes: Partial<Record<keyof ConfigProperties, unknown>>): ConfigProperties {
  const unset = Object.fromEntries(CONFIG_PROPERTY_NAMES.map((name) => [name, null])) as ConfigProperties;
  return { ...unset, ...attributes };
}

/** What a step shows and announces, in a line: "counting 0d 0h 0m 5s", "released holding", "→ released 11:00:00". */
function summary({ state, release }: Step): string {
  const { shown } = state;
  let line: string = shown.kind;
  if (shown.kind === 'counting') line += ` ${shown.amounts.map(({ unit, amount }) => `${amount}${unit[0]}`).join(' ')}`;
  if (shown.kind === 'released' && shown.holding) line += ' holding';
  if (shown.kind === 'released' && shown.elapsed) line += ` ${shown.elapsed.amount} ${shown.elapsed.unit} ago`;
  if (shown.kind === 'invalid') line += `: ${shown.message}`;
  const clock = [state.everySecond ? 'every second' : '', state.alarmAtMs ? `alarm ${iso(state.alarmAtMs)}` : '']
    .filter(Boolean)
    .join(', ');
  if (clock) line += ` (${clock})`;
  if (release)
    line += ` → released ${iso(release.dateMs)} next ${release.nextMs === null ? 'none' : iso(release.nextMs)}`;
  return line;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** One step: the clock's time, why the countdown looks, and what it then shows and announces. */
type Row = [at: string, cause: Cause, expected: string];

function run(attributes: Parameters<typeof config>[0], rows: Row[]): void {
  const checked = config(attributes);
  let state: CountdownState | undefined;
  rows.forEach(([at, cause, expected], index) => {
    const step = nextState(checked, state, Date.parse(at), cause);
    expect(summary(step), `step ${index + 1}, ${cause} at ${at}`).to.equal(expected);
    state = step.state;
  });
}

describe('nextState', () => {
  const cases: Array<[string, Parameters<typeof config>[0], Row[]]> = [
    [
      'counts down, and announces the release the clock sees',
      { date: TARGET },
      [
        ['2022-12-15T10:59:55Z', 'configured', 'counting 0d 0h 0m 5s (every second, alarm 2022-12-15T11:00:00Z)'],
        ['2022-12-15T10:59:59Z', 'tick', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-15T11:00:00Z)'],
        ['2022-12-15T11:00:00Z', 'tick', 'released → released 2022-12-15T11:00:00Z next none'],
        ['2022-12-15T11:00:01Z', 'tick', 'released'],
      ],
    ],
    [
      'is released silently for a target passed before it was configured, or while away',
      { date: TARGET },
      [
        ['2022-12-16T00:00:00Z', 'configured', 'released'],
        ['2022-12-17T00:00:00Z', 'reconnected', 'released'],
      ],
    ],
    [
      'does not announce a release that happened while it was away',
      { date: TARGET },
      [
        ['2022-12-15T10:00:00Z', 'configured', 'counting 0d 1h 0m 0s (every second, alarm 2022-12-15T11:00:00Z)'],
        ['2022-12-15T12:00:00Z', 'reconnected', 'released'],
      ],
    ],
    [
      'stays released when the clock is set back',
      { date: TARGET },
      [
        ['2022-12-15T11:00:00Z', 'configured', 'released'],
        ['2022-12-15T10:00:00Z', 'tick', 'released'],
      ],
    ],
    [
      'revises a release it never announced when a time source corrects the clock, and announces it on time',
      { date: TARGET },
      [
        ['2022-12-15T11:00:05Z', 'configured', 'released'],
        ['2022-12-15T10:59:58Z', 'corrected', 'counting 0d 0h 0m 2s (every second, alarm 2022-12-15T11:00:00Z)'],
        ['2022-12-15T11:00:00Z', 'tick', 'released → released 2022-12-15T11:00:00Z next none'],
      ],
    ],
    [
      'keeps an announced release when a correction sets the clock back',
      { date: TARGET },
      [
        ['2022-12-15T10:59:59Z', 'configured', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-15T11:00:00Z)'],
        ['2022-12-15T11:00:00Z', 'tick', 'released → released 2022-12-15T11:00:00Z next none'],
        ['2022-12-15T10:59:00Z', 'corrected', 'released'],
      ],
    ],
    [
      'counts up by whole units after the release with after="count-up"',
      { date: TARGET, afterRelease: 'count-up' },
      [
        ['2022-12-15T10:59:59Z', 'configured', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-15T11:00:00Z)'],
        [
          '2022-12-15T11:00:00Z',
          'tick',
          'released 0 seconds ago (every second) → released 2022-12-15T11:00:00Z next none',
        ],
        ['2022-12-18T11:00:00Z', 'tick', 'released 3 days ago (every second)'],
      ],
    ],
    [
      'shows why the configuration cannot be used, with no clock',
      { date: 'soon' },
      [
        [
          '2022-12-15T10:00:00Z',
          'configured',
          'invalid: date: "soon" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z',
        ],
      ],
    ],
    [
      'announces each occurrence of a series with the next one, and counts on to it',
      { date: TARGET, repeat: 'daily' },
      [
        ['2022-12-15T10:59:59Z', 'configured', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-15T11:00:00Z)'],
        [
          '2022-12-15T11:00:00Z',
          'tick',
          'counting 1d 0h 0m 0s (every second, alarm 2022-12-16T11:00:00Z) → released 2022-12-15T11:00:00Z next 2022-12-16T11:00:00Z',
        ],
      ],
    ],
    [
      'holds each occurrence released for released-for, then counts to the next',
      { date: TARGET, repeat: 'daily', releasedFor: 'PT1H' },
      [
        ['2022-12-15T10:59:59Z', 'configured', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-15T11:00:00Z)'],
        [
          '2022-12-15T11:00:00Z',
          'tick',
          'released holding (every second, alarm 2022-12-16T11:00:00Z) → released 2022-12-15T11:00:00Z next 2022-12-16T11:00:00Z',
        ],
        ['2022-12-15T12:00:00Z', 'tick', 'counting 0d 23h 0m 0s (every second, alarm 2022-12-16T11:00:00Z)'],
      ],
    ],
    [
      'announces only the latest of the occurrences a sleeping page missed, and none it was configured after',
      { date: TARGET, repeat: 'daily' },
      [
        ['2022-12-17T10:00:00Z', 'configured', 'counting 0d 1h 0m 0s (every second, alarm 2022-12-17T11:00:00Z)'],
        [
          '2022-12-20T10:00:00Z',
          'tick',
          'counting 0d 1h 0m 0s (every second, alarm 2022-12-20T11:00:00Z) → released 2022-12-19T11:00:00Z next 2022-12-20T11:00:00Z',
        ],
      ],
    ],
    [
      'is released for good after the last occurrence, with no clock',
      { date: TARGET, repeat: 'daily', until: '2022-12-16' },
      [
        ['2022-12-16T10:59:59Z', 'configured', 'counting 0d 0h 0m 1s (every second, alarm 2022-12-16T11:00:00Z)'],
        ['2022-12-16T11:00:00Z', 'tick', 'released → released 2022-12-16T11:00:00Z next none'],
      ],
    ],
  ];

  for (const [name, attributes, rows] of cases) it(name, () => run(attributes, rows));

  it('returns the same state when a tick changes nothing shown, and the same display when only the clock does', () => {
    const checked = config({ date: TARGET });
    const first = nextState(checked, undefined, Date.parse('2022-12-15T10:59:55.000Z'), 'configured').state;
    expect(nextState(checked, first, Date.parse('2022-12-15T10:59:55.500Z'), 'tick').state).to.equal(first);
    const second = nextState(checked, first, Date.parse('2022-12-15T10:59:56Z'), 'tick').state;
    expect(second).not.to.equal(first);
  });

  it('swaps the phase of each unit whose number changes', () => {
    const checked = config({ date: TARGET });
    const first = nextState(checked, undefined, Date.parse('2022-12-15T10:59:55Z'), 'configured').state;
    const second = nextState(checked, first, Date.parse('2022-12-15T10:59:56Z'), 'tick').state;
    expect(first.shown.kind === 'counting' && first.shown.phases).to.deep.equal(['tick', 'tick', 'tick', 'tick']);
    expect(second.shown.kind === 'counting' && second.shown.phases).to.deep.equal(['tick', 'tick', 'tick', 'tock']);
  });

  it('forgets a release seen of another target when configured anew', () => {
    const released = nextState(config({ date: TARGET }), undefined, Date.parse('2022-12-15T12:00:00Z'), 'configured');
    const later = config({ date: '2022-12-16T11:00:00Z' });
    expect(summary(nextState(later, released.state, Date.parse('2022-12-15T12:00:00Z'), 'configured'))).to.equal(
      'counting 0d 23h 0m 0s (every second, alarm 2022-12-16T11:00:00Z)',
    );
  });
});

describe('readConfig', () => {
  it('reads the same attribute text once, for every countdown that has it', () => {
    expect(config({ date: TARGET, units: 'days hours' })).to.equal(config({ date: TARGET, units: 'days hours' }));
    expect(config({ date: TARGET, units: 'days hours' })).not.to.equal(config({ date: TARGET, units: 'days' }));
  });

  it('reads a Date afresh each time', () => {
    const withDate = properties({ date: new Date(Date.parse(TARGET)) });
    expect(readConfig(withDate)).to.deep.equal(readConfig(withDate));
    expect(readConfig(withDate)).not.to.equal(readConfig(withDate));
  });
});
