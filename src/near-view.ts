/**
 * Which countdowns are worth rendering yet: those within a viewport's height of what the
 * visitor sees. A release calendar of a thousand countdowns renders the few dozen in view in
 * its first frame and the others as they approach, one viewport ahead of the scroll, so that
 * they are drawn before they are seen. Rendering them in idle time instead would make every
 * page pay, in memory and DOM nodes, for countdowns most visitors never scroll to.
 *
 * The first look is one batch for every countdown connected in the same task (a page's
 * upgrade): their boxes are read together, one layout for all, after the task and before the
 * first frame, so that the ones in view render in that frame. After that one shared
 * IntersectionObserver watches those still far away.
 */
export type NearListener = () => void;

/** One viewport's height above and below the visible part of the page. */
const NEAR_MARGIN = '100% 0px';

const waiting = new Map<Element, NearListener>();
/** The waiting elements handed to the observer; the others wait for the first look. */
const observed = new WeakSet<Element>();
let firstLook: Promise<void> | undefined;
let observer: IntersectionObserver | undefined;

/**
 * Calls `onNear` once, when `element` is or comes near the viewport: at the latest when the
 * promise returned by `nearViewChecked()` resolves, if it is near now. Returns a function that
 * stops waiting.
 */
export function whenNearView(element: Element, onNear: NearListener): () => void {
  waiting.set(element, onNear);
  firstLook ??= Promise.resolve().then(lookAtWaiting);
  return () => {
    waiting.delete(element);
    if (observed.delete(element)) observer?.unobserve(element);
    if (waiting.size === 0) disconnect();
  };
}

/** Resolves once the countdowns connected so far have been looked at (and those near, told). */
export function nearViewChecked(): Promise<void> {
  return firstLook ?? Promise.resolve();
}

function lookAtWaiting(): void {
  firstLook = undefined;
  const fresh = [...waiting].filter(([element]) => !observed.has(element));
  if (typeof IntersectionObserver === 'undefined') {
    // Without it nothing would say when a countdown approaches: render them all.
    for (const [element, onNear] of fresh) near(element, onNear);
    return;
  }
  const viewHeight = window.innerHeight;
  // Every box first, then every call: reading one box after another's render would lay the page out each time.
  const boxes = fresh.map(([element]) => element.getBoundingClientRect());
  fresh.forEach(([element, onNear], index) => {
    const { top, bottom } = boxes[index];
    if (bottom >= -viewHeight && top <= 2 * viewHeight) {
      near(element, onNear);
    } else {
      observer ??= new IntersectionObserver(onIntersection, { rootMargin: NEAR_MARGIN });
      observer.observe(element);
      observed.add(element);
    }
  });
}

function near(element: Element, onNear: NearListener): void {
  waiting.delete(element);
  if (observed.delete(element)) observer?.unobserve(element);
  if (waiting.size === 0) disconnect();
  onNear();
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const onNear = waiting.get(entry.target);
    if (entry.isIntersecting && onNear) near(entry.target, onNear);
  }
}

function disconnect(): void {
  observer?.disconnect();
  observer = undefined;
}
