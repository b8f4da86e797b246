import { LitElement, render, type PropertyValues, type TemplateResult } from 'lit';
import { attributeText } from '../config/attribute-text.js';
import type { ConfigProperties } from '../config/countdown-config.js';
import { formatDateLine, formatElapsed } from '../text/format.js';
import { calendarFallbackTitle, releasedMessage } from '../text/phrases.js';
import type { CountdownState, Release } from '../time/countdown-state.js';
import { CalendarLinks } from './calendar-links.js';
import { CountdownController } from './countdown-controller.js';
import {
  CONFIG_PROPERTY_NAMES,
  countdownProperties,
  defineDefaults,
  type ConfigPropertyName,
  type CountdownPropertyValues,
} from './countdown-properties.js';
import { countdownTemplate, fallbackTemplate, type CountdownView } from './countdown-template.js';
import { LocaleController } from './locale-controller.js';
import { NearViewController } from './near-view-controller.js';
import { styles } from './release-countdown.styles.js';

export interface ReleasedEventDetail {
  /** The target moment (with `repeat`, the occurrence) that has just passed. */
  date: Date;
  /** With `repeat`, the occurrence after it; null when there is none. */
  next: Date | null;
}

/**
 * @summary A live countdown to a release date that switches to a "released" message once the date passes.
 *
 * The `@attr` lines are for lit-analyzer, which reads no imported table; the manifest's build fails
 * when they and the property table (countdown-properties.ts) disagree.
 *
 * @attr date - The target moment (property `date`).
 * @attr time-zone - The zone an offset-less `date` is read in and shown in (property `timeZone`).
 * @attr released-text - Text shown once the target has passed (property `releasedText`).
 * @attr units - The units to show (property `units`).
 * @attr format - `blocks`, `text` or `compact` (property `format`).
 * @attr unit-display - Label length: `long`, `short` or `narrow` (property `unitDisplay`).
 * @attr repeat - A recurrence; `date` is then the first occurrence (property `repeat`).
 * @attr until - With `repeat`, the last moment an occurrence may fall on (property `until`).
 * @attr released-for - With `repeat`, how long the released message stays (property `releasedFor`).
 * @attr time-source - A URL answering the server's time (property `timeSource`).
 * @attr after - `message` or `count-up` (property `afterRelease`).
 * @attr {boolean} calendar - Shows an "Add to calendar" link while counting (property `calendar`).
 *
 * @slot released - Rich content shown instead of the released text, e.g. `<a slot="released" href="/watch">Watch now</a>`.
 * @slot calendar - The text of the `calendar` link, instead of "Add to calendar".
 *
 * @cssstate fallback - The element shows its own content (its fallback), as it does until it first comes near the
 * viewport: `release-countdown:is(:not(:defined), :state(fallback))` styles the fallback before and after the script runs.
 *
 * @csspart title - The event's name.
 * @csspart date - The target date line, localized, with its time zone.
 * @csspart countdown - The container of the units (it has `role="timer"`).
 * @csspart unit - One unit; also carries the unit's name, e.g. `part="unit days"`.
 * @csspart value - A unit's number; it also carries `tick` or `tock`, which swap each time the number changes.
 * @csspart label - A unit's label.
 * @csspart separator - Between units: hidden in `blocks`, a space or colon in `compact`.
 * @csspart released - The released message (or the `released` slot).
 * @csspart error - Why the configuration cannot be shown.
 * @csspart calendar - With `calendar`: the link that downloads an `.ics` event for the target.
 * @csspart elapsed - With `after="count-up"`: how long ago the release was, e.g. "3 days ago".
 *
 * @cssproperty [--release-countdown-gap=0.75em] - Space between units.
 * @cssproperty [--release-countdown-value-size=2em] - Font size of the numbers.
 * @cssproperty [--release-countdown-label-size=0.8em] - Font size of the labels.
 * @cssproperty [--release-countdown-value-color=inherit] - Color of the numbers.
 * @cssproperty [--release-countdown-label-color=inherit] - Color of the labels.
 * @cssproperty [--release-countdown-unit-background=transparent] - Background of each unit block.
 * @cssproperty [--release-countdown-error-color=#b00020] - Color of the error message.
 * @cssproperty [--release-countdown-link-color=inherit] - Color of the `calendar` link.
 *
 * @attr title - The event's name: the heading, the timer's accessible name and part of the default released text.
 * @attr lang - The locale of labels, numbers, the date line and the built-in words; inherited from the nearest ancestor's `lang`.
 *
 * @fires {CustomEvent<ReleasedEventDetail>} released - Bubbles and is composed. Fires once when the target (with `repeat`,
 * each occurrence) passes while the element is on the page; not when it had passed before.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ReleaseCountdown extends LitElement {
  static override styles = styles;

  /** Every property, its attribute and default: the table in countdown-properties.ts. */
  static override properties = countdownProperties;
  static {
    defineDefaults(this.prototype);
  }

  /** The global attributes `title` and `lang` keep their native properties; they only need a re-render. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'title', 'lang'];
  }

  readonly #locale = new LocaleController(this, { onChange: () => this.#countdown.forgetTexts() });
  readonly #near = new NearViewController(this, { onNear: () => this.#countdown.wake() });
  readonly #countdown = new CountdownController(this, {
    config: () => this.#configProperties(),
    timeSource: () => this.timeSource,
    near: () => this.#near.near,
    locale: () => this.#locale.locale,
    onRelease: (release) => this.dispatchEvent(releasedEvent(release)),
  });
  /** What render() shows once near the view, computed in willUpdate. */
  #view: CountdownView | undefined;
  /** Made for the first `calendar` link. */
  #calendarLinks: CalendarLinks | undefined;

  /**
   * True once the target has passed (with `repeat`: during `released-for` after each occurrence,
   * and for good after the last). Check it before listening for `released`.
   */
  get released(): boolean {
    return this.#countdown.state?.shown.kind === 'released';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'title' || name === 'lang') this.requestUpdate(name, old);
  }

  /**
   * Lit's shadow root, holding until the first render near the view the slots that show the
   * element's own content, as before the script ran, or its title (`fallbackTemplate`).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    render(fallbackTemplate(this.title.trim()), root, this.renderOptions);
    return root;
  }

  /** The first update waits for its turn: at once in view, in a later slice elsewhere (near-view.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return this.#near.firstTurn().then(() => super.scheduleUpdate());
  }

  /**
   * Every update reads the properties and moves the countdown to the present, also far from
   * view, so that it releases on time; near the view it also computes what to show.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#locale.read();
    this.#countdown.read();
    const state = this.#countdown.state;
    this.#view = state && this.#near.near ? this.#viewOf(state) : undefined;
  }

  protected override render(): TemplateResult {
    return this.#view ? countdownTemplate(this.#view) : fallbackTemplate(this.title.trim());
  }

  #configProperties(): ConfigProperties {
    const properties = {} as Record<ConfigPropertyName, unknown>;
    for (const name of CONFIG_PROPERTY_NAMES) properties[name] = this[name];
    return properties;
  }

  /** What the template shows of `state`; the calendar link is made again only for another event. */
  #viewOf(state: CountdownState): CountdownView {
    const title = this.title.trim();
    const config = this.#countdown.config;
    const locale = this.#locale.locale;
    const { shown } = state;
    const counting = this.#countdown.text;
    return {
      title,
      dateLine:
        config && state.dateMs !== undefined ? formatDateLine(state.dateMs, config.target.zone, locale) : undefined,
      error: shown.kind === 'invalid' ? shown.message : undefined,
      counting,
      calendar:
        this.calendar && counting && config
          ? (this.#calendarLinks ??= new CalendarLinks()).link({
              title: title || document.title.trim() || calendarFallbackTitle(locale),
              startMs: state.dateMs ?? config.target.epochMs,
              pageUrl: document.URL,
              locale,
            })
          : undefined,
      released:
        shown.kind === 'released'
          ? {
              text: attributeText(this.releasedText).trim() || releasedMessage(locale, title),
              elapsed: shown.elapsed && formatElapsed(locale, shown.elapsed),
            }
          : undefined,
    };
  }
}

// The properties' types, from the table: a class field would run Lit's setter in every constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ReleaseCountdown extends CountdownPropertyValues {}

/** The one place `released` is made. */
function releasedEvent({ dateMs, nextMs }: Release): CustomEvent<ReleasedEventDetail> {
  return new CustomEvent<ReleasedEventDetail>('released', {
    bubbles: true,
    composed: true,
    detail: { date: new Date(dateMs), next: nextMs === null ? null : new Date(nextMs) },
  });
}

declare global {
  interface HTMLElementEventMap {
    released: CustomEvent<ReleasedEventDetail>;
  }
}
