import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { attributeText } from './attribute-text.js';
import { calendarFile, calendarFileName, calendarHref } from './calendar-file.js';
import { nextPhases, type ChangePhase } from './change-phase.js';
import { isConfigError } from './config-error.js';
import { elapsedSince } from './elapsed.js';
import { CountdownText } from './countdown-text.js';
import { formatDateLine, formatElapsed, resolveLocale } from './format.js';
import { LangController } from './lang-observer.js';
import {
  AFTERS,
  FORMATS,
  UNIT_DISPLAYS,
  parseChoice,
  parseUnits,
  type After,
  type Format,
  type Unit,
  type UnitDisplay,
} from './options.js';
import { calendarFallbackTitle, calendarLinkText, releasedMessage } from './phrases.js';
import { occurrencesAround, parseSeries, type Series } from './recurrence.js';
import { remainingUntil, sameAmounts, type UnitAmount } from './remaining.js';
import { styles } from './release-countdown.styles.js';
import { parseTarget, type Target } from './target.js';
import { SecondsController } from './ticker.js';
import { follow } from './ticking-text.js';
import { TimeSourceController } from './time-source.js';

/** Everything the attributes say, once read and checked. */
interface Config {
  target: Target;
  /** Set with `repeat`: `target` is then the first occurrence. */
  series: Series | null;
  units: Unit[];
  format: Format;
  unitDisplay: UnitDisplay;
  after: After;
}

type State =
  | { kind: 'invalid'; message: string }
  | { kind: 'counting'; amounts: UnitAmount[]; phases: ChangePhase[] }
  /**
   * `holding`: released for `released-for`, then counting to the next occurrence.
   * `elapsed`: how long ago the target passed, kept only with `after="count-up"`.
   */
  | { kind: 'released'; holding?: boolean; elapsed?: UnitAmount };

export interface ReleasedEventDetail {
  /** The target moment (with `repeat`, the occurrence) that has just passed. */
  date: Date;
  /** With `repeat`, the occurrence after it; null when there is none. */
  next: Date | null;
}

