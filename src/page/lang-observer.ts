import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the language around an element may have changed: one MutationObserver for every
 * countdown on the page, watching only `lang` attributes, so that a site switching
 * `<html lang>` at run time (a language menu in a single-page app) is followed, and a page
 * whose languages do not change costs nothing. Its callback runs as a microtask, so the new
 * words are rendered before the next frame. A change of the browser's own language
 * (`languagechange`, which has emptied the formatting caches already) is told as `browser`.
 */
export type LangListener = (changed: 'lang' | 'browser') => void;

const listeners = new Map<Element, LangListener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` changes on `element` or on an element around it. */
export function observeLang(element: Element, listener: LangListener): () => void {
  if (!observer) {
    observer = new MutationObserver(onLangChange);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', onBrowserLanguageChange);
  }
  listeners.set(element, listener);
  return () => {
    listeners.delete(element);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      window.removeEventListener('languagechange', onBrowserLanguageChange);
    }
  };
}

function onLangChange(records: MutationRecord[]): void {
  for (const [element, listener] of listeners) {
    if (records.some(({ target }) => isWithin(element, target))) listener('lang');
  }
}

function onBrowserLanguageChange(): void {
  for (const listener of listeners.values()) listener('browser');
}

/** `ancestor.contains(element)`, across the shadow roots between them, as `lang` is inherited. */
function isWithin(element: Element, ancestor: Node): boolean {
  for (let node: Node | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    if (ancestor.contains(node)) return true;
  }
  return false;
}

/** Hooks an element to the shared observer while it is connected. */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: LangListener;
  #stop: (() => void) | undefined;

  /** `onChange` is called after a `lang` on the host or around it changed; it decides whether that matters. */
  constructor(host: ReactiveControllerHost & Element, onChange: LangListener) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = observeLang(this.#host, this.#onChange);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
