import '../src/index.js';
import type { ReleaseCountdown } from '../src/index.js';

// Twelve seconds from now, set in the same task that defines the element (the import above), so
// that it renders once, with its date. Its fallback in the page keeps its room until then.
const soon = document.querySelector<ReleaseCountdown>('#soon')!;
soon.date = new Date(Date.now() + 12_000);

// The documented pattern: check `released` first (it may already be past), then listen.
const log = document.querySelector('#soon-log')!;
function onReleased(): void {
  log.textContent = `Released at ${new Date().toLocaleTimeString()}: the event fired once.`;
}
if (soon.released) onReleased();
else soon.addEventListener('released', onReleased, { once: true });