/** Attributes that change what is counted or how it is shown; title and lang only change text. */
const CONFIG_PROPERTIES = [
  'date',
  'timeZone',
  'units',
  'format',
  'unitDisplay',
  'repeat',
  'until',
  'releasedFor',
  'afterRelease',
] as const;

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
  declare date: string | Date | null;
  /** IANA zone, `UTC` or a fixed offset like `UTC+9`; empty means the viewer's zone. */
  declare timeZone: string | null;
  /** Shown once the target has passed; defaults to "<title> has been released!", or "Released!", in the element's language. */
  declare releasedText: string | null;
  /** Units to show, any of `years months weeks days hours minutes seconds`, separated by spaces or commas. */
  declare units: string | null;
  /** `blocks` (default), `text` or `compact`. */
  declare format: string | null;
  /** Label length: `long` (default), `short` or `narrow`. */
  declare unitDisplay: string | null;
  /** `daily`, `weekly`, `monthly`, `yearly` or an ISO 8601 duration (`P2W`); `date` is then the first occurrence. */
  declare repeat: string | null;
  /** With `repeat`, the last moment an occurrence may fall on, read like `date`; a date alone includes its whole day. */
  declare until: string | Date | null;
  /** With `repeat`, an ISO 8601 duration (`PT1H`) the released message stays after each occurrence. */
  declare releasedFor: string | null;
  /** A URL answering the server's time (a `Date` header, or epoch milliseconds as the body); corrects a wrong device clock. */
  declare timeSource: string | null;
  /** `message` (default): the released message once released. `count-up`: also how long ago, counting on. */
  declare afterRelease: string | null;
  /** Shows a link that downloads an `.ics` calendar event for the target while it is counting. */
  declare calendar: boolean;

  #config: Config | undefined;
  /** Unset until the first update reads the attributes. */
  #state: State | undefined;
  #locale: string | undefined;
  /** The target we have seen pass; we stay released for it even if the clock is set back. */
  #releasedFor: number | undefined;
  /** With `repeat`: the latest occurrence seen passed, so that each fires `released` once. */
  #seenOccurrence: number | null = null;
  /** With `repeat`: the occurrence the date line shows, upcoming or just released. */
  #shownOccurrence: number | null | undefined;
  /** With `repeat`: the next occurrence, if any. */
  #nextOccurrence: number | null = null;
  #warned: string | undefined;
  /** While counting: the texts shown, rewritten in place each second. */
  #text: CountdownText | undefined;
  /** The target whose `released` event has fired; a release not yet announced may still be revised by a clock correction. */
  #announcedFor: number | undefined;
  #calendarLink = { key: '', href: '', fileName: '' };
  readonly #clock = new SecondsController(
    this,
    (nowMs) => this.#refresh(nowMs, true),
    () => this.#timeSource.offsetMs,
  );
  readonly #timeSource = new TimeSourceController(this, () => this.#onClockCorrected());

  constructor() {
    super();
    // Follows a `lang` changed around the element, such as a language menu switching `<html lang>`.
    new LangController(this, () => this.#readLocale());
    this.date = null;
    this.timeZone = null;
    this.releasedText = null;
    this.units = null;
    this.format = null;
    this.unitDisplay = null;
    this.repeat = null;
    this.until = null;
    this.releasedFor = null;
    this.timeSource = null;
    this.afterRelease = null;
    this.calendar = false;
  }

  /**
   * True once the target has passed (with `repeat`: during `released-for` after each occurrence,
   * and for good after the last). Check it before listening for `released`.
   */
  get released(): boolean {
    return this.#state?.kind === 'released';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#locale = resolveLocale(closestLang(this));
    // Back on the page after any time away: show the present, not what was shown when removed.
    if (this.#config) this.#refresh(this.#timeSource.now(), false);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#locale = resolveLocale(closestLang(this));
    if (name === 'title' || name === 'lang') this.requestUpdate();
  }

  /** Only a new locale needs a render: most `lang` changes on a page are elsewhere or say the same. */
  #readLocale(): void {
    const locale = resolveLocale(closestLang(this));
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeSource')) this.#timeSource.url = this.timeSource;
    if (!this.#config || CONFIG_PROPERTIES.some((name) => changed.has(name))) {
      this.#readConfig();
      this.#refresh(this.#timeSource.now(), false);
    }
    // The locale may have changed (a `lang` here or above) since the texts were made: new texts
    // need writing. Texts already in use show the state, which is only set after they did.
    if (this.#state?.kind === 'counting' && this.#config) {
      const inUse = this.#text;
      const text = this.#textFor(this.#config);
      if (text !== inUse) text.show(this.#state.amounts, this.#state.phases);
    }
  }

  /**
   * The time source answered: count by the corrected clock at once. A release that the
   * uncorrected clock showed but never announced is revised; an announced one stands.
   */
  #onClockCorrected(): void {
    if (this.#releasedFor !== this.#announcedFor) this.#releasedFor = undefined;
    this.#clock.realign();
    this.#refresh(this.#timeSource.now(), true);
  }

  #readConfig(): void {
    const target = parseTarget(this.date, this.timeZone);
    const series = isConfigError(target) ? null : parseSeries(target, this);
    const units = parseUnits(this.units);
    const format = parseChoice('format', this.format, FORMATS);
    const unitDisplay = parseChoice('unit-display', this.unitDisplay, UNIT_DISPLAYS);
    const after = parseChoice('after', this.afterRelease, AFTERS);
    if (
      isConfigError(target) ||
      isConfigError(series) ||
      isConfigError(units) ||
      isConfigError(format) ||
      isConfigError(unitDisplay) ||
      isConfigError(after)
    ) {
      const error = [target, series, units, format, unitDisplay, after].find(isConfigError);
      this.#config = undefined;
      this.#setState({ kind: 'invalid', message: error?.message ?? '' }, false);
      return;
    }
    if (this.#releasedFor !== target.epochMs) this.#releasedFor = undefined;
    this.#seenOccurrence = null;
    this.#shownOccurrence = undefined;
    this.#config = { target, series, units, format, unitDisplay, after };
  }

  /** Recomputes what to show at `nowMs`; `fromClock` says the time passed rather than the attributes changed. */
  #refresh(nowMs: number, fromClock: boolean): void {
    const config = this.#config;
    if (!config) return;
    if (config.series) {
      this.#refreshSeries(config, config.series, nowMs, fromClock);
      return;
    }
    const amounts =
      this.#releasedFor === config.target.epochMs
        ? null
        : remainingUntil(config.target.epochMs, nowMs, config.units, config.target.zone);
    if (amounts) {
      this.#showCounting(config, amounts, fromClock);
    } else {
      const elapsed =
        config.after === 'count-up'
          ? elapsedSince(config.target.epochMs, nowMs, config.units, config.target.zone)
          : undefined;
      if (this.#state?.kind !== 'released' || !sameElapsed(this.#state.elapsed, elapsed)) {
        this.#releasedFor = config.target.epochMs;
        this.#setState({ kind: 'released', elapsed }, fromClock);
      }
    }
  }

  /**
   * A tick that only changes numbers rewrites their texts in place, with no render: that is
   * the work of every countdown on the page, every second.
   */
  #showCounting(config: Config, amounts: UnitAmount[], fromClock: boolean): void {
    const previous = this.#state?.kind === 'counting' ? this.#state : undefined;
    if (previous && sameAmounts(previous.amounts, amounts)) return;
    const state = { kind: 'counting' as const, amounts, phases: nextPhases(previous, amounts) };
    if (this.#textFor(config).show(state.amounts, state.phases) && previous) {
      this.#state = state;
      // With `repeat`, the count may have moved on to the next occurrence.
      this.#clock.alarmAtMs = this.#nextChangeMs(state);
      return;
    }
    this.#setState(state, fromClock);
  }

  /** The texts for this configuration and locale: the same object while neither changes. */
  #textFor(config: Config): CountdownText {
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
   * Counts to the next occurrence, or shows the released state while one is held or after
   * the last; `released` fires for each occurrence the clock sees pass. Occurrences passed
   * while the page was not running (a sleep, a detached element) are not announced one by
   * one: a clock tick announces only the latest.
   */
  #refreshSeries(config: Config, series: Series, nowMs: number, fromClock: boolean): void {
    const { previousMs, nextMs, holding } = occurrencesAround(series, nowMs);
    this.#nextOccurrence = nextMs;
    const counting = nextMs !== null && !holding;
    const shown = counting ? nextMs : previousMs;
    if (shown !== this.#shownOccurrence) {
      this.#shownOccurrence = shown;
      this.requestUpdate();
    }
    const amounts = counting ? remainingUntil(nextMs, nowMs, config.units, config.target.zone) : null;
    if (amounts) {
      this.#showCounting(config, amounts, fromClock);
    } else if (this.#state?.kind !== 'released' || this.#state.holding !== holding) {
      this.#setState({ kind: 'released', holding }, fromClock);
    }
    if (previousMs !== null && (this.#seenOccurrence === null || previousMs > this.#seenOccurrence)) {
      this.#seenOccurrence = previousMs;
      if (fromClock) this.#dispatchReleased(previousMs, nextMs);
    }
  }

  #setState(state: State, fromClock: boolean): void {
    const wasReleased = this.released;
    const kindChanged = this.#state?.kind !== state.kind;
    this.#state = state;
    if (kindChanged) {
      this.toggleAttribute('released', this.released);
      this.toggleAttribute('invalid', state.kind === 'invalid');
    }
    this.#clock.alarmAtMs = this.#nextChangeMs(state);
    this.#clock.running =
      state.kind === 'counting' ||
      (state.kind === 'released' && (state.holding === true || state.elapsed !== undefined));
    if (state.kind === 'invalid' && state.message !== this.#warned) {
      this.#warned = state.message;
      console.warn(`<release-countdown>: ${state.message}`);
    } else if (state.kind !== 'invalid') {
      this.#warned = undefined;
    }
    this.requestUpdate();
    if (fromClock && this.released && !wasReleased && this.#config && !this.#config.series) {
      this.#announcedFor = this.#config.target.epochMs;
      this.#dispatchReleased(this.#config.target.epochMs, null);
    }
  }

  #dispatchReleased(dateMs: number, nextMs: number | null): void {
    this.dispatchEvent(
      new CustomEvent<ReleasedEventDetail>('released', {
        bubbles: true,
        composed: true,
        detail: { date: new Date(dateMs), next: nextMs === null ? null : new Date(nextMs) },
      }),
    );
  }

  /** When the element must wake even if nobody sees it: the occurrence or target it counts to. */
  #nextChangeMs(state: State): number | undefined {
    if (this.#config?.series) return this.#nextOccurrence ?? undefined;
    return state.kind === 'counting' ? this.#config?.target.epochMs : undefined;
  }

  /**
   * One template for the whole shadow tree, its bindings back to back, so that no whitespace
   * text sits between the pieces: a host made `display: inline` inside a sentence would show
   * it as a stray space. The status region is static in it, the same element throughout.
   */
  protected override render(): TemplateResult | typeof nothing {
    const state = this.#state;
    if (!state) return nothing;
    const title = this.title.trim();
    const labelledBy = title ? 'title' : 'date';
    const counting = state.kind === 'counting' ? this.#text : undefined;
    const released = state.kind === 'released' ? state : undefined;
    return html`${title ? html`<div part="title" id="title">${title}</div>` : nothing}${
      this.#config ? html`<div part="date" id="date">${this.#renderDateLine(this.#config.target)}</div>` : nothing
    }${state.kind === 'invalid' ? html`<div part="error">${state.message}</div>` : nothing}${
      counting
        ? html`<div part="countdown" class=${counting.format} role="timer" aria-labelledby=${labelledBy}
            ><span class="spoken">${follow(counting.spoken)}</span
            ><span class="shown" aria-hidden="true">${this.#renderPieces(counting)}</span
          ></div>`
        : nothing
    }${
      this.calendar && counting && this.#config ? this.#renderCalendarLink(this.#config.target, title) : nothing
    }<div role="status" class=${released?.elapsed ? 'count-up' : ''}
      >${
        released ? html`<div part="released"><slot name="released">${this.#releasedText(title)}</slot></div>` : nothing
      }</div
    >${
      // The leading space separates it from the message: "Released" + " " + "3 days ago".
      released?.elapsed ? html` <span part="elapsed">${formatElapsed(this.#locale, released.elapsed)}</span>` : nothing
    }`;
  }

  /** Built once per target, title and page address, not on every tick. */
  #renderCalendarLink(target: Target, title: string): TemplateResult {
    const summary = title || document.title.trim() || calendarFallbackTitle(this.#locale);
    const startMs = this.#shownOccurrence ?? target.epochMs;
    const pageUrl = document.URL;
    const key = `${startMs}|${summary}|${pageUrl}`;
    if (this.#calendarLink.key !== key) {
      const ics = calendarFile({ title: summary, startMs, pageUrl, createdMs: Date.now() });
      this.#calendarLink = { key, href: calendarHref(ics), fileName: calendarFileName(summary) };
    }
    const { href, fileName } = this.#calendarLink;
    return html`<a part="calendar" href=${href} download=${fileName}><slot name="calendar">${calendarLinkText(this.#locale)}</slot></a>`;
  }

  #renderDateLine(target: Target): string {
    return formatDateLine(this.#shownOccurrence ?? target.epochMs, target.zone, this.#locale);
  }

  /**
   * One template per shape of piece (with or without a separator before it, with or without a
   * label), so that each unit is one template instance: a thousand countdowns start faster.
   */
  #renderPieces(text: CountdownText): unknown {
    if (text.format === 'text') return follow(text.sentence);
    return text.pieces.map(({ unit, separator, hasLabel, value, label, phase }, index) => {
      if (index === 0) {
        return hasLabel
          ? html`<span part="unit ${unit}"
              ><span part="value ${follow(phase)}">${follow(value)}</span
              ><span part="label">${follow(label)}</span></span
            >`
          : html`<span part="unit ${unit}"><span part="value ${follow(phase)}">${follow(value)}</span></span>`;
      }
      return hasLabel
        ? html`<span part="separator">${separator}</span
            ><span part="unit ${unit}"
              ><span part="value ${follow(phase)}">${follow(value)}</span
              ><span part="label">${follow(label)}</span></span
            >`
        : html`<span part="separator">${separator}</span
            ><span part="unit ${unit}"><span part="value ${follow(phase)}">${follow(value)}</span></span>`;
    });
  }

  #releasedText(title: string): string {
    const text = attributeText(this.releasedText).trim();
    if (text) return text;
    return releasedMessage(this.#locale, title);
  }
}

function sameElapsed(a: UnitAmount | undefined, b: UnitAmount | undefined): boolean {
  return a?.unit === b?.unit && a?.amount === b?.amount;
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
