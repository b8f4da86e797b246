import type { ConfigPropertyName } from '../element/countdown-properties.js';
import { isConfigError, type ConfigError } from './config-error.js';
import {
  AFTERS,
  FORMATS,
  UNIT_DISPLAYS,
  parseChoice,
  parseUnits,
  type After,
  type Format,
  type UnitDisplay,
} from './options.js';
import { parseSeries, type Series } from './recurrence.js';
import { parseTarget, type Target } from './target.js';
import type { Unit } from '../time/units.js';
import { boundedCache } from '../text/intl-cache.js';

/** Everything the attributes say about what is counted and how it is shown, read and checked. */
export interface CountdownConfig {
  target: Target;
  /** Set with `repeat`: `target` is then the first occurrence. */
  series: Series | null;
  units: Unit[];
  format: Format;
  unitDisplay: UnitDisplay;
  after: After;
}

/** The properties a configuration is read from, as the element holds them (their names: the element's property table). */
export type ConfigProperties = Record<ConfigPropertyName, unknown>;

/**
 * Checked configurations by the attribute text they were read from. A page listing a thousand
 * releases repeats a handful of configurations: each is parsed once (dates and zones through
 * Luxon), and the countdowns share the result, which nothing changes.
 */
const rememberConfig = boundedCache();

/** The key that names `properties` when each is text or missing (as attributes are); undefined otherwise. */
function textKey(properties: ConfigProperties): string | undefined {
  let key = '';
  for (const value of Object.values(properties)) {
    if (value === null || value === undefined) key += '\u0000';
    else if (typeof value === 'string') key += `\u0001${value}`;
    else return undefined;
  }
  return key;
}

/**
 * The configuration `properties` describe, or the first reason it cannot be used. Values set
 * from script that are not text (a `Date`, or anything a framework passes) are read afresh.
 */
export function readConfig(properties: ConfigProperties): CountdownConfig | ConfigError {
  const key = textKey(properties);
  if (key === undefined) return check(properties);
  return rememberConfig(key, () => check(properties));
}

function check(properties: ConfigProperties): CountdownConfig | ConfigError {
  const target = parseTarget(properties.date, properties.timeZone);
  const series = isConfigError(target) ? null : parseSeries(target, properties);
  const units = parseUnits(properties.units);
  const format = parseChoice('format', properties.format, FORMATS);
  const unitDisplay = parseChoice('unit-display', properties.unitDisplay, UNIT_DISPLAYS);
  const after = parseChoice('after', properties.afterRelease, AFTERS);
  if (isConfigError(target)) return target;
  if (isConfigError(series)) return series;
  if (isConfigError(units)) return units;
  if (isConfigError(format)) return format;
  if (isConfigError(unitDisplay)) return unitDisplay;
  if (isConfigError(after)) return after;
  return { target, series, units, format, unitDisplay, after };
}
