import { ReleaseCountdown } from 'release-countdown/element';
import scenario from '../scenario.json';

// It throws if the class is already registered under another name: element.js must not define it.
customElements.define('launch-countdown', ReleaseCountdown);

const countdown = document.querySelector<ReleaseCountdown>('launch-countdown')!;
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
