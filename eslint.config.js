// ESLint (npm run lint): the recommended rules of ESLint, typescript-eslint, eslint-plugin-lit and
// eslint-plugin-wc, with each file's globals set by where it runs: the browser or Node.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'bench/results.*', 'test/site/screenshots/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  // Without this, eslint-plugin-wc treats only direct subclasses of HTMLElement as elements.
  { settings: { wc: { elementBaseClasses: ['LitElement'] } } },
  {
    // The element, its tests (run in Chromium) and the demo site.
    files: ['src/**', 'test/**/*.ts', 'test/pages/**', 'demo/**', 'bench/size-floor.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark's page scripts are classic scripts, loaded by <script src> beside the peers'.
    files: ['bench/page/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // The peers' own classic scripts, loaded before these glue scripts, define these globals.
    files: ['bench/page/contenders/*.js'],
    languageOptions: {
      globals: {
        $: 'readonly',
        easytimer: 'readonly',
        FlipDown: 'readonly',
        simplyCountdown: 'readonly',
        Tick: 'readonly',
      },
    },
  },
  {
    // The WordPress block's editor script: a classic script on WordPress's `wp` globals, no build.
    files: ['wordpress/release-countdown/block/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },
  {
    // Node: the configs, the benchmark harness, the site tests, the Chromium launcher and the Eleventy plugin.
    files: [
      '*.{js,mjs,ts}',
      'integrations/eleventy/*.js',
      'bench/**/*.mjs',
      'test/**/*.mjs',
      'wordpress/release-countdown/*.mjs',
      'wordpress/release-countdown/test/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The functions these files pass to Playwright's page.evaluate() run in the page, not in Node.
    files: [
      'bench/**/*.mjs',
      'test/site/*.mjs',
      'test/platforms/*.mjs',
      'test/frameworks/*.mjs',
      'wordpress/release-countdown/test/*.mjs',
    ],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'customElements', 'getComputedStyle', 'IntersectionObserver', 'CSSStyleSheet'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },
  {
    // React's JSX types can only be extended by merging into its `JSX` namespace.
    files: ['src/react.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // An iCalendar TEXT value may not hold control characters: stripping them is the point.
    files: ['src/calendar/calendar-file.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
