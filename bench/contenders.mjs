/**
 * Everything the harness knows about each contender on the Node side: the files a page must
 * load for it to work (counted by the bytes metric), the markup of one instance, the glue
 * script that starts instances and reads what they show (bench/page/contenders/<id>.js), the
 * cell one instance needs at its natural size, and how it keeps time (for the notes).
 *
 * Files are paths from the repository root; the bench server serves the root as is.
 */

import { readFileSync } from 'node:fs';

const isoDate = (targetMs) => new Date(targetMs).toISOString();

export const FLOOR_ID = 'vanilla-floor';
export const PARTS_FLOOR_ID = 'parts-floor';
export const INTL_FLOOR_ID = 'intl-floor';
export const OURS_ID = 'release-countdown';
export const EMPTY_PAGE_ID = 'empty-page';

/** The box of one countdown in the releases layout: a default-theme countdown's size (issue 13). */
export const RELEASES_CELL = { width: 312, height: 120 };
/** The viewport of the releases layout: 4 boxes a row, 7 rows (28 countdowns) in view. */
export const RELEASES_VIEWPORT = { width: 1280, height: 800 };

/** The text of release-countdown's shadow stylesheet, read from its source, for the parts floor. */
function shadowCss() {
  const source = readFileSync(new URL('../src/element/release-countdown.styles.ts', import.meta.url), 'utf8');
  const css = source.match(/css`([^`]*)`/)?.[1];
  if (!css) throw new Error('No css`…` literal in src/element/release-countdown.styles.ts');
  return css;
}

export const CONTENDERS = [
  {
    id: FLOOR_ID,
    packageName: null,
    styles: [],
    classicScripts: ['bench/page/vanilla-floor.js'],
    moduleScripts: [],
    cell: { width: 90, height: 30 },
    slotHtml: () => '',
    clock: 'one shared setTimeout, aimed at the next whole second',
  },
  {
    id: PARTS_FLOOR_ID,
    packageName: null,
    styles: [],
    classicScripts: ['bench/page/parts-floor.js'],
    moduleScripts: [],
    cell: { width: 260, height: 110 },
    slotHtml: () => '',
    pageData: () => ({ shadowCss: shadowCss() }),
    clock: 'one shared setTimeout, aimed at the next whole second',
  },
  {
    id: INTL_FLOOR_ID,
    packageName: null,
    styles: [],
    classicScripts: ['bench/page/intl-floor.js'],
    moduleScripts: [],
    cell: { width: 320, height: 50 },
    slotHtml: () => '',
    clock: 'one shared setTimeout, aimed at the next whole second',
  },
  {
    id: OURS_ID,
    packageName: null,
    styles: [],
    classicScripts: [],
    moduleScripts: ['dist/release-countdown.js'],
    cell: { width: 260, height: 110 },
    slotHtml: (targetMs) => `<release-countdown date="${isoDate(targetMs)}"></release-countdown>`,
    clock: 'one shared setTimeout, aimed at the next whole second (src/page/ticker.ts)',
  },
  {
    id: 'flipdown',
    packageName: 'flipdown',
    styles: ['node_modules/flipdown/dist/flipdown.min.css'],
    classicScripts: ['node_modules/flipdown/dist/flipdown.min.js'],
    moduleScripts: [],
    cell: { width: 510, height: 110 },
    slotHtml: (targetMs, index) => `<div id="flipdown-${index}" class="flipdown"></div>`,
    clock: 'one setInterval(1000) per instance, plus two 500 ms setTimeouts per tick for the flip',
  },
  {
    id: 'simplycountdown',
    packageName: 'simplycountdown.js',
    styles: ['node_modules/simplycountdown.js/dist/themes/default.min.css'],
    classicScripts: ['node_modules/simplycountdown.js/dist/simplyCountdown.umd.js'],
    moduleScripts: [],
    cell: { width: 690, height: 160 },
    slotHtml: () => '<div class="simply-countdown"></div>',
    clock: 'one setInterval(1000) per instance',
  },
  {
    id: 'pqina-flip',
    packageName: '@pqina/flip',
    styles: ['node_modules/@pqina/flip/dist/flip.min.css'],
    classicScripts: ['node_modules/@pqina/flip/dist/flip.min.js'],
    moduleScripts: [],
    cell: { width: 480, height: 110 },
    // The countdown preset from pqina.nl/flip, started by Tick's own DOMContentLoaded scan.
    slotHtml: () =>
      '<div class="tick" data-did-init="benchFlipInit">' +
      '<div data-repeat="true" data-layout="horizontal fit" data-transform="preset(d, h, m, s) -> delay">' +
      '<div class="tick-group"><div data-key="value" data-repeat="true" data-transform="pad(00) -> split -> delay">' +
      '<span data-view="flip"></span></div><span data-key="label" data-view="text" class="tick-label"></span></div>' +
      '</div></div>',
    clock: 'one drift-corrected setTimeout(1000) per instance; flip animations run in requestAnimationFrame',
  },
  {
    id: 'jquery-countdown',
    packageName: 'jquery-countdown',
    styles: [],
    classicScripts: [
      'node_modules/jquery/dist/jquery.min.js',
      'node_modules/jquery-countdown/dist/jquery.countdown.min.js',
    ],
    moduleScripts: [],
    cell: { width: 130, height: 30 },
    slotHtml: () => '<div></div>',
    clock: 'one setInterval(100) per instance (its default precision)',
  },
  {
    id: 'kbw-countdown',
    packageName: 'kbw-countdown',
    styles: ['node_modules/kbw-countdown/dist/css/jquery.countdown.css'],
    classicScripts: [
      'node_modules/jquery/dist/jquery.min.js',
      'node_modules/kbw-countdown/dist/js/jquery.plugin.min.js',
      'node_modules/kbw-countdown/dist/js/jquery.countdown.min.js',
    ],
    moduleScripts: [],
    cell: { width: 240, height: 62 },
    slotHtml: () => '<div></div>',
    clock: 'one shared requestAnimationFrame loop that re-renders every instance once 1000 ms have passed',
  },
  {
    id: 'relative-time',
    packageName: '@github/relative-time-element',
    styles: [],
    classicScripts: [],
    moduleScripts: ['node_modules/@github/relative-time-element/dist/bundle.js'],
    cell: { width: 300, height: 24 },
    slotHtml: (targetMs) =>
      `<relative-time datetime="${isoDate(targetMs)}" format="duration">${new Date(targetMs).toUTCString()}</relative-time>`,
    clock: 'one shared setTimeout(1000) re-armed after each update (not aligned to the second)',
  },
  {
    id: 'easytimer',
    packageName: 'easytimer.js',
    styles: [],
    classicScripts: ['node_modules/easytimer.js/dist/easytimer.min.js'],
    moduleScripts: [],
    cell: { width: 90, height: 24 },
    slotHtml: () => '',
    clock: 'one setInterval(1000) per instance',
  },
];

/**
 * The baseline of the idle bound (issue 13, decision 3): the same page with empty slots and no
 * script of a contender, scrolled, hidden and measured the same way. Not a contender: it shows
 * no value, so it is in the idle and releases tables only.
 */
export const EMPTY_PAGE = {
  id: EMPTY_PAGE_ID,
  packageName: null,
  styles: [],
  classicScripts: [],
  moduleScripts: [],
  cell: { width: 260, height: 110 },
  slotHtml: () => '',
  clock: 'none',
};

/**
 * Who runs in the releases layout: the empty page, the three floors, ours and the two peers issue
 * 13 compares with. The other peers would make the full run half as long again, and flipdown and
 * @pqina/flip take minutes to show 1000 countdowns.
 */
export const RELEASES_IDS = [
  EMPTY_PAGE_ID,
  FLOOR_ID,
  INTL_FLOOR_ID,
  PARTS_FLOOR_ID,
  OURS_ID,
  'easytimer',
  'relative-time',
];

/** The jQuery both jQuery plugins are served with (their docs predate jQuery 4, which removed $.isFunction). */
export const SHARED_PACKAGES = ['jquery'];

export function contenderById(id) {
  const contender = [...CONTENDERS, EMPTY_PAGE].find((candidate) => candidate.id === id);
  if (!contender) throw new Error(`No contender "${id}"`);
  return contender;
}

/** Every file the page must load for the contender to work, in load order. */
export function requiredFiles(contender) {
  return [...contender.styles, ...contender.classicScripts, ...contender.moduleScripts];
}
