import type { CountdownConfig } from '../config/countdown-config.js';
import { CountdownText } from '../text/countdown-text.js';

/**
 * The texts a counting countdown shows, kept while its locale, format and label length stay,
 * so that a tick rewrites them in place; made anew when one of them changes.
 */
export class CountdownTexts {
  #text: CountdownText | undefined;

  /** The texts made last, if any. */
  get current(): CountdownText | undefined {
    return this.#text;
  }

  /** The texts for `locale` and `config`: the same object while neither changes. */
  for(locale: string | undefined, { format, unitDisplay }: CountdownConfig): CountdownText {
    const text = this.#text;
    if (text && text.locale === locale && text.format === format && text.unitDisplay === unitDisplay) return text;
    this.#text = new CountdownText(locale, format, unitDisplay);
    return this.#text;
  }

  /** The next texts are made anew, e.g. for a locale whose words changed under the same name. */
  forget(): void {
    this.#text = undefined;
  }
}
