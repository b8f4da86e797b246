/**
 * What every countdown on the page asks for again and again, remembered once for all of them:
 * Intl formatters, the text they format, configurations parsed from attribute text. Building
 * a formatter, formatting or parsing a date costs microseconds, and a page asks for the same
 * few ("59 seconds", "4 hours") every second. Each cache is bounded, so that a page counting
 * through years of seconds, or making countdowns without end, does not grow it without end:
 * when full it starts over, which costs a lookup per hit rather than a reordering. Every cache
 * is emptied when the browser's language changes, since a countdown without a `lang` formats
 * in it: before any countdown hears of the change, as this listener is added when the module
 * is first evaluated.
 */
export const MAX_ENTRIES = 2000;

const caches: Array<Map<string, unknown>> = [];

/**
 * A bounded cache: `remember(key, compute)` answers what `compute` answered for `key`
 * (undefined too). A key names what it holds, and so its type.
 */
export function boundedCache(): <V>(key: string, compute: () => V) => V {
  const entries = new Map<string, unknown>();
  caches.push(entries);
  return <V>(key: string, compute: () => V): V => {
    const known = entries.get(key);
    if (known !== undefined || entries.has(key)) return known as V;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const value = compute();
    entries.set(key, value);
    return value;
  };
}

/** Forgets everything every cache remembers. */
export function clearIntlCaches(): void {
  for (const entries of caches) entries.clear();
}

if (typeof window !== 'undefined') window.addEventListener('languagechange', clearIntlCaches);
