import 'release-countdown';
import { driveScenario } from '../drive-scenario.js';

driveScenario(document.querySelector('release-countdown')!);
