import 'release-countdown';
import scenario from '../scenario.json';

const countdown = document.querySelector('release-countdown')!;
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
