import { ReleaseCountdown } from './element/release-countdown.js';

export { ReleaseCountdown };
export type { ReleasedEventDetail } from './element/release-countdown.js';
export type { ReleaseCountdownProps } from './props.js';

// The script may be embedded twice on one page (two widgets, two URLs): the first one wins.
if (!customElements.get('release-countdown')) {
  customElements.define('release-countdown', ReleaseCountdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'release-countdown': ReleaseCountdown;
  }
}
