import { fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { ReleaseCountdown } from '../src/index.js';

/** Fake timers and a fixed "now" for element tests; `restoreClock` undoes them. */
let clock: sinon.SinonFakeTimers | undefined;

export function useClock(nowMs: number): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({
    now: nowMs,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  return clock;
}

export function restoreClock(): void {
  clock?.restore();
  clock = undefined;
}

/** A countdown with these attributes, upgraded and rendered at `nowMs`. */
export async function countdown(attributes: Record<string, string>, nowMs: number): Promise<ReleaseCountdown> {
  useClock(nowMs);
  const el = document.createElement('release-countdown');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<ReleaseCountdown>(html`${el}`);
}

export async function advance(el: ReleaseCountdown, ms: number): Promise<void> {
  clock!.tick(ms);
  await el.updateComplete;
}

export function part(el: ReleaseCountdown, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function parts(el: ReleaseCountdown, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
