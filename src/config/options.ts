import { attributeText } from './attribute-text.js';
import { configError, quote, type ConfigError } from './config-error.js';
import { UNITS, type Unit } from '../time/units.js';

export const FORMATS = ['blocks', 'text', 'compact'] as const;
export type Format = (typeof FORMATS)[number];

export const UNIT_DISPLAYS = ['long', 'short', 'narrow'] as const;
export type UnitDisplay = (typeof UNIT_DISPLAYS)[number];

/** What the element shows once released: the released message, or that message and how long ago it was. */
export const AFTERS = ['message', 'count-up'] as const;
export type After = (typeof AFTERS)[number];

export const DEFAULT_UNITS: readonly Unit[] = ['days', 'hours', 'minutes', 'seconds'];

/**
 * Reads `units`: any subset of UNITS in any order, separated by spaces or commas, singular
 * or plural; returned largest first. Empty means the default.
 */
export function parseUnits(value: unknown): Unit[] | ConfigError {
  const words = attributeText(value)
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0) return [...DEFAULT_UNITS];
  const chosen = new Set<Unit>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const unit = UNITS.find((candidate) => candidate === lower || candidate === `${lower}s`);
    if (!unit) {
      return configError('units', `${quote(word)} is not a unit; use any of ${UNITS.join(', ')}`);
    }
    chosen.add(unit);
  }
  return UNITS.filter((unit) => chosen.has(unit));
}

/** Reads an attribute that takes one of a few keywords; empty means the first one. */
export function parseChoice<T extends string>(
  attribute: string,
  value: unknown,
  choices: readonly T[],
): T | ConfigError {
  const word = attributeText(value).trim();
  if (word === '') return choices[0];
  const choice = choices.find((candidate) => candidate === word.toLowerCase());
  return choice ?? configError(attribute, `${quote(word)} is not one of ${choices.join(', ')}`);
}
