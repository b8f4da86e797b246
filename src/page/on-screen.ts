/**
 * Whether a visitor can see an element: one IntersectionObserver for every countdown on the
 * page, so that countdowns scrolled out of view do no work at all.
 */
export type OnScreenListener = (onScreen: boolean) => void;

const listeners = new Map<Element, OnScreenListener>();
let observer: IntersectionObserver | undefined;

/** Calls `listener` whenever `element` enters or leaves the viewport (and once soon after this call). */
export function observeOnScreen(element: Element, listener: OnScreenListener): () => void {
  // Without IntersectionObserver everything counts as seen, which is correct, only busier.
  if (typeof IntersectionObserver === 'undefined') return () => {};
  // The margin lets a countdown catch up just before it scrolls into view.
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: '200px' });
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
}
