import { ON_SCREEN_MARGIN, observeViewport } from './viewport-observer.js';

/**
 * Whether a visitor can see an element, so that countdowns scrolled out of view do no work at
 * all.
 */
export type OnScreenListener = (onScreen: boolean) => void;

/** Calls `listener` whenever `element` enters or leaves the viewport (and once soon after this call). */
export function observeOnScreen(element: Element, listener: OnScreenListener): () => void {
  // Without IntersectionObserver everything counts as seen, which is correct, only busier.
  return observeViewport(element, ON_SCREEN_MARGIN, listener) ?? (() => {});
}
