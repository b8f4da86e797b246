/**
 * When each countdown of a page does its work, so that the visitor sees values first and no
 * task is long, however many countdowns the page holds. A countdown's first update (reading
 * its attributes, so that it releases on time, and rendering when near the view) waits for its
 * turn; turns are let through in short tasks (`SLICE_MS`, `NEAR_SLICE_MS`), with frames and
 * input between them, those near the view first:
 *
 * - The first look, in a task of its own after the page's upgrade: the boxes of every
 *   countdown connected so far are read together, one layout for all. Those in view are near.
 * - The others are watched by one shared IntersectionObserver and become near when they come
 *   within a viewport's height of the view, so that they are drawn before they are seen. Their
 *   first update runs meanwhile, after those near, without rendering. Rendering every countdown
 *   in idle time instead would make every page pay, in memory and DOM nodes, for countdowns
 *   most visitors never scroll to.
 */
export type NearListener = () => void;

/** One viewport's height above and below the visible part of the page. */
const NEAR_MARGIN = '100% 0px';
/**
 * The longest a task of first updates runs: half a frame for those far from view, which nobody
 * waits for; under a 50 ms long task for those near it, which a visitor is about to see. Each
 * task ends with a frame, whose layout and paint cost more the more countdowns a page shows:
 * with a thousand on screen, 8 ms tasks took 1.4 times as long to show them all as 40 ms ones.
 */
const SLICE_MS = 8;
const NEAR_SLICE_MS = 40;

/** Not near yet, with what to call when they are. */
const waiting = new Map<Element, NearListener>();
/** The waiting elements handed to the observer; the others wait for the first look. */
const observed = new WeakSet<Element>();
/** First updates not yet let through. */
const turns = new Map<Element, () => void>();
/** The turns in line, in order: those near the view, then the others. */
const nearInLine = new Set<Element>();
const farInLine = new Set<Element>();
let lookPending = false;
let slicePending = false;
let observer: IntersectionObserver | undefined;

/**
 * Calls `onNear` once, when `element` is or comes near the viewport. Returns a function that
 * stops waiting.
 */
export function whenNearView(element: Element, onNear: NearListener): () => void {
  waiting.set(element, onNear);
  lookPending = true;
  queueSlice();
  return () => {
    waiting.delete(element);
    if (observed.delete(element)) observer?.unobserve(element);
    if (waiting.size === 0) disconnect();
    // Removed before its turn: its first update still runs, so that nothing waits for it forever.
    if (turns.has(element)) getInLine(element, farInLine);
  };
}

/**
 * Resolves when `element`, which called `whenNearView` first, may do its first update: soon
 * if it is near the view, after those that are if it is not.
 */
export function firstUpdateTurn(element: Element): Promise<void> {
  return new Promise((resolve) => {
    turns.set(element, resolve);
    if (!waiting.has(element)) getInLine(element, nearInLine);
    else if (observed.has(element)) getInLine(element, farInLine);
    // Otherwise the first look puts it in line.
  });
}

function lookAtWaiting(): void {
  lookPending = false;
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
    if (bottom >= 0 && top <= viewHeight) {
      near(element, onNear);
    } else {
      observer ??= new IntersectionObserver(onIntersection, { rootMargin: NEAR_MARGIN });
      observer.observe(element);
      observed.add(element);
      if (turns.has(element)) getInLine(element, farInLine);
    }
  });
}

function near(element: Element, onNear: NearListener): void {
  waiting.delete(element);
  if (observed.delete(element)) observer?.unobserve(element);
  if (waiting.size === 0) disconnect();
  onNear();
  if (turns.has(element)) getInLine(element, nearInLine);
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

function getInLine(element: Element, line: Set<Element>): void {
  (line === nearInLine ? farInLine : nearInLine).delete(element);
  line.add(element);
  queueSlice();
}

function nextInLine(): Element | undefined {
  return nearInLine.values().next().value ?? farInLine.values().next().value;
}

function letThrough(element: Element): void {
  nearInLine.delete(element);
  farInLine.delete(element);
  const resolve = turns.get(element);
  turns.delete(element);
  resolve?.();
}

/**
 * One task: the first look, or turns until the slice's time has passed. Each first update runs as a
 * promise job right after its turn (awaiting one here lets it run), so that its time counts.
 */
async function runSlice(): Promise<void> {
  slicePending = false;
  if (lookPending) {
    lookAtWaiting();
  } else {
    const start = performance.now();
    for (let element = nextInLine(); element; element = nextInLine()) {
      letThrough(element);
      await undefined;
      if (performance.now() - start >= (nearInLine.size > 0 ? NEAR_SLICE_MS : SLICE_MS)) break;
    }
  }
  if (lookPending || nearInLine.size + farInLine.size > 0) queueSlice();
}

/**
 * The next slice, in a task of its own at once: a message to ourselves. `setTimeout` waits at
 * least 4 ms once nested, and test suites' fake clocks hold it back.
 */
let channel: MessageChannel | undefined;
function queueSlice(): void {
  if (slicePending) return;
  slicePending = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => void runSlice();
  }
  channel.port2.postMessage(undefined);
}
