import { AsyncDirective, directive } from 'lit/async-directive.js';

/**
 * Text that changes every second, written where it is shown without rendering the element
 * again: a template binds it with `follow(text)`, and `text.set(…)` rewrites that one text
 * node or attribute. With a thousand countdowns on a page, a full render each per second would
 * be most of the cost of ticking.
 */
export class TickingText {
  #value: string;
  #write: ((value: string) => void) | undefined;

  constructor(value = '') {
    this.#value = value;
  }

  get value(): string {
    return this.#value;
  }

  set(value: string): void {
    if (value === this.#value) return;
    this.#value = value;
    this.#write?.(value);
  }

  /** The one place showing this text; `undefined` while it is not on the page. */
  showIn(write: ((value: string) => void) | undefined): void {
    this.#write = write;
  }
}

class FollowDirective extends AsyncDirective {
  #text: TickingText | undefined;
  readonly #write = (value: string) => this.setValue(value);

  render(text: TickingText): string {
    return text.value;
  }

  override update(_part: unknown, [text]: [TickingText]): string {
    if (text !== this.#text) {
      this.#text?.showIn(undefined);
      this.#text = text;
      if (this.isConnected) text.showIn(this.#write);
    }
    return text.value;
  }

  protected override disconnected(): void {
    this.#text?.showIn(undefined);
  }

  protected override reconnected(): void {
    if (!this.#text) return;
    this.#text.showIn(this.#write);
    // It may have changed while off the page.
    this.setValue(this.#text.value);
  }
}

/** Binds a `TickingText` in a template: a child text or one value of an attribute. */
export const follow = directive(FollowDirective);
