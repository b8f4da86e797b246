import type { ReleaseCountdown, ReleasedEventDetail } from './release-countdown.js';

/** The properties a template may bind, typed as the element types them. */
type SettableProperties = Pick<
  ReleaseCountdown,
  | 'date'
  | 'timeZone'
  | 'releasedText'
  | 'units'
  | 'format'
  | 'unitDisplay'
  | 'repeat'
  | 'until'
  | 'releasedFor'
  | 'timeSource'
  | 'afterRelease'
  | 'calendar'
>;

/**
 * What a framework template may set on `<release-countdown>`, for JSX and template type-checkers:
 * each property by its own name (React 19, Vue and Svelte set it as a property) or its attribute by
 * the attribute's name, and the `released` event as `onreleased` (React 19 and Svelte 5).
 * Global attributes such as `title`, `lang` and `class` come from the framework's own HTML types.
 */
export interface ReleaseCountdownProps extends Partial<SettableProperties> {
  'time-zone'?: string;
  'released-text'?: string;
  'unit-display'?: string;
  'released-for'?: string;
  'time-source'?: string;
  after?: string;
  onreleased?: (event: CustomEvent<ReleasedEventDetail>) => void;
}
