/**
 * The engine a test runs in, for the few expectations that pin an engine's own locale data.
 * The element formats through the browser's Intl, and engines ship different CLDR versions:
 * Chromium 156 and Firefox 153 bring their own ICU; WebKitGTK 2.50 on Debian 12 uses the
 * system's ICU 72 (CLDR 42), whose Arabic has Arabic-Indic digits by default and whose Polish
 * counts days as "doba" (a 24-hour day).
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** `expected`, or what the locale data of the engine running the test says instead. */
export function inLocaleDataOf<T>(expected: T, otherwise: Partial<Record<Engine, T>>): T {
  return otherwise[engine] ?? expected;
}
