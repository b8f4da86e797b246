import type { ReactiveController, ReactiveElement } from 'lit';
import { firstUpdateTurn, whenNearView } from '../page/near-view.js';

export interface NearViewControllerOptions {
  /** Called once, when the host is or comes near the view, before the update this requests. */
  onNear?: () => void;
}

/**
 * Whether a host is near the view (`near-view.ts`: in view, or within a viewport's height of
 * it), and when it may do its first update. Until it is near, the host shows its own content,
 * as before the script ran, and matches `:state(fallback)`, so that a page's fallback styles,
 * which `:not(:defined)` no longer reaches, still apply; the first update after it comes near
 * ends that.
 */
export class NearViewController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #onNear: (() => void) | undefined;
  #near = false;
  #stopWaiting: (() => void) | undefined;
  /** Made on the first connection, for the `fallback` state, which only an element's internals set. */
  #internals: ElementInternals | undefined;

  constructor(host: ReactiveElement, { onNear }: NearViewControllerOptions = {}) {
    this.#host = host;
    this.#onNear = onNear;
    host.addController(this);
  }

  /** Set once the host has been near the view: from then on it renders, wherever it is. */
  get near(): boolean {
    return this.#near;
  }

  /** Resolves when the host may do its first update: soon if it is near the view, after those that are if not. */
  firstTurn(): Promise<void> {
    return firstUpdateTurn(this.#host);
  }

  hostConnected(): void {
    if (this.#near) return;
    if (!this.#internals) {
      this.#internals = this.#host.attachInternals();
      this.#internals.states.add('fallback');
    }
    this.#stopWaiting = whenNearView(this.#host, () => {
      this.#near = true;
      this.#stopWaiting = undefined;
      this.#onNear?.();
      // Before its first update the host renders when its turn comes.
      if (this.#host.hasUpdated) this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
  }

  /** The update after coming near rendered the host's own tree: its fallback is gone. */
  hostUpdated(): void {
    if (this.#near) this.#internals?.states.delete('fallback');
  }
}
