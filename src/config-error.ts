/**
 * Why an attribute's value cannot be used. Errors are values: parsing returns one of these
 * instead of throwing, and the element shows `message` in part `error`.
 */
export interface ConfigError {
  ok: false;
  attribute: string;
  /** Starts with the attribute's name and quotes the offending value. */
  message: string;
}

export function configError(attribute: string, problem: string): ConfigError {
  return { ok: false, attribute, message: `${attribute}: ${problem}` };
}

export function isConfigError(value: unknown): value is ConfigError {
  return typeof value === 'object' && value !== null && (value as ConfigError).ok === false;
}

/** Keeps a message readable when someone pastes a whole paragraph into an attribute. */
export function quote(value: string, max = 60): string {
  return `"${value.length > max ? `${value.slice(0, max - 1)}…` : value}"`;
}
