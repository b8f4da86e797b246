/**
 * Whether elements are within some distance of the viewport: one IntersectionObserver per
 * margin for every element of the page, made when the first element asks and dropped when the
 * last one stops, so that a page of a thousand countdowns pays for one or two observers.
 *
 * Two margins, on purpose, since they buy different things:
 * - `NEAR_VIEW_MARGIN`, a viewport's height above and below: a countdown is rendered once,
 *   before it is seen, so a generous margin costs one render and saves a blank box on a fast
 *   scroll.
 * - `ON_SCREEN_MARGIN`, 200 px all around: a rendered countdown counts every second while
 *   inside it, so a tight margin keeps the countdowns that tick few, and is still enough for it
 *   to catch up just before it scrolls into view.
 */
export type ViewportListener = (inside: boolean) => void;

export const NEAR_VIEW_MARGIN = '100% 0px';
export const ON_SCREEN_MARGIN = '200px';

interface Watch {
  observer: IntersectionObserver;
  listeners: Map<Element, Set<ViewportListener>>;
}

const watches = new Map<string, Watch>();

/**
 * Calls `listener` whenever `element` comes inside `rootMargin` around the viewport or leaves
 * it, and once soon after this call with where it is. Returns the function that stops it.
 * Undefined where the browser has no IntersectionObserver: then nothing can tell, and the
 * caller decides what that means.
 */
export function observeViewport(
  element: Element,
  rootMargin: string,
  listener: ViewportListener,
): (() => void) | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  let watch = watches.get(rootMargin);
  if (!watch) {
    const listeners = new Map<Element, Set<ViewportListener>>();
    const observer = new IntersectionObserver((entries) => report(listeners, entries), { rootMargin });
    watch = { observer, listeners };
    watches.set(rootMargin, watch);
  }
  const { observer, listeners } = watch;
  let ofElement = listeners.get(element);
  if (!ofElement) {
    ofElement = new Set();
    listeners.set(element, ofElement);
    observer.observe(element);
  }
  // Its own function, so that the same listener given twice is stopped once per call.
  const call: ViewportListener = (inside) => listener(inside);
  ofElement.add(call);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    ofElement.delete(call);
    if (ofElement.size > 0) return;
    listeners.delete(element);
    observer.unobserve(element);
    if (listeners.size > 0) return;
    observer.disconnect();
    watches.delete(rootMargin);
  };
}

function report(listeners: Map<Element, Set<ViewportListener>>, entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    const ofTarget = listeners.get(target);
    // A listener may stop itself or another one: those stopped are not called, even later in the batch.
    for (const listener of [...(ofTarget ?? [])]) if (ofTarget?.has(listener)) listener(isIntersecting);
  }
}
