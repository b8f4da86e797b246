import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { TickingText, ticking } from '../../src/text/live-text.js';

describe('live text (TickingText and ticking())', () => {
  it('writes a new value into the text node it shows in, without rendering again', () => {
    const host = document.createElement('div');
    const text = new TickingText('3');
    render(html`<span>${ticking(text)}</span>`, host);
    const node = host.querySelector('span')!.lastChild;
    expect(host.textContent).to.equal('3');
    text.set('2');
    expect(host.textContent).to.equal('2');
    expect(host.querySelector('span')!.lastChild, 'the same text node').to.equal(node);
  });

  it('writes the one binding of an attribute, with the text around it', () => {
    const host = document.createElement('div');
    const phase = new TickingText('tick');
    render(html`<span part="value ${ticking(phase)}"></span>`, host);
    const span = host.querySelector('span')!;
    expect(span.getAttribute('part')).to.equal('value tick');
    phase.set('tock');
    expect(span.getAttribute('part')).to.equal('value tock');
  });

  it('shows its value again when rendered after `set` changed what Lit last wrote', () => {
    const host = document.createElement('div');
    const phase = new TickingText('tick');
    const template = () => html`<span part="value ${ticking(phase)}"></span>`;
    render(template(), host);
    const span = host.querySelector('span')!;
    span.setAttribute('part', 'value tampered');
    render(template(), host);
    expect(span.getAttribute('part')).to.equal('value tick');
  });

  it('writes only where it was rendered last', () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    const text = new TickingText('a');
    render(html`${ticking(text)}`, first);
    render(html`${ticking(text)}`, second);
    render(html`${ticking(new TickingText('other'))}`, first);
    text.set('b');
    expect([first.textContent, second.textContent]).to.deep.equal(['other', 'b']);
  });

  it('costs nothing for a value that did not change', () => {
    const host = document.createElement('div');
    const text = new TickingText('5');
    render(html`${ticking(text)}`, host);
    const node = [...host.childNodes].find((child) => child.nodeType === Node.TEXT_NODE)!;
    let writes = 0;
    new MutationObserver((records) => (writes += records.length)).observe(node, { characterData: true });
    text.set('5');
    expect(text.value).to.equal('5');
    expect(writes).to.equal(0);
  });

  it('refuses a binding it cannot keep up to date', () => {
    const text = new TickingText('x');
    expect(() =>
      render(html`<span title="a ${ticking(text)} b ${'c'}"></span>`, document.createElement('div')),
    ).to.throw('ticking() binds a child text, or the only binding of an attribute');
  });
});
