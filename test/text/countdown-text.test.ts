import { expect } from '@open-wc/testing';
import { CountdownText } from '../../src/text/countdown-text.js';
import type { UnitAmount } from '../../src/time/remaining.js';
import type { LiveText } from '../../src/text/live-text.js';

const amounts = (days: number, hours: number, minutes: number, seconds: number): UnitAmount[] => [
  { unit: 'days', amount: days },
  { unit: 'hours', amount: hours },
  { unit: 'minutes', amount: minutes },
  { unit: 'seconds', amount: seconds },
];

/** Every write a LiveText makes to where it is shown. */
function writesOf(text: LiveText): string[] {
  const writes: string[] = [];
  text.showIn((value) => writes.push(value));
  return writes;
}

describe('CountdownText', () => {
  it('lays out pieces the first time, then rewrites only the texts that change', () => {
    const text = new CountdownText('en', 'blocks', 'long');
    expect(text.show(amounts(3, 4, 5, 6), ['tick', 'tick', 'tick', 'tick'])).to.equal('needs-render');
    expect(text.pieces.map(({ value, label }) => `${value.value} ${label.value}`)).to.deep.equal([
      '3 days',
      '4 hours',
      '5 minutes',
      '6 seconds',
    ]);
    const pieces = text.pieces;
    const [daysValue, , , secondsValue] = pieces.map(({ value }) => writesOf(value));
    const secondsPhase = writesOf(pieces[3].phase);
    expect(text.show(amounts(3, 4, 5, 5), ['tick', 'tick', 'tick', 'tock'])).to.equal('rendered');
    expect(text.pieces).to.equal(pieces);
    expect(secondsValue).to.deep.equal(['5']);
    expect(secondsPhase).to.deep.equal(['tock']);
    expect(daysValue).to.deep.equal([]);
  });

  it('changes a label in place when its plural changes', () => {
    const text = new CountdownText('en', 'blocks', 'long');
    text.show(amounts(0, 0, 2, 0), ['tick', 'tick', 'tick', 'tick']);
    const minutesLabel = writesOf(text.pieces[2].label);
    expect(text.show(amounts(0, 0, 1, 59), ['tick', 'tick', 'tock', 'tock'])).to.equal('rendered');
    expect(minutesLabel).to.deep.equal(['minute']);
  });

  it('lays out anew when the units change', () => {
    const text = new CountdownText('en', 'compact', 'long');
    text.show(amounts(3, 4, 5, 6), ['tick', 'tick', 'tick', 'tick']);
    expect(text.pieces.map(({ separator, hasLabel }) => [separator, hasLabel])).to.deep.equal([
      ['', true],
      [' ', false],
      [':', false],
      [':', false],
    ]);
    expect(text.show(amounts(3, 4, 5, 6).slice(1), ['tick', 'tick', 'tick'])).to.equal('needs-render');
    expect(text.pieces.map(({ unit }) => unit)).to.deep.equal(['hours', 'minutes', 'seconds']);
  });

  it('keeps the spoken phrase while only the seconds change, and speaks the seconds at the end', () => {
    const text = new CountdownText('en', 'blocks', 'long');
    text.show(amounts(0, 0, 1, 2), ['tick', 'tick', 'tick', 'tick']);
    expect(text.spoken.value).to.equal('1 minute');
    const spoken = writesOf(text.spoken);
    text.show(amounts(0, 0, 1, 1), ['tick', 'tick', 'tick', 'tock']);
    text.show(amounts(0, 0, 1, 0), ['tick', 'tick', 'tick', 'tick']);
    expect(spoken).to.deep.equal([]);
    text.show(amounts(0, 0, 0, 59), ['tick', 'tick', 'tock', 'tock']);
    expect(spoken).to.deep.equal(['59 seconds']);
  });

  it('with format="text", writes one sentence, laid out the first time and rewritten in place after', () => {
    const text = new CountdownText('en', 'text', 'long');
    expect(text.show(amounts(0, 4, 0, 7), ['tick', 'tick', 'tick', 'tick'])).to.equal('needs-render');
    expect(text.show(amounts(0, 4, 0, 6), ['tick', 'tick', 'tick', 'tock'])).to.equal('rendered');
    expect(text.sentence.value).to.equal('4 hours and 6 seconds');
    expect(text.pieces).to.deep.equal([]);
  });
});
