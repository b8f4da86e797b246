/**
 * Whether the language around an element may have changed: one MutationObserver for every
 * countdown on the page, watching only `lang` attributes, so that a site switching
 * `<html lang>` at run time (a language menu in a single-page app) is followed, and a page
 * whose languages do not change costs nothing. Its callback runs as a microtask, so the new
 * words are rendered before the next frame. A change of the browser's own language
 * (`languagechange`, which has emptied the formatting caches already) is told as `browser`.
 */
export type LangChange = 'lang' | 'browser';
export type LangListener = (changed: LangChange) => void;

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
  for (let node: Element | null = element; node; node = hostOf(node)) {
    if (ancestor.contains(node)) return true;
  }
  return false;
}

/** The nearest `lang`, looking through shadow roots the way the browser's own inheritance does. */
export function closestLang(element: Element): string | null {
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return null;
}

/** The host of the shadow root `node` is in; null in a document or a detached tree. */
function hostOf(node: Node): Element | null {
  return (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
}
