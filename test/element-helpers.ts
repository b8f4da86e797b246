import { fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { ReleaseCountdown } from '../src/index.js';

/**
 * What every element test shares, written once (Lit keeps one test-helpers.ts per package):
 * the fake clock, countdown fixtures, and readers of what a visitor sees and hears.
 */

let clock: sinon.SinonFakeTimers | undefined;

/**
 * Fake timers and a fixed "now" for element tests; `restoreClock` undoes them. `frame`: a
 * frame's window to fake instead of this one, for a countdown defined in that frame.
 */
export function useClock(nowMs: number, frame?: Window): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({
    now: nowMs,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    // sinon reads `global` (missing from its types) as the window to install the clock in.
    ...(frame && ({ global: frame } as object)),
  });
  return clock;
}

export function restoreClock(): void {
  clock?.restore();
  clock = undefined;
}

/** For `afterEach`: sinon's sandbox first, since a spy on a faked timer function must not outlive the fake clock. */
export function restoreFakes(): void {
  sinon.restore();
  restoreClock();
}

/** The clock `useClock` (or `countdown`) started, for tests that set the time or fire timers one by one. */
export function fakeClock(): sinon.SinonFakeTimers {
  if (!clock) throw new Error('no fake clock: call useClock(), or countdown() with a time, first');
  return clock;
}

/**
 * A countdown with these attributes, upgraded and rendered: at `nowMs` on a new fake clock, or,
 * without `nowMs`, on the clock the test started itself (to fake something else before the
 * countdown exists). Never on the real clock.
 */
export async function countdown(attributes: Record<string, string>, nowMs?: number): Promise<ReleaseCountdown> {
  if (nowMs === undefined) fakeClock();
  else useClock(nowMs);
  const el = document.createElement('release-countdown');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<ReleaseCountdown>(html`${el}`);
}

/**
 * `countdown` with what a file's tests share: attributes every countdown gets (a test's own
 * attributes win) and the time it starts at (a test's own time wins).
 */
export function countdownWith(defaults: {
  attributes?: Record<string, string>;
  nowMs?: number;
}): (attributes?: Record<string, string>, nowMs?: number) => Promise<ReleaseCountdown> {
  return (attributes = {}, nowMs = defaults.nowMs) => countdown({ ...defaults.attributes, ...attributes }, nowMs);
}

export async function advance(el: ReleaseCountdown, ms: number): Promise<void> {
  fakeClock().tick(ms);
  await el.updateComplete;
}

/** Fires the one pending timer, as the browser would, and lets the element render. */
export async function nextTimer(el: ReleaseCountdown): Promise<void> {
  fakeClock().next();
  await el.updateComplete;
}

/** Makes the page hidden or visible to the element; sinon's sandbox puts the real state back. */
export function stubVisibility(state: DocumentVisibilityState): sinon.SinonStub {
  return sinon.stub(document, 'visibilityState').get(() => state);
}

/** A part of the element's rendering; none before it renders (far from view it shows its own content). */
export function part(el: ReleaseCountdown, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

export function parts(el: ReleaseCountdown, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What a sighted visitor reads: the countdown as laid out (e.g. "3 days 4 hours 5 minutes 6
 * seconds"), else the released text, else "error " and the message; "not upgraded" before the
 * element is defined, "not rendered" while it shows its own content far from view.
 */
export function shown(el: ReleaseCountdown): string {
  if (!el.matches(':defined')) return 'not upgraded';
  if (el.matches(':state(fallback)')) return 'not rendered';
  const units = part(el, 'countdown')?.querySelector<HTMLElement>('.shown');
  const released = part(el, 'released');
  const words = units ? units.innerText : released ? released.textContent : `error ${part(el, 'error')?.textContent}`;
  return (words ?? '').replace(/\s+/g, ' ').trim();
}

/** What a screen reader reads inside the timer. */
export function spoken(el: ReleaseCountdown): string {
  return text(part(el, 'countdown')?.querySelector('.spoken') ?? null);
}
