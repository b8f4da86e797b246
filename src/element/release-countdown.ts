import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { attributeText } from '../config/attribute-text.js';
import { calendarFile, calendarFileName, calendarHref } from '../calendar/calendar-file.js';
import { isConfigError, type ConfigError } from '../config/config-error.js';
import { readConfig, type ConfigProperties, type CountdownConfig } from '../config/countdown-config.js';
import { nextState, type Cause, type CountdownState, type Release } from '../time/countdown-state.js';
import type { UnitAmount } from '../time/remaining.js';
import { CountdownText } from '../text/countdown-text.js';
import { formatDateLine, formatElapsed, resolveLocale } from '../text/format.js';
import { LangController } from '../page/lang-observer.js';
import { firstUpdateTurn, whenNearView } from '../page/near-view.js';
import { calendarFallbackTitle, calendarLinkText, releasedMessage } from '../text/phrases.js';
import { styles } from './release-countdown.styles.js';
import { SecondsController } from './seconds-controller.js';
import { liveText } from '../text/live-text.js';
import { TimeSourceController } from '../page/time-source.js';

export interface ReleasedEventDetail {
  /** The target moment (with `repeat`, the occurrence) that has just passed. */
  date: Date;
  /** With `repeat`, the occurrence after it; null when there is none. */
  next: Date | null;
}

