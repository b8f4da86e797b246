import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { LiveText, liveText } from '../../src/text/live-text.js';

describe('LiveText', () => {
  it('writes a new value where it is shown, and nothing for the same value or when not shown', () => {
    const text = new LiveText('1');
    text.set('2');
    const writes: string[] = [];
    text.showIn((value) => writes.push(value));
    text.set('2');
    text.set('3');
    text.showIn(undefined);
    text.set('4');
    expect(writes).to.deep.equal(['3']);
    expect(text.value).to.equal('4');
  });
});

describe('liveText()', () => {
  const shownIn = (container: HTMLElement) => {
    const p = container.querySelector('p')!;
    return [p.getAttribute('part'), p.textContent];
  };

  it('shows a text and rewrites it in place on set, in a child position and in an attribute', () => {
    const container = document.createElement('div');
    const value = new LiveText('1');
    const phase = new LiveText('tick');
    const template = () => html`<p part="value ${liveText(phase)}">${liveText(value)}</p>`;
    render(template(), container);
    const node = container.querySelector('p')!.lastChild;
    value.set('2');
    phase.set('tock');
    expect(shownIn(container)).to.deep.equal(['value tock', '2']);
    render(template(), container);
    expect(shownIn(container)).to.deep.equal(['value tock', '2']);
    expect(container.querySelector('p')!.lastChild, 'the same text node').to.equal(node);
  });

  it('shows another text bound in its place, even one equal to what Lit itself last wrote', () => {
    const container = document.createElement('div');
    const template = (phase: LiveText, value: LiveText) =>
      html`<p part="value ${liveText(phase)}">${liveText(value)}</p>`;
    const [phase, value] = [new LiveText('tick'), new LiveText('1')];
    render(template(phase, value), container);
    phase.set('tock');
    value.set('2');
    const [otherPhase, otherValue] = [new LiveText('tick'), new LiveText('1')];
    render(template(otherPhase, otherValue), container);
    expect(shownIn(container)).to.deep.equal(['value tick', '1']);
    phase.set('tick');
    value.set('3');
    expect(shownIn(container), 'the texts no longer bound write nothing').to.deep.equal(['value tick', '1']);
    otherValue.set('4');
    expect(shownIn(container)).to.deep.equal(['value tick', '4']);
  });

  it('refuses an attribute with another binding, whose text it could not rewrite alone', () => {
    const container = document.createElement('div');
    const [a, b] = [new LiveText('a'), new LiveText('b')];
    expect(() => render(html`<p class="${liveText(a)} ${liveText(b)}"></p>`, container)).to.throw(/only binding/);
  });
});
