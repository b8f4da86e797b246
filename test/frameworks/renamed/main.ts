import { ReleaseCountdown } from 'release-countdown/element';
import { driveScenario } from '../drive-scenario.js';

// It throws if the class is already registered under another name: element.js must not define it.
customElements.define('launch-countdown', ReleaseCountdown);

driveScenario(document.querySelector<ReleaseCountdown>('launch-countdown')!);
