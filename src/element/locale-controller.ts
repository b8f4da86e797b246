import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestLang, observeLang, type LangChange } from '../page/lang-observer.js';
import { resolveLocale } from '../text/format.js';

export interface LocaleControllerOptions {
  /**
   * Called when texts made for the locale in use are out of date: the nearest `lang` now names
   * another locale, or the browser's language changed while the host follows it. The host
   * renders again afterwards.
   */
  onChange?: () => void;
}

/**
 * The locale a host speaks: its nearest `lang`, looking through shadow roots as the browser's
 * own inheritance does, or the browser's language when there is none. While the host is
 * connected, one observer shared by the page (`lang-observer.ts`) tells it when a `lang` around
 * it or the browser's language changes; only a change that matters renders.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: (() => void) | undefined;
  #locale: string | undefined;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, { onChange }: LocaleControllerOptions = {}) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** A canonical BCP 47 tag, or undefined for the browser's language. */
  get locale(): string | undefined {
    return this.#locale;
  }

  /** Reads the nearest `lang` again, e.g. after the host's own changed. */
  read(): void {
    this.#locale = resolveLocale(closestLang(this.#host));
  }

  hostConnected(): void {
    this.read();
    this.#stop = observeLang(this.#host, (changed) => this.#langChanged(changed));
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Most `lang` changes on a page are elsewhere or say the same: they cost a look, not a render. */
  #langChanged(changed: LangChange): void {
    const before = this.#locale;
    this.read();
    if (this.#locale === before && !(changed === 'browser' && before === undefined)) return;
    this.#onChange?.();
    this.#host.requestUpdate();
  }
}
