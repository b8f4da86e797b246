/**
 * When each countdown of a page does its first update, so that no task is long however many
 * countdowns the page holds, and those a visitor is about to see go first. Turns are let
 * through in short tasks of their own, with frames and input between them: first a look (the
 * caller's, e.g. one read of every new box), then the turns in the near line, then those in
 * the far line.
 *
 * The longest a task of turns runs: half a frame for those far from view, which nobody waits
 * for; under a 50 ms long task for those near it, which a visitor is about to see. Each task
 * ends with a frame, whose layout and paint cost more the more countdowns a page shows: with a
 * thousand on screen, 8 ms tasks took 1.4 times as long to show them all as 40 ms ones.
 */
export const FAR_SLICE_MS = 8;
export const NEAR_SLICE_MS = 40;

export type Line = 'near' | 'far';

export interface FirstUpdateQueueOptions {
  /** Done at the start of the next task after `lookSoon()`, before any turn: it may `place` elements. */
  look: () => void;
  /**
   * Runs `task` in a task of its own, soon (by default a message to ourselves). The promise
   * `task` returns settles once the task's turns and their first updates have run.
   */
  postTask?: (task: () => Promise<void>) => void;
  /** The clock the slices are measured with, in milliseconds (by default `performance.now()`). */
  now?: () => number;
}

export class FirstUpdateQueue {
  readonly #look: () => void;
  readonly #postTask: (task: () => Promise<void>) => void;
  readonly #now: () => number;
  /** Where each element's turn goes; an element not placed yet waits for its place. */
  readonly #lineOf = new WeakMap<Element, Line>();
  /** The turns asked for and not let through yet. */
  readonly #turns = new Map<Element, { promise: Promise<void>; resolve: () => void }>();
  /** The turns in line, in order. */
  readonly #near = new Set<Element>();
  readonly #far = new Set<Element>();
  #lookWanted = false;
  #taskPosted = false;

  constructor({ look, postTask = postMessageTask(), now = () => performance.now() }: FirstUpdateQueueOptions) {
    this.#look = look;
    this.#postTask = postTask;
    this.#now = now;
  }

  /** Resolves when `element` may do its first update: in its line's order, once it has a place. */
  turn(element: Element): Promise<void> {
    let turn = this.#turns.get(element);
    if (!turn) {
      let resolve = () => {};
      const promise = new Promise<void>((resolvePromise) => (resolve = resolvePromise));
      turn = { promise, resolve };
      this.#turns.set(element, turn);
    }
    this.#getInLine(element);
    return turn.promise;
  }

  /** Puts `element`'s turn (asked for already, or later) in `line`, behind those already there. */
  place(element: Element, line: Line): void {
    this.#lineOf.set(element, line);
    if (this.#turns.has(element)) this.#getInLine(element);
  }

  /** Makes the next task the look, before any further turn. */
  lookSoon(): void {
    this.#lookWanted = true;
    this.#postSoon();
  }

  #getInLine(element: Element): void {
    const line = this.#lineOf.get(element);
    if (!line) return;
    (line === 'near' ? this.#far : this.#near).delete(element);
    (line === 'near' ? this.#near : this.#far).add(element);
    this.#postSoon();
  }

  #postSoon(): void {
    if (this.#taskPosted) return;
    this.#taskPosted = true;
    this.#postTask(() => this.#runTask());
  }

  /**
   * One task: the look, or turns until the slice's time has passed. Each first update runs as a
   * promise job right after its turn (awaiting one here lets it run), so that its time counts.
   */
  async #runTask(): Promise<void> {
    this.#taskPosted = false;
    if (this.#lookWanted) {
      this.#lookWanted = false;
      this.#look();
    } else {
      const start = this.#now();
      for (let element = this.#nextInLine(); element; element = this.#nextInLine()) {
        this.#letThrough(element);
        await undefined;
        if (this.#now() - start >= (this.#near.size > 0 ? NEAR_SLICE_MS : FAR_SLICE_MS)) break;
      }
    }
    if (this.#lookWanted || this.#near.size + this.#far.size > 0) this.#postSoon();
  }

  #nextInLine(): Element | undefined {
    return this.#near.values().next().value ?? this.#far.values().next().value;
  }

  #letThrough(element: Element): void {
    this.#near.delete(element);
    this.#far.delete(element);
    const turn = this.#turns.get(element);
    this.#turns.delete(element);
    turn?.resolve();
  }
}

/**
 * Posts each task as a message to ourselves, which runs in a task of its own at once:
 * `setTimeout` waits at least 4 ms once nested, and test suites' fake clocks hold it back.
 */
function postMessageTask(): (task: () => Promise<void>) => void {
  let channel: MessageChannel | undefined;
  const tasks: Array<() => Promise<void>> = [];
  return (task) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => void tasks.shift()?.();
    }
    tasks.push(task);
    channel.port2.postMessage(undefined);
  };
}
