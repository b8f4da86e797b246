import { FirstUpdateQueue } from './first-update-queue.js';
import { NEAR_VIEW_MARGIN, observeViewport } from './viewport-observer.js';

/**
 * When each countdown of a page does its work, so that the visitor sees values first and no
 * task is long, however many countdowns the page holds. A countdown's first update (reading
 * its attributes, so that it releases on time, and rendering when near the view) waits for its
 * turn in the first-update queue, those near the view first:
 *
 * - The first look, in a task of its own after the page's upgrade: the boxes of every
 *   countdown connected so far are read together, one layout for all. Those in view are near.
 * - The others are watched by the viewport observer and become near when they come within a
 *   viewport's height of the view, so that they are drawn before they are seen. Their first
 *   update runs meanwhile, after those near, without rendering. Rendering every countdown in
 *   idle time instead would make every page pay, in memory and DOM nodes, for countdowns most
 *   visitors never scroll to.
 */
export type NearListener = () => void;

/** Not near yet, with what to call when they are. */
const waiting = new Map<Element, NearListener>();
/** The waiting elements the viewport observer watches, with what stops it; the others wait for the look. */
const watched = new Map<Element, () => void>();
const queue = new FirstUpdateQueue({ look: lookAtWaiting });

/**
 * Calls `onNear` once, when `element` is or comes near the viewport. Returns a function that
 * stops waiting.
 */
export function whenNearView(element: Element, onNear: NearListener): () => void {
  waiting.set(element, onNear);
  queue.lookSoon();
  return () => {
    stopWaiting(element);
    // Removed before its turn: its first update still runs, so that nothing waits for it forever.
    queue.place(element, 'far');
  };
}

/**
 * Resolves when `element` may do its first update: soon if it is near the view (or never
 * waited for it), after those that are if it is not, and after the look if it is not known yet.
 */
export function firstUpdateTurn(element: Element): Promise<void> {
  if (!waiting.has(element)) queue.place(element, 'near');
  return queue.turn(element);
}

function lookAtWaiting(): void {
  const fresh = [...waiting].filter(([element]) => !watched.has(element));
  const viewHeight = window.innerHeight;
  // Every box first, then every call: reading one box after another's render would lay the page out each time.
  const boxes = fresh.map(([element]) => element.getBoundingClientRect());
  fresh.forEach(([element, onNear], index) => {
    const { top, bottom } = boxes[index];
    const stop =
      bottom >= 0 && top <= viewHeight
        ? undefined
        : observeViewport(element, NEAR_VIEW_MARGIN, (inside) => {
            if (inside) near(element, onNear);
          });
    // Without an observer nothing would say when a countdown approaches: it counts as near.
    if (!stop) {
      near(element, onNear);
    } else {
      watched.set(element, stop);
      queue.place(element, 'far');
    }
  });
}

function near(element: Element, onNear: NearListener): void {
  stopWaiting(element);
  onNear();
  queue.place(element, 'near');
}

function stopWaiting(element: Element): void {
  waiting.delete(element);
  watched.get(element)?.();
  watched.delete(element);
}
