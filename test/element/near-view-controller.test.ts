import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { NearViewController } from '../../src/element/near-view-controller.js';

/** A host that waits for its first turn as the element does, and records what the controller tells it. */
class NearHost extends LitElement {
  nearCalls = 0;
  readonly view = new NearViewController(this, { onNear: () => (this.nearCalls += 1) });

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return this.view.firstTurn().then(() => super.scheduleUpdate());
  }
}
customElements.define('near-view-controller-host', NearHost);

/** Lets the browser run its rendering steps, where IntersectionObserver reports. */
async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('NearViewController', () => {
  const hosts: NearHost[] = [];
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  function host(style = ''): NearHost {
    const element = document.createElement('near-view-controller-host') as NearHost;
    element.style.cssText = `display:block;height:10px;${style}`;
    document.body.append(element);
    hosts.push(element);
    return element;
  }

  it('matches :state(fallback) from its connection until the update after it comes near', async () => {
    const el = host();
    expect([el.view.near, el.matches(':state(fallback)')]).to.deep.equal([false, true]);
    await frames();
    await el.updateComplete;
    expect([el.view.near, el.nearCalls, el.matches(':state(fallback)')]).to.deep.equal([true, 1, false]);
  });

  it('far from view: stays in its fallback, has its first update all the same, and calls onNear once when it comes near', async () => {
    const el = host('position:absolute;top:100000px');
    await frames();
    await el.updateComplete;
    expect([el.hasUpdated, el.view.near, el.nearCalls, el.matches(':state(fallback)')]).to.deep.equal([
      true,
      false,
      0,
      true,
    ]);
    el.style.top = '0';
    await frames();
    await el.updateComplete;
    el.style.top = '100000px';
    await frames();
    el.style.top = '0';
    await frames();
    expect([el.view.near, el.nearCalls, el.matches(':state(fallback)')]).to.deep.equal([true, 1, false]);
  });

  it('stops waiting while off the page, and waits again when back', async () => {
    const el = host('position:absolute;top:100000px');
    await frames();
    el.remove();
    el.style.top = '0';
    await frames();
    expect(el.nearCalls).to.equal(0);
    document.body.append(el);
    await frames();
    await el.updateComplete;
    expect([el.view.near, el.nearCalls]).to.deep.equal([true, 1]);
  });
});
