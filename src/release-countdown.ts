import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { calendarFile, calendarFileName, calendarHref } from './calendar-file.js';
import { nextPhases, type ChangePhase } from './change-phase.js';
import { isConfigError } from './config-error.js';
import { elapsedSince } from './elapsed.js';
import { formatAmount, formatCompact, formatDateLine, formatElapsed, formatSentence, resolveLocale } from './format.js';
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
import { remainingUntil, type UnitAmount } from './remaining.js';
import { styles } from './release-countdown.styles.js';
import { parseTarget, type Target } from './target.js';
import { SecondsController } from './ticker.js';

/** Everything the attributes say, once read and checked. */
interface Config {
  target: Target;
  units: Unit[];
  format: Format;
  unitDisplay: UnitDisplay;
  after: After;
}

type State =
  | { kind: 'invalid'; message: string }
  | { kind: 'counting'; amounts: UnitAmount[]; phases: ChangePhase[] }
  /** `elapsed` is how long ago the target passed, kept only with `after="count-up"`. */
  | { kind: 'released'; elapsed?: UnitAmount };

export interface ReleasedEventDetail {
  /** The target moment that has just passed. */
  date: Date;
}

/** Attributes that change what is counted or how it is shown; title and lang only change text. */
const CONFIG_PROPERTIES = ['date', 'timeZone', 'units', 'format', 'unitDisplay', 'afterRelease'] as const;

