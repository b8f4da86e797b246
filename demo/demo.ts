import type { ReleaseCountdown } from '../src/index.js';

// An element made from script gets its date before it joins the page, so it is never "missing".
const soon = document.createElement('release-countdown') as ReleaseCountdown;
soon.title = 'The trailer';
soon.units = 'minutes seconds';
soon.date = new Date(Date.now() + 12_000);
document.querySelector('#soon-slot')!.append(soon);

// The documented pattern: check `released` first (it may already be past), then listen.
const log = document.querySelector('#soon-log')!;
function onReleased(): void {
  log.textContent = `Released at ${new Date().toLocaleTimeString()}: the event fired once.`;
}
if (soon.released) onReleased();
else soon.addEventListener('released', onReleased, { once: true });
