import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { closestLang, observeLang, type LangChange } from '../../src/page/lang-observer.js';

/** Lets the shared MutationObserver's callback (a microtask) run. */
const mutationsDelivered = () => Promise.resolve();

describe('closestLang', () => {
  const nodes: Element[] = [];
  afterEach(() => nodes.splice(0).forEach((node) => node.remove()));

  function tree(html: string): HTMLElement {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    nodes.push(container);
    return container;
  }

  it('is the element’s own lang, else its nearest ancestor’s, empty included', () => {
    const container = tree('<section lang="de"><p lang=""><span></span></p><b></b></section><i lang="fr"></i>');
    expect(closestLang(container.querySelector('i')!)).to.equal('fr');
    expect(closestLang(container.querySelector('b')!)).to.equal('de');
    expect(closestLang(container.querySelector('span')!)).to.equal('');
  });

  it('looks through shadow roots, as the browser’s own inheritance does', () => {
    const container = tree('<div lang="ja"></div>');
    const root = container.firstElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span></span></p>';
    expect(closestLang(root.querySelector('span')!)).to.equal('ja');
  });

  it('is null with no lang around, in a detached tree', () => {
    expect(closestLang(document.createElement('p'))).to.equal(null);
  });
});

describe('observeLang', () => {
  const stops: Array<() => void> = [];
  const nodes: Element[] = [];
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    nodes.splice(0).forEach((node) => node.remove());
    sinon.restore();
  });

  function watched(): { element: HTMLElement; around: HTMLElement; calls: LangChange[] } {
    const around = document.createElement('div');
    const element = around.appendChild(document.createElement('p'));
    document.body.append(around);
    nodes.push(around);
    const calls: LangChange[] = [];
    stops.push(observeLang(element, (changed) => calls.push(changed)));
    return { element, around, calls };
  }

  it('tells an element of a lang changed on it or around it, not elsewhere', async () => {
    const { element, around, calls } = watched();
    const elsewhere = document.body.appendChild(document.createElement('div'));
    nodes.push(elsewhere);
    elsewhere.lang = 'fr';
    await mutationsDelivered();
    expect(calls).to.deep.equal([]);
    around.lang = 'de';
    await mutationsDelivered();
    element.lang = 'it';
    await mutationsDelivered();
    expect(calls).to.deep.equal(['lang', 'lang']);
  });

  it('tells an element inside a shadow root of a lang changed on the host', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    nodes.push(host);
    const element = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    const calls: LangChange[] = [];
    stops.push(observeLang(element, (changed) => calls.push(changed)));
    host.lang = 'de';
    await mutationsDelivered();
    expect(calls).to.deep.equal(['lang']);
  });

  it('tells every element of a change of the browser’s language', () => {
    const first = watched();
    const second = watched();
    window.dispatchEvent(new Event('languagechange'));
    expect([first.calls, second.calls]).to.deep.equal([['browser'], ['browser']]);
  });

  it('is one observer for the page, gone with the last element it watched', async () => {
    const observe = sinon.spy(MutationObserver.prototype, 'observe');
    const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
    const first = watched();
    watched();
    expect(observe.callCount).to.equal(1);
    stops.shift()!();
    expect(disconnect.callCount).to.equal(0);
    stops.shift()!();
    expect(disconnect.callCount).to.equal(1);
    first.around.lang = 'de';
    await mutationsDelivered();
    expect(first.calls).to.deep.equal([]);
  });
});
