import { expect, fixture, html } from '@open-wc/testing';
import type { ReleaseCountdown } from '../../src/index.js';
import { advance, part, restoreFakes, useClock } from '../element-helpers.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);

afterEach(restoreFakes);

/** A sentence with a countdown inside it, the way an inline theme shows it. */
async function sentence(nowMs: number): Promise<{ paragraph: HTMLParagraphElement; el: ReleaseCountdown }> {
  useClock(nowMs);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 60rem">
    <style>
      .in-sentence { display: inline; }
      .in-sentence::part(title), .in-sentence::part(date) { display: none; }
      .in-sentence::part(countdown), .in-sentence::part(released) { display: inline; margin: 0; }
    </style>
    <p>Season 2 arrives in <release-countdown class="in-sentence" format="text" title="Season 2" released-text="today" date=${TARGET}></release-countdown><span class="full-stop">.</span> Stay tuned.</p>
  </div>`);
  const paragraph = wrapper.querySelector('p')!;
  const el = paragraph.querySelector('release-countdown')!;
  await el.updateComplete;
  return { paragraph, el };
}

/** The distinct line tops the paragraph's text is laid out on. */
function lineTops(paragraph: HTMLElement): number[] {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  return [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))];
}

/**
 * Where the text right after the element starts: the full stop. It is read from an element's
 * box, because WebKit (2.50) rounds the boxes of text ranges to whole pixels.
 */
function fullStopLeft(paragraph: HTMLElement): number {
  return paragraph.querySelector('.full-stop')!.getBoundingClientRect().left;
}

describe('<release-countdown> inside a sentence (display: inline)', () => {
  it('keeps the sentence on one line, with no stray space before the full stop', async () => {
    const { paragraph, el } = await sentence(TARGET_MS - 3 * 86_400_000);
    expect(lineTops(paragraph)).to.have.length(1);
    const phrase = el.shadowRoot!.querySelector('.shown')!.getBoundingClientRect();
    expect(fullStopLeft(paragraph) - phrase.right).to.be.within(-0.5, 0.5);
  });

  it('stays on one line once released', async () => {
    const { paragraph, el } = await sentence(TARGET_MS - 1000);
    await advance(el, 1000);
    expect(el.released).to.equal(true);
    expect(lineTops(paragraph)).to.have.length(1);
    const released = part(el, 'released')!.getBoundingClientRect();
    expect(fullStopLeft(paragraph) - released.right).to.be.within(-0.5, 0.5);
  });
});
