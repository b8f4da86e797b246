import { Directive, PartType, directive, type AttributePart, type Part, type PartInfo } from 'lit/directive.js';

/**
 * Text that changes every second, written where it is shown without rendering the element
 * again: a template binds it with `liveText(text)`, and `text.set(…)` rewrites that one text
 * node or attribute. With a thousand countdowns on a page, a full render each per second would
 * be most of the cost of ticking.
 */
export class LiveText {
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

  /** The one place showing this text, which the next `set` writes to; `undefined` for none. */
  showIn(write: ((value: string) => void) | undefined): void {
    this.#write = write;
  }
}

/** Where a `LiveText` is shown: a text node, or an attribute whose one binding it is. */
interface Place {
  shows(value: string): boolean;
  write: (value: string) => void;
}

function textNodePlace(node: Text): Place {
  return { shows: (value) => node.data === value, write: (value) => (node.data = value) };
}

function attributePlace({ element, name, strings = ['', ''] }: AttributePart): Place {
  const text = (value: string) => strings[0] + value + strings[1];
  return {
    shows: (value) => element.getAttribute(name) === text(value),
    write: (value) => element.setAttribute(name, text(value)),
  };
}

/**
 * Shows a `LiveText` and makes its part the one `set` writes to. What the part shows always
 * equals the text's value:
 * - in a child position the directive shows a text node of its own, which Lit inserts once;
 * - in an attribute, whose only binding it must be (`part="value ${…}"`), each render also
 *   writes the attribute when it differs, because Lit skips a value equal to the last one Lit
 *   wrote, which `set` may since have changed.
 * A part taken off the page is written until another part shows the text: writes to a
 * detached node, which cost less than Lit's connection tracking (an AsyncDirective) for every
 * binding of every countdown.
 */
class LiveTextDirective extends Directive {
  readonly #node: Text | undefined;
  #place: Place | undefined;
  #text: LiveText | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type === PartType.CHILD) {
      this.#node = document.createTextNode('');
      this.#place = textNodePlace(this.#node);
    } else if (partInfo.type !== PartType.ATTRIBUTE || partInfo.strings?.length !== 2) {
      throw new Error('liveText() binds a child text, or the only binding of an attribute');
    }
  }

  render(text: LiveText): string {
    return text.value;
  }

  override update(part: Part, [text]: [LiveText]): string | Text {
    const place = (this.#place ??= attributePlace(part as AttributePart));
    if (text !== this.#text) this.#text?.showIn(undefined);
    this.#text = text;
    text.showIn(place.write);
    if (!place.shows(text.value)) place.write(text.value);
    return this.#node ?? text.value;
  }
}

/** Binds a `LiveText` in a template: a child text, or the one binding of an attribute. */
export const liveText = directive(LiveTextDirective);
