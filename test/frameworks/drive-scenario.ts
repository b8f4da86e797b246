import type { ReleaseCountdown } from 'release-countdown/element';
import scenario from './scenario.json';

/**
 * What the plain TypeScript fixtures do with their countdown, as the framework fixtures do
 * through their bindings: set `date` (a property) and `title`, count the `released` events, and
 * change both on "Later".
 */
export function driveScenario(countdown: ReleaseCountdown): void {
  const releasedOutput = document.querySelector<HTMLOutputElement>('#released')!;
  const eventsOutput = document.querySelector<HTMLOutputElement>('#events')!;
  let events = 0;

  countdown.date = new Date(scenario.first);
  countdown.title = scenario.title;
  countdown.addEventListener('released', (event) => {
    events += 1;
    releasedOutput.value = event.detail.date.toISOString();
    eventsOutput.value = String(events);
  });

  document.querySelector('#later')!.addEventListener('click', () => {
    countdown.date = new Date(scenario.later);
    countdown.title = scenario.laterTitle;
  });
}
