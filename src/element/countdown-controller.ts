import type { ReactiveController, ReactiveElement } from 'lit';
import { isConfigError, type ConfigError } from '../config/config-error.js';
import { readConfig, type ConfigProperties, type CountdownConfig } from '../config/countdown-config.js';
import { TimeSourceController } from '../page/time-source.js';
import type { CountdownText } from '../text/countdown-text.js';
import { nextState, type Cause, type CountdownState, type Release } from '../time/countdown-state.js';
import { CountdownTexts } from './countdown-texts.js';
import { SecondsController } from './seconds-controller.js';

export interface CountdownControllerOptions {
  /** The property values the configuration is read from; read at each update and compared value by value. */
  config: () => ConfigProperties;
  /** The `time-source` value; no time source is made before one is set. */
  timeSource: () => unknown;
  /** Whether the host is near the view: far, it keeps only its release alarm and writes no text. */
  near: () => boolean;
  /** The locale the texts are written in. */
  locale: () => string | undefined;
  /** Called once for each release seen while the host is on the page. */
  onRelease?: (release: Release) => void;
}

/**
 * A host's countdown: its configuration (read again only when a property it comes from
 * changes), its state (`countdown-state.ts`, stepped at each update, tick and clock
 * correction), the clock it needs for that state, and what the state shows outside the shadow
 * tree: the `released` and `invalid` attributes, and one warning per new error. A tick that
 * only changes numbers rewrites their texts in place, with no render: that is the work of
 * every countdown on the page, every second.
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: CountdownControllerOptions;
  readonly #texts = new CountdownTexts();
  /** The values the configuration was last read from, and what they say; unset before the first update. */
  #configFrom: ConfigProperties | undefined;
  #config: CountdownConfig | ConfigError | undefined;
  #state: CountdownState | undefined;
  #warned: string | undefined;
  /** Made at the first step that needs the clock, and with the first `time-source`. */
  #clock: SecondsController | undefined;
  #timeSource: TimeSourceController | undefined;

  constructor(host: ReactiveElement, options: CountdownControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Unset until the first update reads the properties. */
  get state(): CountdownState | undefined {
    return this.#state;
  }

  /** The configuration, unless it is missing or in error. */
  get config(): CountdownConfig | undefined {
    const config = this.#config;
    return config && !isConfigError(config) ? config : undefined;
  }

  /** While counting: the texts shown. */
  get text(): CountdownText | undefined {
    return this.#state?.shown.kind === 'counting' ? this.#texts.current : undefined;
  }

  /** The host's clock: this device's, corrected by its time source once that has answered. */
  now(): number {
    return this.#timeSource?.now() ?? Date.now();
  }

  /**
   * For the host's `willUpdate`: reads the properties, steps when they say something new, and
   * makes the texts anew for another locale or format (texts in use already show the state).
   */
  read(): void {
    const timeSource = this.#options.timeSource();
    if (timeSource || this.#timeSource) {
      this.#timeSource ??= new TimeSourceController(this.#host, () => this.#corrected());
      this.#timeSource.url = timeSource;
    }
    const configFrom = this.#options.config();
    if (!this.#configFrom || !sameValues(configFrom, this.#configFrom)) {
      this.#configFrom = configFrom;
      this.#config = readConfig(configFrom);
      this.#step('configured');
    }
    const shown = this.#state?.shown;
    if (shown?.kind === 'counting' && this.#options.near()) {
      const inUse = this.#texts.current;
      const text = this.#texts.for(this.#options.locale(), this.config!);
      if (text !== inUse) text.show(shown.amounts, shown.phases);
    }
  }

  /** The host came near the view: far it kept only its release alarm; now the present, and every second while seen. */
  wake(): void {
    this.#step('tick');
    this.#scheduleClock();
  }

  /** The texts in use are out of date (their locale's words changed): the next update makes new ones. */
  forgetTexts(): void {
    this.#texts.forget();
  }

  /** Back on the page after any time away: the present, not what was shown when removed. */
  hostConnected(): void {
    if (this.#config) this.#step('reconnected');
  }

  /**
   * The time source answered: count by the corrected clock at once. A release that the
   * uncorrected clock showed but never announced is revised; an announced one stands.
   */
  #corrected(): void {
    this.#clock?.realign();
    this.#step('corrected');
  }

  /** Moves the countdown to its state now, shows it, and announces a release. */
  #step(cause: Cause, nowMs = this.now()): void {
    const config = this.#config;
    if (!config) return;
    const previous = this.#state;
    const { state, release } = nextState(config, previous, nowMs, cause);
    if (state === previous) return;
    this.#state = state;
    this.#scheduleClock();
    if (state.shown !== previous?.shown || state.dateMs !== previous.dateMs) this.#show(state, previous);
    if (release) this.#options.onRelease?.(release);
  }

  /** What the state needs from the clock; far from view, only the release alarm: no second, no watch of the screen. */
  #scheduleClock(): void {
    const state = this.#state;
    if (!state) return;
    const everySecond = state.everySecond && this.#options.near();
    if (!this.#clock && !everySecond && state.alarmAtMs === undefined) return;
    this.#clock ??= new SecondsController(this.#host, {
      onTime: (nowMs) => this.#step('tick', nowMs),
      clockOffsetMs: () => this.#timeSource?.offsetMs ?? 0,
    });
    this.#clock.schedule(everySecond, state.alarmAtMs);
  }

  #show(state: CountdownState, previous: CountdownState | undefined): void {
    const { shown } = state;
    if (shown.kind !== previous?.shown.kind) {
      this.#host.toggleAttribute('released', shown.kind === 'released');
      this.#host.toggleAttribute('invalid', shown.kind === 'invalid');
    }
    if (shown.kind === 'invalid' && shown.message !== this.#warned) {
      this.#warned = shown.message;
      console.warn(`<release-countdown>: ${shown.message}`);
    } else if (shown.kind !== 'invalid') {
      this.#warned = undefined;
    }
    // Far from view nothing is rendered: the texts are written when it renders.
    const layout =
      shown.kind === 'counting' && this.#options.near()
        ? this.#texts.for(this.#options.locale(), this.config!).show(shown.amounts, shown.phases)
        : 'needs-render';
    const inPlace = layout === 'rendered' && previous?.shown.kind === 'counting' && state.dateMs === previous.dateMs;
    // An update in progress (the first, or one that read new properties) renders what this step shows.
    if (!inPlace && !this.#host.isUpdatePending) this.#host.requestUpdate();
  }
}

/** Whether two sets of property values are the same, value for value. */
function sameValues(a: ConfigProperties, b: ConfigProperties): boolean {
  return (Object.keys(a) as Array<keyof ConfigProperties>).every((name) => a[name] === b[name]);
}
