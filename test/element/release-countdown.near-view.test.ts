import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, countdown, part, restoreClock, text, useClock } from '../element-helpers.js';
import { frames } from '../frames.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
/** 3 days 4 hours 5 minutes 6 seconds before the target. */
const START_MS = Date.parse('2022-12-12T06:54:54Z');
const FAR_BELOW = 'position: absolute; top: 100000px';

/** The text a visitor (and find-in-page) gets from the element: its own content, through its slot, or its rendering. */
function visibleText(el: ReleaseCountdown): string {
  const root = el.shadowRoot;
  return (!root || root.querySelector('slot:not([name])') ? el.innerText : (root.textContent ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `count` countdowns 100 px tall, one below the other, each holding its own text, as a release
 * list's HTML would be parsed: upgraded together. `remove` takes them off the page.
 */
function aReleaseList(count: number): { all: ReleaseCountdown[]; remove: () => void } {
  const container = document.createElement('div');
  container.innerHTML = Array.from(
    { length: count },
    (_, index) =>
      `<release-countdown style="display:block;height:100px" date="${TARGET}">Release ${index}</release-countdown>`,
  ).join('');
  document.body.append(container);
  return {
    all: [...container.querySelectorAll<ReleaseCountdown>('release-countdown')],
    remove: () => container.remove(),
  };
}

afterEach(() => {
  sinon.restore();
  restoreClock();
});

describe('<release-countdown> far from view', () => {
  it('renders at once when in view', async () => {
    const el = await countdown({ date: TARGET, lang: 'en' }, START_MS);
    expect(part(el, 'countdown')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
  });

  it('shows its own content until it comes near, then renders the present', async () => {
    const el = await countdown({ date: TARGET, lang: 'en', style: FAR_BELOW }, START_MS);
    el.textContent = 'December 15, 2022 at 11:00 AM (UTC)';
    await frames();
    expect(part(el, 'countdown')).to.equal(null);
    expect(visibleText(el)).to.equal('December 15, 2022 at 11:00 AM (UTC)');

    await advance(el, 5000);
    el.style.cssText = '';
    await frames();
    await el.updateComplete;
    expect(text(part(el, 'countdown')?.querySelector('.spoken') ?? null)).to.equal('3 days, 4 hours, and 5 minutes');
    expect(visibleText(el)).to.contain('3days4hours5minutes1second');
  });

  it('is watched by one observer while far, and counts every second once near', async () => {
    const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    const el = await countdown({ date: TARGET, lang: 'en', style: FAR_BELOW }, START_MS);
    await frames();
    const watching = () => observe.getCalls().filter((call) => call.args[0] === el).length;
    expect(watching(), 'only the wait for the view, no watch of the screen for seconds').to.equal(1);

    el.style.cssText = '';
    await frames();
    await el.updateComplete;
    expect(watching(), 'now also whether it is on screen').to.equal(2);
    await advance(el, 1000);
    expect(visibleText(el)).to.contain('3days4hours5minutes5seconds');
  });

  it('renders a viewport ahead of the scroll, before it is seen', async () => {
    const el = await countdown({ date: TARGET, lang: 'en', style: FAR_BELOW }, START_MS);
    await frames();
    expect(part(el, 'countdown')).to.equal(null);
    el.style.top = `${Math.round(window.innerHeight * 1.5)}px`;
    await frames();
    await el.updateComplete;
    expect(part(el, 'countdown')).not.to.equal(null);
  });

  it('shows every child of its own while far, also those meant for the released and calendar slots, and adds no node', async () => {
    const el = await countdown({ date: TARGET, lang: 'en', style: FAR_BELOW }, START_MS);
    el.innerHTML = '<div>Season 2</div><a slot="released" href="#watch">Watch now</a>';
    await frames();
    // A shadow root is made on connection (Lit's createRenderRoot); far from view it holds only the slots showing the content.
    expect([...el.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot', 'slot', 'slot']);
    expect(visibleText(el)).to.equal('Season 2\nWatch now'.replace(/\s+/g, ' '));
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    expect(el.matches(':state(fallback)')).to.equal(true);

    el.style.cssText = '';
    await frames();
    await el.updateComplete;
    expect(el.matches(':state(fallback)')).to.equal(false);
    expect(part(el, 'countdown')).not.to.equal(null);
    expect(
      el.querySelector('a')!.getBoundingClientRect().height,
      'the released slot only shows once released',
    ).to.equal(0);
  });

  it('shows its title while far, when it holds no text of its own', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', style: FAR_BELOW }, START_MS);
    await frames();
    expect(part(el, 'countdown')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot:not([name])')?.textContent).to.equal('Season 2');
  });

  it('still releases on time, with its attribute and event, and shows the released message when it comes near', async () => {
    const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'en', style: FAR_BELOW }, TARGET_MS - 2000);
    await frames();
    const listener = sinon.spy();
    el.addEventListener('released', listener);
    await advance(el, 2000);
    expect(listener.callCount).to.equal(1);
    expect(el.hasAttribute('released')).to.equal(true);
    expect(part(el, 'released')).to.equal(null);

    el.style.cssText = '';
    await frames();
    await el.updateComplete;
    expect(text(part(el, 'released'))).to.equal('Season 2 has been released!');
    expect(listener.callCount).to.equal(1);
  });

  it('reads many countdowns in tasks of their own after the upgrade, a slice at a time, and releases each unseen', async () => {
    useClock(TARGET_MS + 1000);
    // Enough that reading them all takes several slices, even on a fast machine (about 10 µs each here).
    const { all, remove } = aReleaseList(3000);
    try {
      const releasedCount = () => all.filter((el) => el.hasAttribute('released')).length;
      await Promise.resolve();
      expect(releasedCount(), 'no first update in the task that upgraded them').to.equal(0);

      // A task of our own after each task of theirs: what it sees in between is how the work was split.
      const seen: number[] = [];
      const probe = new MessageChannel();
      await new Promise<void>((resolve) => {
        probe.port1.onmessage = () => {
          seen.push(releasedCount());
          if (seen.at(-1)! < all.length) probe.port2.postMessage(undefined);
          else resolve();
        };
        probe.port2.postMessage(undefined);
      });
      probe.port1.close();
      const between = new Set(seen.filter((count) => count > 0 && count < all.length));
      expect(between.size, `released counts seen between tasks: ${seen.join(' ')}`).to.be.at.least(1);
      expect(all.filter((el) => !el.matches(':state(fallback)')).length, 'only those near the view render').to.be.below(
        100,
      );
    } finally {
      remove();
    }
  });

  it('renders only the countdowns near the view when a thousand are on the page', async () => {
    useClock(START_MS);
    const { all, remove } = aReleaseList(1000);
    try {
      await Promise.all(all.map((el) => el.updateComplete));
      const rendered = all.filter((el) => part(el, 'countdown')).length;
      const showingOwnText = all.filter((el) => el.matches(':state(fallback)') && !part(el, 'countdown')).length;
      const nearRows = Math.ceil((3 * window.innerHeight) / 100) + 1;
      expect(rendered).to.be.above(0);
      expect(rendered).to.be.at.most(nearRows);
      expect(showingOwnText).to.equal(1000 - rendered);
    } finally {
      remove();
    }
  });
});
