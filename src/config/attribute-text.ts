/**
 * Properties set from script may hold anything (a number, an object, undefined); the parsers
 * read them as the text an attribute would hold. Never throws, even for objects whose
 * conversion to text throws.
 */
export function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}
