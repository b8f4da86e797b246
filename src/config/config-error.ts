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
  if (value.length <= max) return `"${value}"`;
  // Cut between characters, never inside a surrogate pair (an emoji), which would show as �.
  const end = isHighSurrogate(value.charCodeAt(max - 2)) ? max - 2 : max - 1;
  return `"${value.slice(0, end)}…"`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
