// `release-countdown/react`: the same module as `release-countdown` (it defines the element), plus
// the JSX type of <release-countdown> for React 19. The JSX type lives in its own entry because it
// names React's types, which a project without React cannot resolve.
import type * as React from 'react';
import type { ReleaseCountdownProps } from './props.js';
import type { ReleaseCountdown } from './element/release-countdown.js';

export * from './index.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'release-countdown': React.DetailedHTMLProps<React.HTMLAttributes<ReleaseCountdown>, ReleaseCountdown> &
        ReleaseCountdownProps;
    }
  }
}
