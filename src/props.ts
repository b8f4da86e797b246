import type { CountdownAttributes } from './element/countdown-properties.js';
import type { ReleaseCountdown, ReleasedEventDetail } from './element/release-countdown.js';

/** The properties a template may bind, typed as the element types them: every entry of `properties`. */
type SettableProperties = Pick<ReleaseCountdown, keyof typeof ReleaseCountdown.properties>;

/**
 * What a framework template may set on `<release-countdown>`, for JSX and template type-checkers:
 * each property by its own name (React 19, Vue and Svelte set it as a property) or its attribute by
 * the attribute's name (both from the element's property table), and the `released` event as `onreleased` (React 19 and Svelte 5).
 * Global attributes such as `title`, `lang` and `class` come from the framework's own HTML types.
 */
export interface ReleaseCountdownProps extends Partial<SettableProperties>, CountdownAttributes {
  onreleased?: (event: CustomEvent<ReleasedEventDetail>) => void;
}