/**
 * @summary A live countdown to a release date that switches to a "released" message once the date passes.
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
export class ReleaseCountdown extends LitElement {
  static override styles = styles;

  /**
   * Every property and its attribute; each is declared below with its type, default and
   * description. The `@attr` lines above say the same for lit-analyzer, which does not read
   * `static override properties`.
   */
  static override properties = {
    date: {},
    timeZone: { attribute: 'time-zone' },
    releasedText: { attribute: 'released-text' },
    units: {},
    format: {},
    unitDisplay: { attribute: 'unit-display' },
    repeat: {},
    until: {},
    releasedFor: { attribute: 'released-for' },
    timeSource: { attribute: 'time-source' },
    // `after` is a DOM method (ChildNode.after), so the property has a longer name.
    afterRelease: { attribute: 'after' },
    calendar: { type: Boolean },
  };

  /** The global attributes `title` and `lang` keep their native properties; they only need a re-render. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'title', 'lang'];
  }

  /** The target moment: ISO 8601, RFC 2822 or SQL text, or a `Date`. Offset-less text is wall-clock time in `timeZone`. */
  date: string | Date | null = null;
  /** IANA zone, `UTC` or a fixed offset like `UTC+9`; empty means the viewer's zone. */
  timeZone: string | null = null;
  /** Shown once the target has passed; defaults to "<title> has been released!", or "Released!", in the element's language. */
  releasedText: string | null = null;
  /** Units to show, any of `years months weeks days hours minutes seconds`, separated by spaces or commas. */
  units: string | null = null;
  /** `blocks` (default), `text` or `compact`. */
  format: string | null = null;
  /** Label length: `long` (default), `short` or `narrow`. */
  unitDisplay: string | null = null;
  /** `daily`, `weekly`, `monthly`, `yearly` or an ISO 8601 duration (`P2W`); `date` is then the first occurrence. */
  repeat: string | null = null;
  /** With `repeat`, the last moment an occurrence may fall on, read like `date`; a date alone includes its whole day. */
  until: string | Date | null = null;
  /** With `repeat`, an ISO 8601 duration (`PT1H`) the released message stays after each occurrence. */
  releasedFor: string | null = null;
  /** A URL answering the server's time (a `Date` header, or epoch milliseconds as the body); corrects a wrong device clock. */
  timeSource: string | null = null;
  /** `message` (default): the released message once released. `count-up`: also how long ago, counting on. */
  afterRelease: string | null = null;
  /** Shows a link that downloads an `.ics` calendar event for the target while it is counting. */
  calendar = false;

  /** The values the configuration was last read from, and what they say. */
  #configFrom: ConfigProperties | undefined;
  #config: CountdownConfig | ConfigError | undefined;
  /** Unset until the first update reads the attributes. */
  #state: CountdownState | undefined;
  #locale: string | undefined;
  #warned: string | undefined;
  /** While counting: the texts shown, rewritten in place each second. */
  #text: CountdownText | undefined;
  /** Set once the countdown is near the viewport: until then it shows its fallback content. */
  #nearView = false;
  #stopWaitingForView: (() => void) | undefined;
  /** Far from view, in a countdown holding no content of its own: the slot that shows its title instead. */
  #titleFallback: HTMLSlotElement | undefined;
  readonly #internals = this.attachInternals();
  #calendarLink = { key: '', href: '', fileName: '' };
  readonly #timeSource = new TimeSourceController(this, () => this.#onClockCorrected());
  readonly #clock = new SecondsController(this, {
    onTime: (nowMs) => this.#step(nowMs, 'tick'),
    clockOffsetMs: () => this.#timeSource.offsetMs,
  });

  constructor() {
    super();
    // Follows a `lang` changed around the element, such as a language menu switching `<html lang>`.
    new LangController(this, (changed) => this.#readLocale(changed));
    // For a page's fallback styles, which `:not(:defined)` no longer reaches once the script runs.
    this.#internals.states.add('fallback');
  }

  /**
   * True once the target has passed (with `repeat`: during `released-for` after each occurrence,
   * and for good after the last). Check it before listening for `released`.
   */
  get released(): boolean {
    return this.#state?.shown.kind === 'released';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#locale = resolveLocale(closestLang(this));
    if (!this.#nearView) {
      this.#stopWaitingForView = whenNearView(this, () => {
        this.#nearView = true;
        this.#stopWaitingForView = undefined;
        // Far from view it kept only its release alarm: now the present, and every second while seen.
        this.#step(this.#timeSource.now(), 'tick');
        this.#scheduleClock();
        this.requestUpdate();
      });
    }
    // Back on the page after any time away: show the present, not what was shown when removed.
    if (this.#config) this.#step(this.#timeSource.now(), 'reconnected');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWaitingForView?.();
    this.#stopWaitingForView = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#locale = resolveLocale(closestLang(this));
    if (name === 'title' || name === 'lang') this.requestUpdate();
  }

  /**
   * Only a new locale needs a render: most `lang` changes on a page are elsewhere or say the
   * same. A countdown without a `lang` speaks the browser's language: when that changes, its
   * texts are made anew.
   */
  #readLocale(changed: 'lang' | 'browser'): void {
    const locale = resolveLocale(closestLang(this));
    if (changed === 'browser' && locale === undefined) this.#text = undefined;
    else if (locale === this.#locale) return;
    this.#locale = locale;
    this.requestUpdate();
  }

  /**
   * Until its first render the element's own content shows, as before the script ran, and a
   * countdown far from view adds no node to the page. Lit is handed the element itself as a
   * stand-in render root, which nothing renders into (`shouldUpdate` lets no render happen
   * before `#nearView`); the first render attaches the shadow root (`update`).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this;
  }

  /** The first update waits for its turn: at once in view, in a later slice elsewhere (near-view.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#configFrom) return super.scheduleUpdate();
    return firstUpdateTurn(this).then(() => super.scheduleUpdate());
  }

  /**
   * Every update reads the attributes and moves the countdown to the present, also far from
   * view, so that it releases on time; only one near the view renders.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.has('timeSource')) this.#timeSource.url = this.timeSource;
    const configFrom = this.#configProperties();
    if (!this.#configFrom || !sameValues(configFrom, this.#configFrom)) {
      this.#configFrom = configFrom;
      this.#config = readConfig(configFrom);
      this.#step(this.#timeSource.now(), 'configured');
    }
    if (!this.#nearView) this.#showTitleFallback();
    return this.#nearView;
  }

  /**
   * What find-in-page and screen readers get from a countdown far from view that holds no
   * content of its own: its title, through a slot, so that content added meanwhile shows instead.
   */
  #showTitleFallback(): void {
    const title = this.title.trim();
    if (!this.#titleFallback) {
      if (!title || this.childElementCount > 0 || this.textContent!.trim()) return;
      const root = this.attachShadow((this.constructor as typeof ReleaseCountdown).shadowRootOptions);
      this.#titleFallback = root.appendChild(document.createElement('slot'));
    }
    this.#titleFallback.textContent = title;
  }

  /** New texts (another language or format, or the first render) need writing; texts in use already show the state. */
  protected override willUpdate(): void {
    const shown = this.#state?.shown;
    if (shown?.kind === 'counting') {
      const inUse = this.#text;
      const text = this.#textFor(this.#validConfig!);
      if (text !== inUse) text.show(shown.amounts, shown.phases);
    }
  }

  /** The first render trades the stand-in render root and the title fallback for the shadow root. */
  protected override update(changed: PropertyValues<this>): void {
    if (this.renderRoot === this) {
      this.#titleFallback?.remove();
      this.#titleFallback = undefined;
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = super.createRenderRoot();
      this.#internals.states.delete('fallback');
    }
    super.update(changed);
  }

  /** The configuration, unless it is missing or in error. */
  get #validConfig(): CountdownConfig | undefined {
    const config = this.#config;
    return config && !isConfigError(config) ? config : undefined;
  }

  #configProperties(): ConfigProperties {
    return {
      date: this.date,
      timeZone: this.timeZone,
      units: this.units,
      format: this.format,
      unitDisplay: this.unitDisplay,
      repeat: this.repeat,
      until: this.until,
      releasedFor: this.releasedFor,
      afterRelease: this.afterRelease,
    };
  }

  /**
   * The time source answered: count by the corrected clock at once. A release that the
   * uncorrected clock showed but never announced is revised; an announced one stands.
   */
  #onClockCorrected(): void {
    this.#clock.realign();
    this.#step(this.#timeSource.now(), 'corrected');
  }

  /** Moves the countdown to its state at `nowMs`, shows it, and announces a release. */
  #step(nowMs: number, cause: Cause): void {
    const config = this.#config;
    if (!config) return;
    const previous = this.#state;
    const { state, release } = nextState(config, previous, nowMs, cause);
    if (state === previous) return;
    this.#state = state;
    this.#scheduleClock();
    if (state.shown !== previous?.shown || state.dateMs !== previous.dateMs) this.#show(state, previous);
    if (release) this.#announce(release);
  }

  /** What the state needs from the clock; far from view, only the release alarm: no second, no watch of the screen. */
  #scheduleClock(): void {
    const state = this.#state;
    if (state) this.#clock.schedule(state.everySecond && this.#nearView, state.alarmAtMs);
  }

  /**
   * A tick that only changes numbers rewrites their texts in place, with no render: that is
   * the work of every countdown on the page, every second.
   */
  #show(state: CountdownState, previous: CountdownState | undefined): void {
    const { shown } = state;
    if (shown.kind !== previous?.shown.kind) {
      this.toggleAttribute('released', shown.kind === 'released');
      this.toggleAttribute('invalid', shown.kind === 'invalid');
    }
    if (shown.kind === 'invalid' && shown.message !== this.#warned) {
      this.#warned = shown.message;
      console.warn(`<release-countdown>: ${shown.message}`);
    } else if (shown.kind !== 'invalid') {
      this.#warned = undefined;
    }
    // Far from view nothing is rendered: the texts are written when it renders.
    const layout =
      shown.kind === 'counting' && this.#nearView
        ? this.#textFor(this.#validConfig!).show(shown.amounts, shown.phases)
        : 'needs-render';
    const inPlace = layout === 'rendered' && previous?.shown.kind === 'counting' && state.dateMs === previous.dateMs;
    if (!inPlace) this.requestUpdate();
  }

  /** The one place `released` is sent from. */
  #announce({ dateMs, nextMs }: Release): void {
    this.dispatchEvent(
      new CustomEvent<ReleasedEventDetail>('released', {
        bubbles: true,
        composed: true,
        detail: { date: new Date(dateMs), next: nextMs === null ? null : new Date(nextMs) },
      }),
    );
  }

  /** The texts for this configuration and locale: the same object while neither changes. */
  #textFor(config: CountdownConfig): CountdownText {
    const text = this.#text;
    if (
      text &&
      text.locale === this.#locale &&
      text.format === config.format &&
      text.unitDisplay === config.unitDisplay
    )
      return text;
    this.#text = new CountdownText(this.#locale, config.format, config.unitDisplay);
    return this.#text;
  }

  /**
   * One template for the whole shadow tree, its pieces back to back: whitespace between them
   * would be a stray space in a host made `display: inline` inside a sentence, and a template
   * per piece costs a thousand countdowns more at start-up. The status region is static in it,
   * the same element throughout, so that screen readers hear what appears in it.
   */
  protected override render(): TemplateResult | typeof nothing {
    const state = this.#state;
    if (!state) return nothing;
    const title = this.title.trim();
    const config = this.#validConfig;
    const counting = state.shown.kind === 'counting' ? this.#text : undefined;
    const released = state.shown.kind === 'released' ? state.shown : undefined;
    return html`${this.#renderTitle(title)}${this.#renderDateLine(config, state)}${this.#renderError(state)}${this.#renderCountdown(
      counting,
      title,
    )}${this.#renderCalendarLink(config, state, counting, title)}<div role="status" class=${released?.elapsed ? 'count-up' : ''}
      >${released ? this.#renderReleased(title) : nothing}</div
    >${this.#renderElapsed(released?.elapsed)}`;
  }

  #renderTitle(title: string): TemplateResult | typeof nothing {
    return title ? html`<div part="title" id="title">${title}</div>` : nothing;
  }

  /** "December 15, 2022 at 11:00 AM UTC"; with `repeat`, the occurrence counted to or just released. */
  #renderDateLine(config: CountdownConfig | undefined, state: CountdownState): TemplateResult | typeof nothing {
    if (!config || state.dateMs === undefined) return nothing;
    return html`<div part="date" id="date">${formatDateLine(state.dateMs, config.target.zone, this.#locale)}</div>`;
  }

  #renderError({ shown }: CountdownState): TemplateResult | typeof nothing {
    return shown.kind === 'invalid' ? html`<div part="error">${shown.message}</div>` : nothing;
  }

  /** The units, and the phrase a screen reader hears, which changes less often than the seconds. */
  #renderCountdown(text: CountdownText | undefined, title: string): TemplateResult | typeof nothing {
    if (!text) return nothing;
    return html`<div part="countdown" class=${text.format} role="timer" aria-labelledby=${title ? 'title' : 'date'}
      ><span class="spoken">${liveText(text.spoken)}</span
      ><span class="shown" aria-hidden="true">${this.#renderPieces(text)}</span
    ></div>`;
  }

  /**
   * One template per shape of piece (with or without a separator before it, with or without a
   * label), so that each unit is one template instance: a thousand countdowns start faster.
   */
  #renderPieces(text: CountdownText): unknown {
    if (text.format === 'text') return liveText(text.sentence);
    return text.pieces.map(({ unit, separator, hasLabel, value, label, phase }, index) => {
      if (index === 0) {
        return hasLabel
          ? html`<span part="unit ${unit}"
              ><span part="value ${liveText(phase)}">${liveText(value)}</span
              ><span part="label">${liveText(label)}</span></span
            >`
          : html`<span part="unit ${unit}"><span part="value ${liveText(phase)}">${liveText(value)}</span></span>`;
      }
      return hasLabel
        ? html`<span part="separator">${separator}</span
            ><span part="unit ${unit}"
              ><span part="value ${liveText(phase)}">${liveText(value)}</span
              ><span part="label">${liveText(label)}</span></span
            >`
        : html`<span part="separator">${separator}</span
            ><span part="unit ${unit}"><span part="value ${liveText(phase)}">${liveText(value)}</span></span>`;
    });
  }

  /** With `calendar`, while counting: built once per target, title and page address, not on every tick. */
  #renderCalendarLink(
    config: CountdownConfig | undefined,
    state: CountdownState,
    counting: CountdownText | undefined,
    title: string,
  ): TemplateResult | typeof nothing {
    if (!this.calendar || !counting || !config) return nothing;
    const summary = title || document.title.trim() || calendarFallbackTitle(this.#locale);
    const startMs = state.dateMs ?? config.target.epochMs;
    const pageUrl = document.URL;
    const key = `${startMs}|${summary}|${pageUrl}`;
    if (this.#calendarLink.key !== key) {
      const ics = calendarFile({ title: summary, startMs, pageUrl, createdMs: Date.now() });
      this.#calendarLink = { key, href: calendarHref(ics), fileName: calendarFileName(summary) };
    }
    const { href, fileName } = this.#calendarLink;
    return html`<a part="calendar" href=${href} download=${fileName}><slot name="calendar">${calendarLinkText(this.#locale)}</slot></a>`;
  }

  #renderReleased(title: string): TemplateResult {
    return html`<div part="released"><slot name="released">${this.#releasedText(title)}</slot></div>`;
  }

  /** With `after="count-up"`; the leading space separates it from the message: "Released" + " " + "3 days ago". */
  #renderElapsed(elapsed: UnitAmount | undefined): TemplateResult | typeof nothing {
    return elapsed ? html` <span part="elapsed">${formatElapsed(this.#locale, elapsed)}</span>` : nothing;
  }

  #releasedText(title: string): string {
    const text = attributeText(this.releasedText).trim();
    if (text) return text;
    return releasedMessage(this.#locale, title);
  }
}

/** Whether two sets of property values are the same, value for value. */
function sameValues(a: ConfigProperties, b: ConfigProperties): boolean {
  return (Object.keys(a) as Array<keyof ConfigProperties>).every((name) => a[name] === b[name]);
}

/** The nearest `lang`, looking through shadow roots the way the browser's own inheritance does. */
function closestLang(element: Element): string | null {
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

declare global {
  interface HTMLElementEventMap {
    released: CustomEvent<ReleasedEventDetail>;
  }
}
