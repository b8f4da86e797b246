import type { PropertyDeclaration } from 'lit';

/**
 * Every property of `<release-countdown>`, declared once: its attribute, its default, whether
 * the configuration is read from it, and a one-line description. The element's
 * `static properties`, its property types, the configuration's keys (`ConfigProperties`), the
 * framework types (`props.ts`) and the custom-elements manifest (a plugin in
 * custom-elements-manifest.config.mjs reads this table) all derive from it.
 */
export const countdownProperties = {
  /** The target moment: ISO 8601, RFC 2822 or SQL text, or a `Date`. Offset-less text is wall-clock time in `timeZone`. */
  date: { attribute: 'date', default: null as string | Date | null, config: true },
  /** IANA zone, `UTC` or a fixed offset like `UTC+9`; empty means the viewer's zone. */
  timeZone: { attribute: 'time-zone', default: null as string | null, config: true },
  /** Shown once the target has passed; defaults to "<title> has been released!", or "Released!", in the element's language. */
  releasedText: { attribute: 'released-text', default: null as string | null, config: false },
  /** Units to show, any of `years months weeks days hours minutes seconds`, separated by spaces or commas. */
  units: { attribute: 'units', default: null as string | null, config: true },
  /** `blocks` (default), `text` or `compact`. */
  format: { attribute: 'format', default: null as string | null, config: true },
  /** Label length: `long` (default), `short` or `narrow`. */
  unitDisplay: { attribute: 'unit-display', default: null as string | null, config: true },
  /** `daily`, `weekly`, `monthly`, `yearly` or an ISO 8601 duration (`P2W`); `date` is then the first occurrence. */
  repeat: { attribute: 'repeat', default: null as string | null, config: true },
  /** With `repeat`, the last moment an occurrence may fall on, read like `date`; a date alone includes its whole day. */
  until: { attribute: 'until', default: null as string | Date | null, config: true },
  /** With `repeat`, an ISO 8601 duration (`PT1H`) the released message stays after each occurrence. */
  releasedFor: { attribute: 'released-for', default: null as string | null, config: true },
  /** A URL answering the server's time (a `Date` header, or epoch milliseconds as the body); corrects a wrong device clock. */
  timeSource: { attribute: 'time-source', default: null as string | null, config: false },
  // `after` is a DOM method (ChildNode.after), so the property has a longer name.
  /** `message` (default): the released message once released. `count-up`: also how long ago, counting on. */
  afterRelease: { attribute: 'after', default: null as string | null, config: true },
  /** Shows a link that downloads an `.ics` calendar event for the target while it is counting. */
  calendar: { attribute: 'calendar', type: Boolean, default: false as boolean, config: false },
} as const satisfies Record<string, PropertyDeclaration & { attribute: string; default: unknown; config: boolean }>;

type Table = typeof countdownProperties;
export type CountdownPropertyName = keyof Table;

/** Each property's value type, from its default. */
export type CountdownPropertyValues = { -readonly [K in CountdownPropertyName]: Table[K]['default'] };

/** The properties the configuration is read from. */
export type ConfigPropertyName = {
  [K in CountdownPropertyName]: Table[K]['config'] extends true ? K : never;
}[CountdownPropertyName];

/** The attributes named apart from their properties, as a framework template may set them. */
export type CountdownAttributes = {
  [K in CountdownPropertyName as Table[K]['attribute'] extends K ? never : Table[K]['attribute']]?: string;
};

export const CONFIG_PROPERTY_NAMES = (Object.keys(countdownProperties) as CountdownPropertyName[]).filter(
  (name): name is ConfigPropertyName => countdownProperties[name].config,
);

/**
 * Puts each default on `prototype`, behind an accessor of its own that Lit wraps (a reactive
 * property over an existing accessor): an element reads its defaults from the prototype
 * instead of running Lit's setter for each of them in its constructor.
 */
export function defineDefaults(prototype: object): void {
  for (const [name, { default: value }] of Object.entries(countdownProperties)) {
    const stored = Symbol(name);
    Object.defineProperty(prototype, stored, { value, writable: true });
    Object.defineProperty(prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[stored];
      },
      set(this: Record<symbol, unknown>, value: unknown) {
        this[stored] = value;
      },
      configurable: true,
      enumerable: true,
    });
  }
}
