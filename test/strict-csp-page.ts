import type { ReleaseCountdown } from '../src/index.js';
import { useClock } from './element-helpers.js';

/**
 * test/pages/strict-csp.html in an iframe, served with a strict Content-Security-Policy
 * (web-test-runner.config.mjs), with the builds named in `load` on it: "source" is
 * src/index.ts as the test server compiles it, "bundle" the embed file as `npm run build`
 * makes it (Lit and Luxon inlined and minified).
 */
export type CspWindow = Window &
  typeof globalThis & {
    loaded: Promise<void>;
    mount(list: Array<Record<string, string>>): ReleaseCountdown[];
    report(): { violations: string[]; errors: string[] };
  };

const frames: HTMLIFrameElement[] = [];

/**
 * Opens the page with the builds in `load` (comma separated), its clock faked at `nowMs`;
 * `query` adds to the page's address (`&trusted-types=unsupported`).
 */
export async function openPage(load: string, nowMs: number, query = ''): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/strict-csp.html?load=${load}${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  await win.loaded;
  // The frame's own clock, faked from here, before any countdown exists.
  useClock(nowMs, win);
  return win;
}

export function closeFrames(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/** Violation reports are queued as tasks: lets the (real) event loop deliver them. */
export function reportsDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setTimeout(resolve)));
}