/**
 * @summary A live countdown to a release date that switches to a "released" message once the date passes.
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
 * @cssproperty --release-countdown-gap - Space between units. Default `0.75em`.
 * @cssproperty --release-countdown-value-size - Font size of the numbers. Default `2em`.
 * @cssproperty --release-countdown-label-size - Font size of the labels. Default `0.8em`.
 * @cssproperty --release-countdown-value-color - Color of the numbers. Default `inherit`.
 * @cssproperty --release-countdown-label-color - Color of the labels. Default `inherit`.
 * @cssproperty --release-countdown-unit-background - Background of each unit block. Default `transparent`.
 * @cssproperty --release-countdown-error-color - Color of the error message. Default `#b00020`.
 *
 * @fires released - `CustomEvent<{ date: Date }>`, once, when the target passes while the element is on the page.
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
  /** Shown once the target has passed; defaults to "<title> has been released!", or "Released!". */
  declare releasedText: string | null;
  /** Units to show, any of `years months weeks days hours minutes seconds`, separated by spaces or commas. */
  declare units: string | null;
  /** `blocks` (default), `text` or `compact`. */
  declare format: string | null;
  /** Label length: `long` (default), `short` or `narrow`. */
  declare unitDisplay: string | null;
  /** `message` (default): the released message once released. `count-up`: also how long ago, counting on. */
  declare afterRelease: string | null;
  /** Shows a link that downloads an `.ics` calendar event for the target while it is counting. */
  declare calendar: boolean;

  #config: Config | undefined;
  #state: State = { kind: 'invalid', message: '' };
  #locale: string | undefined;
  /** The target we have seen pass; we stay released for it even if the clock is set back. */
  #releasedFor: number | undefined;
  #warned: string | undefined;
  #dateLine = { key: '', text: '' };
  #calendarLink = { key: '', href: '', fileName: '' };
  readonly #clock = new SecondsController(this, (nowMs) => this.#refresh(nowMs, true));

  constructor() {
    super();
    this.date = null;
    this.timeZone = null;
    this.releasedText = null;
    this.units = null;
    this.format = null;
    this.unitDisplay = null;
    this.afterRelease = null;
    this.calendar = false;
  }

  /** True once the target has passed. Check it before listening for `released`. */
  get released(): boolean {
    return this.#state.kind === 'released';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#locale = resolveLocale(closestLang(this));
    // Back on the page after any time away: show the present, not what was shown when removed.
    if (this.#config) this.#refresh(Date.now(), false);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#locale = resolveLocale(closestLang(this));
    if (name === 'title' || name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#config || CONFIG_PROPERTIES.some((name) => changed.has(name))) {
      this.#readConfig();
      this.#refresh(Date.now(), false);
    }
  }

  #readConfig(): void {
    const target = parseTarget(this.date, this.timeZone);
    const units = parseUnits(this.units);
    const format = parseChoice('format', this.format, FORMATS);
    const unitDisplay = parseChoice('unit-display', this.unitDisplay, UNIT_DISPLAYS);
    const after = parseChoice('after', this.afterRelease, AFTERS);
    if (
      isConfigError(target) ||
      isConfigError(units) ||
      isConfigError(format) ||
      isConfigError(unitDisplay) ||
      isConfigError(after)
    ) {
      const error = [target, units, format, unitDisplay, after].find(isConfigError);
      this.#config = undefined;
      this.#setState({ kind: 'invalid', message: error?.message ?? '' }, false);
      return;
    }
    if (this.#releasedFor !== target.epochMs) this.#releasedFor = undefined;
    this.#config = { target, units, format, unitDisplay, after };
  }

  /** Recomputes what to show at `nowMs`; `fromClock` says the time passed rather than the attributes changed. */
  #refresh(nowMs: number, fromClock: boolean): void {
    const config = this.#config;
    if (!config) return;
    const amounts =
      this.#releasedFor === config.target.epochMs
        ? null
        : remainingUntil(config.target.epochMs, nowMs, config.units, config.target.zone);
    if (amounts) {
      if (this.#state.kind !== 'counting' || !sameAmounts(this.#state.amounts, amounts)) {
        const phases = nextPhases(this.#state.kind === 'counting' ? this.#state : undefined, amounts);
        this.#setState({ kind: 'counting', amounts, phases }, fromClock);
      }
    } else {
      const elapsed =
        config.after === 'count-up'
          ? elapsedSince(config.target.epochMs, nowMs, config.units, config.target.zone)
          : undefined;
      if (this.#state.kind !== 'released' || !sameElapsed(this.#state.elapsed, elapsed)) {
        this.#releasedFor = config.target.epochMs;
        this.#setState({ kind: 'released', elapsed }, fromClock);
      }
    }
  }

  #setState(state: State, fromClock: boolean): void {
    const wasReleased = this.released;
    this.#state = state;
    this.toggleAttribute('released', this.released);
    this.toggleAttribute('invalid', state.kind === 'invalid');
    this.#clock.running = state.kind === 'counting' || (state.kind === 'released' && state.elapsed !== undefined);
    if (state.kind === 'invalid' && state.message !== this.#warned) {
      this.#warned = state.message;
      console.warn(`<release-countdown>: ${state.message}`);
    } else if (state.kind !== 'invalid') {
      this.#warned = undefined;
    }
    this.requestUpdate();
    if (fromClock && this.released && !wasReleased && this.#config) {
      this.dispatchEvent(
        new CustomEvent<ReleasedEventDetail>('released', {
          bubbles: true,
          composed: true,
          detail: { date: new Date(this.#config.target.epochMs) },
        }),
      );
    }
  }

  /**
   * A list of pieces rather than one template, so that no whitespace text sits between them:
   * a host made `display: inline` inside a sentence would show it as a stray space. Each
   * piece keeps its place in the list, so the status region is the same element throughout.
   */
  protected override render(): unknown[] {
    const title = this.title.trim();
    const state = this.#state;
    const labelledBy = title ? 'title' : 'date';
    return [
      title ? html`<div part="title" id="title">${title}</div>` : nothing,
      this.#config ? html`<div part="date" id="date">${this.#renderDateLine(this.#config.target)}</div>` : nothing,
      state.kind === 'invalid' ? html`<div part="error">${state.message}</div>` : nothing,
      state.kind === 'counting' && this.#config
        ? html`<div part="countdown" class=${this.#config.format} role="timer" aria-labelledby=${labelledBy}
            ><span class="spoken">${this.#spokenText(state.amounts)}</span
            ><span class="shown" aria-hidden="true">${this.#renderAmounts(state.amounts, state.phases, this.#config)}</span
          ></div>`
        : nothing,
      this.calendar && state.kind === 'counting' && this.#config
        ? this.#renderCalendarLink(this.#config.target, title)
        : nothing,
      html`<div role="status" class=${state.kind === 'released' && state.elapsed ? 'count-up' : ''}
        >${state.kind === 'released'
          ? html`<div part="released"><slot name="released">${this.#releasedText(title)}</slot></div>`
          : nothing}</div
      >`,
      // The leading space separates it from the message: "Released" + " " + "3 days ago".
      state.kind === 'released' && state.elapsed
        ? html` <span part="elapsed">${formatElapsed(this.#locale, state.elapsed)}</span>`
        : nothing,
    ];
  }

  /** Built once per target, title and page address, not on every tick. */
  #renderCalendarLink(target: Target, title: string): TemplateResult {
    const summary = title || document.title.trim() || 'Release';
    const pageUrl = document.URL;
    const key = `${target.epochMs}|${summary}|${pageUrl}`;
    if (this.#calendarLink.key !== key) {
      const ics = calendarFile({ title: summary, startMs: target.epochMs, pageUrl, createdMs: Date.now() });
      this.#calendarLink = { key, href: calendarHref(ics), fileName: calendarFileName(summary) };
    }
    const { href, fileName } = this.#calendarLink;
    return html`<a part="calendar" href=${href} download=${fileName}><slot name="calendar">Add to calendar</slot></a>`;
  }

  #renderDateLine(target: Target): string {
    const key = `${target.epochMs}|${target.zone.name}|${this.#locale}`;
    if (this.#dateLine.key !== key) {
      this.#dateLine = { key, text: formatDateLine(target.epochMs, target.zone, this.#locale) };
    }
    return this.#dateLine.text;
  }

  #renderAmounts(amounts: UnitAmount[], phases: ChangePhase[], config: Config): TemplateResult | string {
    if (config.format === 'text') return formatSentence(this.#locale, amounts, config.unitDisplay);
    const pieces =
      config.format === 'compact'
        ? formatCompact(this.#locale, amounts)
        : amounts.map((amount) => ({ ...formatAmount(this.#locale, amount, config.unitDisplay), separator: '' }));
    return html`${pieces.map(
      ({ unit, value, label, separator }, index) =>
        html`${index > 0 ? html`<span part="separator">${separator}</span>` : nothing}<span part="unit ${unit}"
            ><span part="value ${phases[index]}">${value}</span>${label ? html`<span part="label">${label}</span>` : nothing}</span
          >`,
    )}`;
  }

  /**
   * What a screen reader hears on reaching the timer: the remaining time in words, without
   * the seconds once larger units remain, so that it reads a stable phrase.
   */
  #spokenText(amounts: UnitAmount[]): string {
    const withoutSeconds = amounts.filter(({ unit }) => unit !== 'seconds');
    const spoken = withoutSeconds.some(({ amount }) => amount > 0) ? withoutSeconds : amounts;
    return formatSentence(this.#locale, spoken, 'long');
  }

  #releasedText(title: string): string {
    const text = this.releasedText?.trim();
    if (text) return text;
    return title ? `${title} has been released!` : 'Released!';
  }
}

function sameAmounts(a: readonly UnitAmount[], b: readonly UnitAmount[]): boolean {
  return a.length === b.length && a.every((amount, index) => amount.unit === b[index].unit && amount.amount === b[index].amount);
}

function sameElapsed(a: UnitAmount | undefined, b: UnitAmount | undefined): boolean {
  return a?.unit === b?.unit && a?.amount === b?.amount;
}

/** The nearest `lang`, looking through shadow roots the way the browser's own inheritance does. */
function closestLang(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

declare global {
  interface HTMLElementTagNameMap {
    'release-countdown': ReleaseCountdown;
  }
  interface HTMLElementEventMap {
    released: CustomEvent<ReleasedEventDetail>;
  }
}
