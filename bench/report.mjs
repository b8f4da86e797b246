import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CONTENDERS,
  EMPTY_PAGE,
  EMPTY_PAGE_ID,
  FLOOR_ID,
  INTL_FLOOR_ID,
  OURS_ID,
  PARTS_FLOOR_ID,
  RELEASES_CELL,
  RELEASES_IDS,
  RELEASES_VIEWPORT,
  SHARED_PACKAGES,
  requiredFiles,
} from './contenders.mjs';

/** Issue 13's targets. */
const IDLE_SLACK_MS_PER_S = 0.5;
const RETAINED_SLACK_NODES = 50;
const OF_PARTS_FLOOR = 1.2;
const CEILING_BYTES = 36.0 * 1024;
const GOAL_BYTES = 33.0 * 1024;
const LOAD_ALLOWANCE_MS = 30;
/** Issue 23: one countdown's first value within this of the intl floor's. */
const FIRST_VALUE_ALLOWANCE_MS = 20;
const HEAP_ALLOWANCE_BYTES = 2 * 2 ** 20;
/** DOM nodes an instance not yet rendered may keep: the element, its fallback text and one more. */
const UNRENDERED_NODES = 3;

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export function median(values) {
  const sorted = values.filter(isNumber).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median of one number per repetition, with their min and max (the spread a cell shows as
 * "median [min–max]") and how many there were; null when there is none.
 */
export function spread(values) {
  const known = values.filter(isNumber);
  if (known.length === 0) return null;
  return { median: median(known), min: Math.min(...known), max: Math.max(...known), count: known.length };
}

/** The number a judgment uses: a spread's median, or the number itself. */
const mid = (value) => (value !== null && typeof value === 'object' ? value.median : (value ?? null));

/** A spread minus a number (a baseline), or null when either is missing. */
const minus = (value, by) =>
  value === null || by === null
    ? null
    : { ...value, median: value.median - by, min: value.min - by, max: value.max - by };

export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

function summarizeAccuracy(recordings) {
  if (recordings.length === 0) return null;
  const lags = recordings.flatMap((recording) => recording.lags);
  const domLags = recordings.flatMap((recording) => recording.domLags ?? []);
  const afterLongTask = recordings.flatMap((recording) => recording.lagsAfterLongTask);
  return {
    // Pooled over the recordings; the spread is that of each recording's own median (p95).
    lagMedianMs: pooled(
      median(lags),
      recordings.map((recording) => median(recording.lags)),
    ),
    lagP95Ms: pooled(
      percentile(lags, 0.95),
      recordings.map((recording) => percentile(recording.lags, 0.95)),
    ),
    domLagMedianMs: median(domLags),
    lagAfterLongTaskMedianMs: median(afterLongTask),
    lagAfterLongTaskP95Ms: percentile(afterLongTask, 0.95),
    repeated: sum(recordings.map((recording) => recording.repeated)),
    skipped: sum(recordings.map((recording) => recording.skipped)),
    outOfOrder: sum(recordings.map((recording) => recording.outOfOrder)),
    instanceSeconds: sum(recordings.map((recording) => recording.instanceSeconds)),
    changes: sum(recordings.map((recording) => recording.changes)),
    recordedS: sum(recordings.map((recording) => recording.recordedMs)) / 1000,
  };
}

function pooled(value, perRecording) {
  const each = spread(perRecording);
  return value === null || each === null ? null : { ...each, median: value };
}

/** Medians with their spread over repetitions (and pooled recordings for accuracy) of one contender's samples. */
function summarize(entry) {
  const at = (n) => entry.load[n] ?? [];
  const load1 = at(1);
  const load1000 = at(1000);
  const memory = (results, key, field) => spread(results.map((result) => result[key]?.[field]));
  const baseline = memory(load1, 'memoryBaseline', 'heapBytes');
  const heapWith = memory(load1000, 'memory', 'heapBytes');
  const heapAfter = memory(load1000, 'memoryAfterRemoval', 'heapBytes');
  const nodesBaseline = memory(load1, 'memoryBaseline', 'domNodes');
  const nodesAfter = memory(load1000, 'memoryAfterRemoval', 'domNodes');
  const notShown = load1000.map((result) => result.startup?.notShownWithinMs).filter((ms) => ms !== undefined);
  // Loads that gave up because the page did not show every value in time, by N.
  const timeouts = Object.entries(entry.load).flatMap(([n, results]) => {
    const timedOut = results.filter((result) => result.startup?.notShownWithinMs !== undefined);
    if (timedOut.length === 0) return [];
    const gaveUpAfterS = Math.min(...timedOut.map((result) => result.startup.notShownWithinMs)) / 1000;
    return [
      `load N=${n}: timed out, not every instance showed a value (gave up after ${fixed(gaveUpAfterS, 1)} s; ${timedOut.length} of ${results.length} load(s))`,
    ];
  });
  return {
    bytes: entry.bytes,
    startup: {
      n1FirstValueMs: spread(load1.map((result) => result.startup?.firstValueMs)),
      n1000FirstValueMs: spread(load1000.map((result) => result.startup?.firstValueMs)),
      n1000AllValuesMs: spread(load1000.map((result) => result.startup?.allValuesMs)),
      n1FirstValueLaidOutMs: spread(load1.map((result) => result.startup?.firstValueLaidOutMs)),
      n1000AllValuesLaidOutMs: spread(load1000.map((result) => result.startup?.allValuesLaidOutMs)),
      // Loads that gave up: the instances had not all shown a value after this long.
      n1000NotShownWithinMs: notShown.length > load1000.length / 2 ? Math.min(...notShown) : null,
      n1000VisibleInstances: spread(load1000.map((result) => result.startup?.visible)),
    },
    steadyBusyMsPerS: {
      // A load that failed (see `errors`) has no measurements: it is left out, not a crash.
      n1: spread(load1.map((result) => result.steady?.busyMsPerS)),
      n100: spread(entry.accuracy.map((result) => result.steady?.busyMsPerS)),
      n1000: spread(load1000.map((result) => result.steady?.busyMsPerS)),
      n1000StyleAndLayout: spread(load1000.map((result) => result.steady?.styleAndLayoutMsPerS)),
    },
    idleBusyMsPerS: {
      offScreenN1000: spread(load1000.map((result) => result.offScreen?.busyMsPerS)),
      hiddenTabN1000: spread(load1000.map((result) => result.hiddenTab?.busyMsPerS)),
      releasedN1000: spread(entry.released.map((result) => result.released?.busyMsPerS)),
    },
    // In the off-screen window after the busy one: the most any repetition saw.
    offScreenActivity: {
      timersFired: most(load1000.map((result) => result.offScreen?.timersFired)),
      animationFrames: most(load1000.map((result) => result.offScreen?.animationFrames)),
      shownChanges: most(load1000.map((result) => result.offScreen?.shownChanges)),
    },
    memory: {
      baselineBytes: baseline,
      with1000Bytes: minus(heapWith, mid(baseline)),
      retainedAfterRemovalBytes: minus(heapAfter, mid(baseline)),
      retainedDomNodes: minus(nodesAfter, mid(nodesBaseline)),
    },
    accuracy: summarizeAccuracy(entry.accuracy.map((result) => result.normal).filter(Boolean)),
    accuracyBusy: summarizeAccuracy(entry.accuracy.map((result) => result.busy).filter(Boolean)),
    releases: summarizeReleases(entry.releases),
    errors: entry.errors,
    timeouts,
  };
}

/** The releases layout, by N: start-up, long tasks, steady cost, memory and the scroll. */
function summarizeReleases(bySize) {
  return Object.fromEntries(
    Object.entries(bySize).map(([n, results]) => {
      const of = (pick) => spread(results.map((result) => pick(result) ?? null));
      const durations = (tasks) => tasks?.map(([, durationMs]) => durationMs) ?? [];
      return [
        n,
        {
          firstValueMs: of((result) => result.startup?.firstValueLaidOutMs),
          viewportValuesMs: of((result) => result.startup?.viewportValuesLaidOutMs),
          inViewport: of((result) => result.startup?.inViewport),
          readyMs: of((result) => result.ready?.readyMs),
          longTasks: of((result) => result.ready && result.ready.longTasks.length),
          longestTaskMs: of((result) => result.ready && Math.max(0, ...durations(result.ready.longTasks))),
          // Every repetition's long tasks until ready, in ms, for the list under the table.
          longTaskLists: results.filter((result) => result.ready).map((result) => durations(result.ready.longTasks)),
          steadyBusyMsPerS: of((result) => result.steady?.busyMsPerS),
          heapBytes: of((result) => result.memory?.heapBytes),
          jsHeapBytes: of((result) => result.memory?.jsHeapBytes),
          domNodes: of((result) => result.memory?.domNodes),
          shownAtMemory: of((result) => result.memory?.shown),
          domNodesAfterScroll: of((result) => result.memoryAfterScroll?.domNodes),
          // Layout shift: the most any repetition saw, since the target is none at all.
          layoutShift: most(results.map((result) => result.scroll?.layoutShift)),
          layoutShiftByCountdowns: most(results.map((result) => result.scroll?.layoutShiftByCountdowns)),
          layoutShiftUnattributed: most(results.map((result) => result.scroll?.layoutShiftUnattributed)),
          shiftExamples: [...new Set(results.flatMap((result) => result.scroll?.examples ?? []))].slice(0, 5),
          scrollLongTasks: of((result) => result.scroll?.longTasks.length),
          scrollLongestTaskMs: of((result) => result.scroll && Math.max(0, ...durations(result.scroll.longTasks))),
          scrollMs: of((result) => result.scroll?.durationMs),
          timedOut: results.some((result) => result.startup?.notShownWithinMs !== undefined),
        },
      ];
    }),
  );
}

/** The empty page: the idle bound's baseline, and its row of the releases tables. */
function summarizeEmptyPage(entry) {
  const of = (pick) => spread(entry.idle.map((result) => pick(result) ?? null));
  return {
    idleBusyMsPerS: {
      visible: of((result) => result.visible?.busyMsPerS),
      offScreen: of((result) => result.offScreen?.busyMsPerS),
      hiddenTab: of((result) => result.hiddenTab?.busyMsPerS),
    },
    offScreenActivity: {
      timersFired: most(entry.idle.map((result) => result.offScreen?.timersFired)),
      animationFrames: most(entry.idle.map((result) => result.offScreen?.animationFrames)),
      shownChanges: most(entry.idle.map((result) => result.offScreen?.shownChanges)),
    },
    releases: summarizeReleases(entry.releases),
    errors: entry.errors,
    timeouts: [],
  };
}

function most(values) {
  const known = values.filter((value) => value !== null && value !== undefined);
  return known.length === 0 ? null : Math.max(...known);
}

function packageVersion(name) {
  return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

function contenderLabel(contender) {
  if (contender.id === FLOOR_ID) return 'vanilla floor';
  if (contender.id === PARTS_FLOOR_ID) return 'parts floor (our DOM, vanilla JS)';
  if (contender.id === INTL_FLOOR_ID) return 'intl floor (vanilla + Intl date line and labels)';
  if (contender.id === OURS_ID) return '**release-countdown** (dist)';
  if (contender.id === EMPTY_PAGE_ID) return 'empty page (no countdown)';
  return `${contender.packageName} ${packageVersion(contender.packageName)}`;
}

// ---- formatting ---------------------------------------------------------------------------

/**
 * A formatter of numbers that also takes a spread (see `spread`) and shows it as
 * "median [min–max]" when it comes from more than one repetition and min and max differ as
 * shown; "–" for nothing.
 */
function formatter(format) {
  return (value, ...options) => {
    if (value === null || value === undefined) return '–';
    if (typeof value === 'number') return format(value, ...options);
    const [middle, low, high] = [value.median, value.min, value.max].map((number) => format(number, ...options));
    return value.count > 1 && low !== high ? `${middle} [${low}–${high}]` : middle;
  };
}

const fixed = formatter((value, digits = 1) => value.toFixed(digits));
const kb = formatter((bytes) => (bytes / 1024).toFixed(1));
const mb = formatter((bytes) => (bytes / 2 ** 20).toFixed(2));
const ratio = (value, reference) => {
  const [a, b] = [mid(value), mid(reference)];
  return a === null || b === null || b <= 0 ? '' : ` (${(a / b).toFixed(1)}×)`;
};

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, index) => (index === 0 ? ':--' : '--:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The best (lowest) peer for a metric: neither a floor nor ours. */
function bestPeer(summaries, pick) {
  let best = null;
  for (const [id, summary] of Object.entries(summaries)) {
    if ([FLOOR_ID, PARTS_FLOOR_ID, INTL_FLOOR_ID, OURS_ID, EMPTY_PAGE_ID].includes(id)) continue;
    const value = pick(summary);
    if (mid(value) !== null && (best === null || mid(value) < mid(best.value))) best = { id, value };
  }
  return best;
}

/** The machine's 1-minute load average around the run, with a warning when other work shared the cores. */
function loadAverageNote(load) {
  if (!load) return '';
  const shared = Math.max(load.atStart, load.atEnd) > load.cores / 2;
  return (
    `Load average ${load.atStart.toFixed(1)} at the start, ${load.atEnd.toFixed(1)} at the end, on ${load.cores} cores` +
    (shared
      ? ': **other work was running**, and busy ms, startup and lags are wall-clock times that it inflates; compare with care. '
      : '. ')
  );
}

function benchCommand(meta) {
  const options = [
    ...(meta.quick ? ['--quick'] : []),
    ...(meta.layouts?.length === 1 ? ['--layout', meta.layouts[0]] : []),
  ];
  return `npm run bench${options.length ? ` -- ${options.join(' ')}` : ''}`;
}

function markdown(summaries, meta) {
  const floor = summaries[FLOOR_ID];
  const empty = summaries[EMPTY_PAGE_ID];
  const rows = (cells) =>
    CONTENDERS.map((contender) => [contenderLabel(contender), ...cells(summaries[contender.id], contender)]);
  const vsFloor = (pick, format) => (summary) => `${format(pick(summary))}${ratio(pick(summary), pick(floor))}`;
  const accuracyRow = (pick) => (summary) => {
    const result = pick(summary);
    if (!result) return ['–', '–', '–', '–', '–', '–'];
    return [
      fixed(result.lagMedianMs, 0),
      fixed(result.lagP95Ms, 0),
      fixed(result.domLagMedianMs, 0),
      `${result.repeated}`,
      `${result.skipped}`,
      `${result.outOfOrder}`,
    ];
  };
  const t = meta.timing;
  // "–" for a size whose load timed out would read as "not measured": say so in the cell.
  const loadFailedAt = (summary, n) => {
    const load = (line) => line.startsWith(`load N=${n}:`);
    if (summary.timeouts.some(load)) return 'timed out';
    return summary.errors.some(load) ? 'failed' : null;
  };
  const startupCell = (n, pick) => (summary) =>
    (pick(summary) === null && loadFailedAt(summary, n)) || vsFloor(pick, fixed)(summary);
  const failures = (summary) => [...summary.timeouts, ...summary.errors];
  const sections = [
    `# release-countdown benchmark results`,
    ``,
    `${meta.quick ? '**Quick run** (short windows, one repetition: a smoke test, not a measurement). ' : ''}` +
      `Measured ${meta.date} on ${meta.machine}; the run took ${meta.durationS} s. ` +
      loadAverageNote(meta.loadAverage) +
      `Medians of ${t.repetitions} interleaved repetition(s)${t.repetitions > 1 ? ', each followed in square brackets by the spread over the repetitions, [min–max]' : ''}; in parentheses, the ratio to the vanilla floor. ` +
      `Steady and idle windows of ${t.windowMs / 1000} s, each after the page has drawn two frames and found its main thread idle, then ${t.settleMs} ms more. ` +
      `Two layouts: **all on screen** (every countdown in the viewport, sections 1 to 6) and **the page users actually have** (section 7)` +
      (meta.layouts?.length === 1
        ? `; **this run measured only ${meta.layouts[0] === 'releases' ? 'the page users actually have' : 'all on screen'}** (\`--layout ${meta.layouts[0]}\`), the other layout's cells are empty. `
        : '. ') +
      `Produced by \`${benchCommand(meta)}\`; raw numbers in results.json.`,
    ``,
    `## The page users actually have: release-countdown against issue 13's targets`,
    ``,
    `An "upcoming releases" page (section 7): N countdowns, each in a ${RELEASES_CELL.width}×${RELEASES_CELL.height} px box, in a ${RELEASES_VIEWPORT.width}×${RELEASES_VIEWPORT.height} viewport; ${fixed(mid(summaries[OURS_ID].releases[1000]?.inViewport), 0)} of them in view at N=1000, the rest below. Start-up is judged against the **intl floor** (bench/page/intl-floor.js: the vanilla floor plus a date line from Intl.DateTimeFormat in the viewer's zone and unit labels from Intl.NumberFormat, each formatter made once and shared), since every localized countdown pays for a page's first Intl formatter and the vanilla floor never does; steady work and memory against the vanilla floor.`,
    ``,
    releasesSummaryTable(summaries, t),
    ``,
    `## All on screen: release-countdown against the floors and the best peer`,
    ``,
    summaryTable(summaries, t),
    ``,
    `The **parts floor** (bench/page/parts-floor.js) is the vanilla floor's one shared timer driving the shadow tree release-countdown renders by default, with its stylesheet (read from src/element/release-countdown.styles.ts) and its parts, rewriting only the texts and \`tick\`/\`tock\` parts that changed, with no Lit, no Luxon and no off-screen pausing. Against the vanilla floor it shows what that DOM and parts contract costs by itself; release-countdown against it shows what our code costs on top. Its bytes leave out the stylesheet, which the page inlines.`,
    ``,
    `## 1. Bytes the page must load`,
    ``,
    `Every JS and CSS file the page loads for the contender to work (jQuery included for the jQuery plugins), each compressed on its own: gzip -9 and brotli -q 11 (node:zlib). KB = 1024 bytes.`,
    ``,
    table(
      ['contender', 'files', 'raw KB', 'gzip KB', 'brotli KB'],
      rows((summary, contender) => [
        requiredFiles(contender)
          .map((file) => `\`${file.replace(/^node_modules\//, '')}\``)
          .join('<br>'),
        kb(summary.bytes.raw),
        `${kb(summary.bytes.gzip)}${ratio(summary.bytes.gzip, floor.bytes.gzip)}`,
        kb(summary.bytes.brotli),
      ]),
    ),
    ``,
    `## 2. Startup`,
    ``,
    `From navigation start (performance.timeOrigin) to the animation frame in which the first instance, and then every instance, shows a value: a requestAnimationFrame probe in the page reads what each instance shows (a value set before that frame's rAF callbacks is painted in that frame). **Laid out**: to the moment that frame has done its style and layout, just before its paint (a ResizeObserver callback on a marker the probe adds or resizes in that rAF callback, as for the lag in 4): the work of showing the values that the rAF moment leaves out, for a contender that sets them all before the first frame. Issue 3's startup target is judged on it. Files are served from 127.0.0.1 with \`cache-control: no-store\`. The instances are in the HTML (as markup where the contender is an element, as empty containers started by a script at the end of <body> otherwise).`,
    ``,
    table(
      [
        'contender',
        'N=1 first value ms',
        'N=1 first value laid out ms',
        'N=1000 first value ms',
        'N=1000 all values ms',
        'N=1000 all values laid out ms',
      ],
      rows((summary) => [
        startupCell(1, (s) => s.startup.n1FirstValueMs)(summary),
        startupCell(1, (s) => s.startup.n1FirstValueLaidOutMs)(summary),
        startupCell(1000, (s) => s.startup.n1000FirstValueMs)(summary),
        startupCell(1000, (s) => s.startup.n1000AllValuesMs)(summary),
        startupCell(1000, (s) => s.startup.n1000AllValuesLaidOutMs)(summary),
      ]),
    ),
    ``,
    `## 3. Steady cost`,
    ``,
    `Main-thread busy ms per second with N counting instances, all inside the viewport (each in a cell of its natural size, the page zoomed so that N cells fit in 1920×1080). Measured as the delta of the DevTools protocol's \`Performance.getMetrics\` **TaskDuration** (every main-thread task: script with its microtasks, style, layout, paint, GC) over a ${t.windowMs / 1000} s window after at least ${t.settleMs} ms of settling, divided by the window's wall-clock seconds. ${t.windowMs % 1000 === 0 ? 'The window starts half-way between two whole seconds, so it holds exactly one tick per second of every 1 Hz timer whatever its moment in the second.' : '**This window is not a whole number of seconds** (quick run): it holds one tick more or less than its length depending on when it began, so these numbers are rough, and the busy-ms targets are not judged.'} The next column is the part of it in style and layout (RecalcStyleDuration + LayoutDuration); ScriptDuration is not shown because it leaves out microtasks, where Lit renders. N=100 is measured in the accuracy page before its recordings${t.steadyWhileRecording ? " (in this quick run: during the normal recording, so it includes the probe's MutationObservers and its one-resize-per-frame marker)" : ''}. "–" at N=1000: the page had not shown every value within the load timeout (see 2), so nothing else was measured on it.`,
    ``,
    table(
      ['contender', 'N=1', 'N=100', 'N=1000', 'N=1000 style + layout', 'how it keeps time'],
      rows((summary, contender) => [
        vsFloor(
          (s) => s.steadyBusyMsPerS.n1,
          (v) => fixed(v, 2),
        )(summary),
        vsFloor(
          (s) => s.steadyBusyMsPerS.n100,
          (v) => fixed(v, 1),
        )(summary),
        vsFloor(
          (s) => s.steadyBusyMsPerS.n1000,
          (v) => fixed(v, 1),
        )(summary),
        fixed(summary.steadyBusyMsPerS.n1000StyleAndLayout, 1),
        contender.clock,
      ]),
    ),
    ``,
    `## 4. Accuracy`,
    ``,
    `N=${meta.sizes.accuracy} instances counting to a whole second; ${fixed(floor.accuracy?.recordedS, 0)} s recorded per condition and contender (${t.repetitions} × ${t.accuracyWindowMs / 1000} s, pooled over the instances: ${fixed(floor.accuracy?.instanceSeconds, 0)} instance-seconds for the floor). A MutationObserver per instance (on its shadow root when it has one) sees every DOM change of the shown seconds and stamps it with Date.now(), the clock every contender counts by, twice: when the DOM changed, and when the frame that shows the change has done its style and layout, just before its paint (a ResizeObserver callback on a probe element the probe resizes on each change; resize observations are delivered in that step of the frame, whether the change came from a timer, a microtask or a requestAnimationFrame callback). **Lag**: from the whole second before the DOM change to that frame; **DOM lag**: to the DOM change itself. **Skipped**: values a change jumped over (the seconds went down by more than one). **Repeated**: seconds a value was shown past its own, from each instance's sequence of values: a value shown for 1.5 s or more counts round(s) − 1 (independent of the moment in the second at which a contender changes). **Out of order**: a change that made the shown seconds go up.`,
    ``,
    `Normal running:`,
    ``,
    table(
      ['contender', 'lag median ms', 'lag p95 ms', 'DOM lag median ms', 'repeated', 'skipped', 'out of order'],
      rows(accuracyRow((s) => s.accuracy)),
    ),
    ``,
    `With a busy main thread: a 300 ms task every 2 s, from 150 ms before a whole second to 150 ms after it, so that every other second begins inside a long task. **After long task**: for those seconds, from the end of the long task to the frame that shows the change (the right value within one frame means ≤ 17 ms).`,
    ``,
    table(
      [
        'contender',
        'lag median ms',
        'lag p95 ms',
        'DOM lag median ms',
        'repeated',
        'skipped',
        'out of order',
        'after long task median ms',
        'after long task p95 ms',
      ],
      rows((summary) => [
        ...accuracyRow((s) => s.accuracyBusy)(summary),
        fixed(summary.accuracyBusy?.lagAfterLongTaskMedianMs, 0),
        fixed(summary.accuracyBusy?.lagAfterLongTaskP95Ms, 0),
      ]),
    ),
    ``,
    `## 5. Idle cost`,
    ``,
    `Busy ms per second (TaskDuration, as in 3) where nobody can see the instances. **Off-screen**: N=1000, page scrolled 200 000 px below the last instance. **Hidden tab**: N=1000, another tab of the same window brought to the front, so that the page is really hidden (visibilityState "hidden", background timer throttling, no frames); Chromium is started by the harness with only the flags above and Playwright attaches with \`noDefaults\`, because Playwright's own launch switches off background throttling and its focus emulation keeps every tab "visible". **Released**: N=1000 whose target passed an hour before the page loaded, from ${t.settleMs} ms after the load event. For reference, the visible N=1000 steady cost is in 3. **Off-screen, what still runs**: in a second off-screen window of ${t.windowMs / 1000} s, the page's timer callbacks and animation-frame callbacks (TimerFire and FireAnimationFrame events of its frame in a Chrome trace) and the changes of the instances' shown seconds (the probe's MutationObservers); the most any repetition saw. Busy ms near zero is within the noise of the DevTools protocol's own tasks; these counts tell no work from a little. **Empty page** (the bound of issue 13, decision 3): the same page with ${meta.sizes.idle} empty slots and no contender's script, measured in the same run the same way: scrolled away, behind another tab, and at the top of the page (its "released" column, as the released page is measured). Each of ours is judged against the empty page's number in the same column + ${IDLE_SLACK_MS_PER_S} ms/s.`,
    ``,
    table(
      [
        'contender',
        'off-screen N=1000',
        'hidden tab N=1000',
        'released N=1000',
        'off-screen: timers fired',
        'off-screen: animation frames',
        'off-screen: seconds shown',
      ],
      rows((summary) => [
        fixed(summary.idleBusyMsPerS.offScreenN1000, 2),
        fixed(summary.idleBusyMsPerS.hiddenTabN1000, 2),
        fixed(summary.idleBusyMsPerS.releasedN1000, 2),
        fixed(summary.offScreenActivity.timersFired, 0),
        fixed(summary.offScreenActivity.animationFrames, 0),
        fixed(summary.offScreenActivity.shownChanges, 0),
      ]).concat([
        [
          contenderLabel(EMPTY_PAGE),
          fixed(empty.idleBusyMsPerS.offScreen, 2),
          fixed(empty.idleBusyMsPerS.hiddenTab, 2),
          fixed(empty.idleBusyMsPerS.visible, 2),
          fixed(empty.offScreenActivity.timersFired, 0),
          fixed(empty.offScreenActivity.animationFrames, 0),
          fixed(empty.offScreenActivity.shownChanges, 0),
        ],
      ]),
    ),
    ``,
    `## 6. Memory`,
    ``,
    `After two forced GCs (\`HeapProfiler.collectGarbage\`): the heap, JavaScript plus DOM (\`Runtime.getHeapUsage\` usedSize + embedderHeapUsedSize), and the live DOM nodes of the renderer (\`Memory.getDOMCounters\` nodes: the document's, its shadow trees' and detached nodes still referenced). Baseline: the N=1 page. With 1000: the N=1000 page after its steady and idle windows, minus the baseline. Retained: the same page after #stage (every instance) was removed from the document and ${t.afterRemovalMs} ms passed (every 1 Hz timer has run), minus the baseline; what a library's timers or registries still hold stays here. Some retained KB is the method's own noise (code and type feedback the N=1000 page compiled that the N=1 page did not; see the floor's); retained DOM nodes are the clear sign of a leak.`,
    ``,
    table(
      ['contender', 'baseline MB', 'with 1000 instances MB', 'retained after removal KB', 'retained DOM nodes'],
      rows((summary) => [
        mb(summary.memory.baselineBytes),
        vsFloor((s) => s.memory.with1000Bytes, mb)(summary),
        kb(summary.memory.retainedAfterRemovalBytes),
        fixed(summary.memory.retainedDomNodes, 0),
      ]),
    ),
    ``,
    ...releasesSection(summaries, meta),
    `## Notes`,
    ``,
    `- Browser: ${meta.machine.split(', ').pop()} (the system one, CHROME_PATH or /usr/bin/chromium), flags ${'`--no-sandbox --headless=new --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`'}, a 1920×1080 window.`,
    `- Shared packages: ${SHARED_PACKAGES.map((name) => `${name} ${packageVersion(name)}`).join(', ')}. jQuery 4 removed \`$.isFunction\`, which kbw-countdown calls on every tick, so both jQuery plugins get the last jQuery 3.`,
    `- What is read as "shown": the seconds number of each instance; for release-countdown the \`[part~="value"]\` span of its \`[part~="seconds"]\` unit in its shadow root; for flipdown, the digits written into the cards that flip next (it writes them 500 ms after its tick by design, which is in its lag); for @pqina/flip only the ones digit, on a dial of ten, because its preset's \`delay\` transform turns the ones digit first and the tens 50 ms later (50 passes through 59 on its way to 49).`,
    `- Frames: headless Chromium without a GPU starts a frame as soon as a change needs one, not on a display's vsync; on a 60 Hz screen a change waits up to 16.7 ms more for the next frame. The lag is to the frame's style and layout, before its paint and compositing.`,
    `- @github/relative-time-element has no countdown mode; \`format="duration"\` towards a future date is its closest ("3 days, 23 hours, 59 minutes, 59 seconds"). It ships no minified file; the bytes are those of \`dist/bundle.js\` as published. After the target it counts the time since, so it is never "released".`,
    `- easytimer.js counts a duration, not to a date: each instance starts from the whole seconds left, and the page writes \`getTimeValues().toString()\` on its secondsUpdated event, as its docs show.`,
    `- @pqina/flip runs the countdown preset of pqina.nl/flip (\`Tick.count.down\` feeding a flip view per digit). simplycountdown.js is loaded with its default theme, kbw-countdown with its stylesheet.`,
    `- flipdown and @pqina/flip draw every digit as a 3D flip card. With many instances the renderer's main thread stays busy with them for a long time (flipdown at N=1000 did not answer for over two minutes while developing this benchmark), so at the sizes where they did not show every value within the load timeout nothing else is measured.`,
    `- A per-instance setInterval(1000) changes the display at a fixed but random moment of each second (set by when the page loaded), so its lag is uniform over 0–1000 ms across page loads.`,
    ``,
    `## Failures and timeouts`,
    ``,
    `A session that failed, or a page that had not shown every value within the load timeout (${t.loadTimeoutMs / 1000} s), leaves "–", "timed out" or "failed" in the tables above; each is listed here. A session that timed out is not run again in later repetitions.`,
    ``,
    ...([EMPTY_PAGE, ...CONTENDERS].some((contender) => failures(summaries[contender.id]).length)
      ? [EMPTY_PAGE, ...CONTENDERS].flatMap((contender) =>
          failures(summaries[contender.id]).length
            ? [
                `- **${contenderLabel(contender).replaceAll('**', '')}**: ${failures(summaries[contender.id]).join('; ')}`,
              ]
            : [],
        )
      : ['None.']),
  ];
  return sections.join('\n') + '\n';
}

/** Section 7: every contender of the releases layout, at N=1000 then N=1, with the long tasks listed. */
function releasesSection(summaries, meta) {
  const t = meta.timing;
  const contenders = RELEASES_IDS.map((id) => [EMPTY_PAGE, ...CONTENDERS].find((contender) => contender.id === id));
  const at = (n) => (contender) => summaries[contender.id].releases[n];
  const floorAt = (n) => summaries[FLOOR_ID].releases[n];
  const rows = (n, cells) =>
    contenders.map((contender) => {
      const result = at(n)(contender);
      if (result?.timedOut)
        return [
          contenderLabel(contender),
          'timed out',
          ...cells(result)
            .slice(1)
            .map(() => '–'),
        ];
      return [contenderLabel(contender), ...cells(result ?? {})];
    });
  const vsFloor = (n, pick, format) => (result) =>
    `${format(pick(result))}${ratio(pick(result), pick(floorAt(n) ?? {}))}`;
  const taskLists = (n) =>
    contenders.flatMap((contender) => {
      const lists = at(n)(contender)?.longTaskLists ?? [];
      if (lists.length === 0) return [];
      const shown = lists.map((list) => (list.length ? list.map((ms) => ms.toFixed(0)).join(', ') : 'none'));
      return [`- ${contenderLabel(contender)}: ${shown.map((list) => `[${list}]`).join(' ')}`];
    });
  const examples = contenders.flatMap((contender) => {
    const found = at(1000)(contender)?.shiftExamples ?? [];
    return found.length ? [`- ${contenderLabel(contender)}: ${found.join('; ')}`] : [];
  });
  return [
    `## 7. The page users actually have`,
    ``,
    `An "upcoming releases" page (issue 13): N countdowns counting to a whole second three days away, each in a ${RELEASES_CELL.width}×${RELEASES_CELL.height} px box (\`overflow: hidden\`, the size of a default-theme countdown), as many to a row as a ${RELEASES_VIEWPORT.width}×${RELEASES_VIEWPORT.height} viewport holds, at zoom 1; ${fixed(mid(at(1000)(contenders.find((c) => c.id === OURS_ID))?.inViewport), 0)} of them in the viewport, the rest below it (the harness checks the count against the boxes on screen). The empty page and every contender of this layout are loaded in fresh tabs, interleaved as in 1 to 6.`,
    ``,
    `- **First value painted**, **every value in the viewport painted**: from navigation start to the frame in which the first countdown, then every countdown in the viewport, shows a value, at that frame's style and layout just before its paint (the "laid out" moment of 2).`,
    `- **Ready**: every value in the viewport painted (for the empty page: its load event), then ${t.quietMs} ms without a long task; the time is the later of the two ends (the values painted, the last long task). A countdown that renders the rest in small slices, or waits with its release alarm set until it is scrolled to, is then ready; one that renders every countdown up front is ready when it has. **Long tasks**: main-thread tasks over 50 ms from navigation until ready, from a \`longtask\` PerformanceObserver (buffered) that the probe starts in <head>; each repetition's are listed below the tables, in ms.`,
    `- **Steady** (N=1000): busy ms/s (TaskDuration, as in 3) over ${t.windowMs / 1000} s at the top of the page after ready and settling: the cost of the ${RELEASES_VIEWPORT.width}×${RELEASES_VIEWPORT.height} view a visitor has.`,
    `- **Heap**: after ready and two forced GCs, JavaScript plus DOM (\`Runtime.getHeapUsage\` usedSize + embedderHeapUsedSize; the JavaScript part alone beside it), as in 6 but not minus a baseline: the empty page's row is the baseline. **DOM nodes**: \`Memory.getDOMCounters\` nodes after the same GCs: every live node of the renderer, shadow trees included (not a walk of the document). **Showing a value**: how many of the N countdowns showed a value at that moment.`,
    `- **Scroll**: from the top of the page to the bottom by ${t.scrollStepPx} px per animation frame (\`scrollBy\` in requestAnimationFrame, no user input), then until the page settles. **Layout shift**: the sum of the \`layout-shift\` entries (a PerformanceObserver) without recent input, the most any repetition saw: in total, the part of entries whose sources name a node inside a countdown's box (following shadow hosts out of shadow roots), and the part of entries that name no node (Chromium names none that is gone or inside a shadow root, so a shift inside a countdown's shadow tree lands here). Since the empty page is the same page without countdowns, the target is judged on the total against the empty page's; the first sources seen are listed below the tables. Long tasks that began during the scroll, and the DOM nodes after it (every countdown has then been in view).`,
    ``,
    `N=1000, start-up and steady cost:`,
    ``,
    table(
      [
        'contender',
        'first value painted ms',
        'viewport values painted ms',
        'ready ms',
        'long tasks until ready',
        'longest task ms',
        'steady busy ms/s',
      ],
      rows(1000, (result) => [
        vsFloor(1000, (r) => r.firstValueMs, fixed)(result),
        vsFloor(1000, (r) => r.viewportValuesMs, fixed)(result),
        fixed(result.readyMs, 0),
        fixed(result.longTasks, 0),
        fixed(result.longestTaskMs, 0),
        vsFloor(1000, (r) => r.steadyBusyMsPerS, fixed)(result),
      ]),
    ),
    ``,
    `N=1000, memory and the scroll:`,
    ``,
    table(
      [
        'contender',
        'heap MiB',
        'of which JS MiB',
        'DOM nodes',
        'showing a value',
        'DOM nodes after the scroll',
        'layout shift: all / in the boxes / no node named',
        'scroll: long tasks, longest ms',
        'scroll ms',
      ],
      rows(1000, (result) => [
        vsFloor(1000, (r) => r.heapBytes, mb)(result),
        mb(result.jsHeapBytes),
        fixed(result.domNodes, 0),
        fixed(result.shownAtMemory, 0),
        fixed(result.domNodesAfterScroll, 0),
        [result.layoutShift, result.layoutShiftByCountdowns, result.layoutShiftUnattributed]
          .map((value) => fixed(value, 4))
          .join(' / '),
        `${fixed(result.scrollLongTasks, 0)}, ${fixed(result.scrollLongestTaskMs, 0)}`,
        fixed(result.scrollMs, 0),
      ]),
    ),
    ``,
    `N=1 (a blog post with one countdown):`,
    ``,
    table(
      [
        'contender',
        'first value painted ms',
        'ready ms',
        'long tasks until ready',
        'longest task ms',
        'heap MiB',
        'DOM nodes',
      ],
      rows(1, (result) => [
        vsFloor(1, (r) => r.firstValueMs, fixed)(result),
        fixed(result.readyMs, 0),
        fixed(result.longTasks, 0),
        fixed(result.longestTaskMs, 0),
        mb(result.heapBytes),
        fixed(result.domNodes, 0),
      ]),
    ),
    ``,
    `Long tasks until ready at N=1000, ms, one [list] per repetition:`,
    ``,
    ...taskLists(1000),
    ``,
    `At N=1:`,
    ``,
    ...taskLists(1),
    ``,
    ...(examples.length
      ? [`Nodes named by the layout shifts of the scroll (N=1000), the first five:`, ``, ...examples, ``]
      : []),
  ];
}

const known = (...values) => values.every((value) => mid(value) !== null);
const verdict = (met) => (met === null ? '–' : met ? 'yes' : '**no**');

/** All on screen: our numbers next to the floors' and the best peer's, with issue 13's targets (and issue 3's where 13 keeps them). */
function summaryTable(summaries, timing) {
  // A window shorter than a whole number of seconds holds one tick more or less depending on
  // when it began: it cannot tell whether a busy-ms target was met.
  const judgeBusy = (met) => (timing.windowMs % 1000 === 0 ? met : null);
  const ours = summaries[OURS_ID];
  const floor = summaries[FLOOR_ID];
  const partsFloor = summaries[PARTS_FLOOR_ID];
  const empty = summaries[EMPTY_PAGE_ID];
  const peerLabel = (best, format) => (best ? `${format(best.value)} (${best.id})` : '–');
  const line = (name, pick, format, target, met) => {
    const best = bestPeer(summaries, pick);
    return [
      name,
      format(pick(ours)),
      format(pick(floor)),
      ratio(pick(ours), pick(floor)).trim() || '–',
      format(pick(partsFloor)),
      ratio(pick(ours), pick(partsFloor)).trim() || '–',
      peerLabel(best, format),
      (best ? ratio(pick(ours), best.value).trim() : '') || '–',
      target,
      typeof met === 'string' ? met : verdict(met),
    ];
  };
  const ofPartsFloor = (pick) =>
    known(pick(ours), pick(partsFloor)) ? mid(pick(ours)) <= OF_PARTS_FLOOR * mid(pick(partsFloor)) : null;
  // Issue 13, decision 3: each idle window against the empty page's same window, + 0.5 ms/s.
  const quiet = (value, emptyValue) =>
    known(value, emptyValue) ? mid(value) <= mid(emptyValue) + IDLE_SLACK_MS_PER_S : null;
  const bound = (emptyValue) => `≤ ${fixed(known(emptyValue) ? mid(emptyValue) + IDLE_SLACK_MS_PER_S : null, 2)}`;
  const normal = ours.accuracy;
  const busy = ours.accuracyBusy;
  const gzip = ours.bytes.gzip;
  const rows = [
    line(
      'gzip KB',
      (s) => s.bytes.gzip,
      kb,
      `≤ ${CEILING_BYTES / 1024} (ceiling, \`npm run size\`); goal ≤ ${GOAL_BYTES / 1024}`,
      `ceiling ${gzip <= CEILING_BYTES ? 'met' : '**missed**'}, goal ${gzip <= GOAL_BYTES ? 'met' : '**missed**'}`,
    ),
    line('startup N=1000, all values (rAF) ms', (s) => s.startup.n1000AllValuesMs, fixed, '–', null),
    line(
      'startup N=1000, all values laid out ms',
      (s) => s.startup.n1000AllValuesLaidOutMs,
      fixed,
      `≤ ${OF_PARTS_FLOOR}× parts floor`,
      ofPartsFloor((s) => s.startup.n1000AllValuesLaidOutMs),
    ),
    line(
      'steady N=1 busy ms/s',
      (s) => s.steadyBusyMsPerS.n1,
      (v) => fixed(v, 2),
      '–',
      null,
    ),
    line('steady N=100 busy ms/s', (s) => s.steadyBusyMsPerS.n100, fixed, '–', null),
    line(
      'steady N=1000 busy ms/s',
      (s) => s.steadyBusyMsPerS.n1000,
      fixed,
      `≤ ${OF_PARTS_FLOOR}× parts floor`,
      judgeBusy(ofPartsFloor((s) => s.steadyBusyMsPerS.n1000)),
    ),
    line(
      'lag median ms',
      (s) => s.accuracy?.lagMedianMs,
      (v) => fixed(v, 0),
      '≤ 17',
      normal ? mid(normal.lagMedianMs) <= 17 : null,
    ),
    line(
      'lag p95 ms',
      (s) => s.accuracy?.lagP95Ms,
      (v) => fixed(v, 0),
      '≤ 50',
      normal ? mid(normal.lagP95Ms) <= 50 : null,
    ),
    line(
      'repeated + skipped seconds',
      (s) => (s.accuracy ? s.accuracy.repeated + s.accuracy.skipped : null),
      (v) => fixed(v, 0),
      '0',
      normal ? normal.repeated + normal.skipped === 0 : null,
    ),
    line(
      'busy: out of order',
      (s) => s.accuracyBusy?.outOfOrder,
      (v) => fixed(v, 0),
      '0',
      busy ? busy.outOfOrder === 0 : null,
    ),
    line(
      'busy: after long task p95 ms',
      (s) => s.accuracyBusy?.lagAfterLongTaskP95Ms,
      (v) => fixed(v, 0),
      '≤ 17 (one frame)',
      busy?.lagAfterLongTaskP95Ms != null ? busy.lagAfterLongTaskP95Ms <= 17 : null,
    ),
    line(
      'off-screen N=1000 busy ms/s',
      (s) => s.idleBusyMsPerS.offScreenN1000,
      (v) => fixed(v, 2),
      `${bound(empty.idleBusyMsPerS.offScreen)}: empty page scrolled away + ${IDLE_SLACK_MS_PER_S}`,
      judgeBusy(quiet(ours.idleBusyMsPerS.offScreenN1000, empty.idleBusyMsPerS.offScreen)),
    ),
    line(
      'off-screen N=1000: timers fired, seconds shown',
      (s) =>
        known(s.offScreenActivity.timersFired, s.offScreenActivity.shownChanges)
          ? s.offScreenActivity.timersFired + s.offScreenActivity.shownChanges
          : null,
      (v) => fixed(v, 0),
      `0: no timer and no DOM work in ${timing.windowMs / 1000} s`,
      known(ours.offScreenActivity.timersFired, ours.offScreenActivity.shownChanges)
        ? ours.offScreenActivity.timersFired + ours.offScreenActivity.shownChanges === 0
        : null,
    ),
    line(
      'hidden tab N=1000 busy ms/s',
      (s) => s.idleBusyMsPerS.hiddenTabN1000,
      (v) => fixed(v, 2),
      `${bound(empty.idleBusyMsPerS.hiddenTab)}: empty page hidden + ${IDLE_SLACK_MS_PER_S}`,
      judgeBusy(quiet(ours.idleBusyMsPerS.hiddenTabN1000, empty.idleBusyMsPerS.hiddenTab)),
    ),
    line(
      'released N=1000 busy ms/s',
      (s) => s.idleBusyMsPerS.releasedN1000,
      (v) => fixed(v, 2),
      `${bound(empty.idleBusyMsPerS.visible)}: empty page + ${IDLE_SLACK_MS_PER_S}`,
      judgeBusy(quiet(ours.idleBusyMsPerS.releasedN1000, empty.idleBusyMsPerS.visible)),
    ),
    line(
      'heap with 1000 MB',
      (s) => s.memory.with1000Bytes,
      mb,
      `≤ ${OF_PARTS_FLOOR}× parts floor`,
      ofPartsFloor((s) => s.memory.with1000Bytes),
    ),
    line('retained after removal KB', (s) => s.memory.retainedAfterRemovalBytes, kb, '–', null),
    line(
      'retained DOM nodes',
      (s) => s.memory.retainedDomNodes,
      (v) => fixed(v, 0),
      `back to baseline (≤ ${RETAINED_SLACK_NODES} nodes)`,
      known(ours.memory.retainedDomNodes) ? mid(ours.memory.retainedDomNodes) <= RETAINED_SLACK_NODES : null,
    ),
  ];
  return table(
    [
      'metric',
      'release-countdown',
      'vanilla floor',
      '×vanilla floor',
      'parts floor',
      '×parts floor',
      'best peer',
      '×best peer',
      'target',
      'met',
    ],
    rows,
  );
}

/**
 * The page users actually have: our numbers next to every contender of that layout, with
 * issue 23's targets: start-up against the intl floor (every localized countdown pays for
 * Intl, the vanilla floor never does), steady work and memory against the vanilla floor.
 */
function releasesSummaryTable(summaries, timing) {
  const ids = RELEASES_IDS.filter((id) => id !== EMPTY_PAGE_ID);
  const at = (id, n) => summaries[id].releases[n] ?? {};
  const ours = (n) => at(OURS_ID, n);
  const floor = (n) => at(FLOOR_ID, n);
  const intlFloor = (n) => at(INTL_FLOOR_ID, n);
  const emptyAt = (n) => at(EMPTY_PAGE_ID, n);
  const line = (name, n, pick, format, target, met) => [
    name,
    ...ids.map((id) => `${format(pick(at(id, n)))}${id === FLOOR_ID ? '' : ratio(pick(at(id, n)), pick(floor(n)))}`),
    target,
    verdict(met),
  ];
  const within = (n, pick, factor, allowance, against = floor) =>
    known(pick(ours(n)), pick(against(n))) ? mid(pick(ours(n))) <= factor * mid(pick(against(n))) + allowance : null;
  // DOM nodes grow with the countdowns rendered, not with those on the page: at ready, two
  // viewports of countdowns (those in view and the next screen) may hold what one holds at N=1,
  // every other one only a few nodes; all above the empty page's.
  const perCountdownNodes = known(ours(1).domNodes, emptyAt(1).domNodes)
    ? mid(ours(1).domNodes) - mid(emptyAt(1).domNodes)
    : null;
  const nearViewport = 2 * mid(ours(1000).inViewport);
  const nodeBound =
    perCountdownNodes === null || !known(emptyAt(1000).domNodes, ours(1000).inViewport)
      ? null
      : mid(emptyAt(1000).domNodes) + nearViewport * perCountdownNodes + (1000 - nearViewport) * UNRENDERED_NODES;
  const rows = [
    line(
      'N=1000: first value painted ms',
      1000,
      (r) => r.firstValueMs,
      fixed,
      `≤ 1.1× intl floor + ${LOAD_ALLOWANCE_MS}`,
      within(1000, (r) => r.firstValueMs, 1.1, LOAD_ALLOWANCE_MS, intlFloor),
    ),
    line(
      'N=1000: every value in the viewport painted ms',
      1000,
      (r) => r.viewportValuesMs,
      fixed,
      `≤ 1.2× intl floor + ${LOAD_ALLOWANCE_MS}`,
      within(1000, (r) => r.viewportValuesMs, 1.2, LOAD_ALLOWANCE_MS, intlFloor),
    ),
    line(
      'N=1000: long tasks until ready',
      1000,
      (r) => r.longTasks,
      (v) => fixed(v, 0),
      'none (no task > 50 ms)',
      // Judged on every repetition: the most any saw.
      ours(1000).longTasks ? ours(1000).longTasks.max === 0 : null,
    ),
    line(
      'N=1000: longest task until ready ms',
      1000,
      (r) => r.longestTaskMs,
      (v) => fixed(v, 0),
      '(the count above is judged)',
      null,
    ),
    line(
      'N=1000: steady busy ms/s',
      1000,
      (r) => r.steadyBusyMsPerS,
      fixed,
      '≤ 1.0× vanilla floor',
      timing.windowMs % 1000 === 0 ? within(1000, (r) => r.steadyBusyMsPerS, 1.0, 0) : null,
    ),
    line(
      'N=1000: heap MiB (JS + DOM)',
      1000,
      (r) => r.heapBytes,
      mb,
      '≤ vanilla floor + 2 MiB',
      within(1000, (r) => r.heapBytes, 1, HEAP_ALLOWANCE_BYTES),
    ),
    line(
      'N=1000: DOM nodes',
      1000,
      (r) => r.domNodes,
      (v) => fixed(v, 0),
      `grow with the countdowns rendered: ≤ ${fixed(nodeBound, 0)} (the empty page's + two viewports, ${fixed(nearViewport, 0)} countdowns, × ${fixed(perCountdownNodes, 0)}, one countdown's at N=1, + the others × ${UNRENDERED_NODES})`,
      nodeBound === null || !known(ours(1000).domNodes) ? null : mid(ours(1000).domNodes) <= nodeBound,
    ),
    // The browser names no node inside a shadow root, so a shift inside a countdown may name
    // none: every shift the empty page (the same page without countdowns) does not have counts.
    line(
      'N=1000: layout shift scrolling top to bottom',
      1000,
      (r) => r.layoutShift,
      (v) => fixed(v, 4),
      `the empty page's (${fixed(emptyAt(1000).layoutShift, 4)}): none caused by countdowns`,
      known(ours(1000).layoutShift, emptyAt(1000).layoutShift)
        ? ours(1000).layoutShift <= emptyAt(1000).layoutShift
        : null,
    ),
    line(
      'N=1: first value painted ms',
      1,
      (r) => r.firstValueMs,
      fixed,
      `≤ intl floor + ${FIRST_VALUE_ALLOWANCE_MS}`,
      within(1, (r) => r.firstValueMs, 1, FIRST_VALUE_ALLOWANCE_MS, intlFloor),
    ),
  ];
  const labels = ids.map((id) => contenderLabel([...CONTENDERS].find((contender) => contender.id === id)));
  return table(['metric', ...labels, 'target (issues 13, 23)', 'met'], rows);
}

export async function writeReport({ outDir, samples, meta }) {
  const summaries = Object.fromEntries(CONTENDERS.map((contender) => [contender.id, summarize(samples[contender.id])]));
  summaries[EMPTY_PAGE_ID] = summarizeEmptyPage(samples[EMPTY_PAGE_ID]);
  const json = {
    meta,
    contenders: Object.fromEntries(
      CONTENDERS.map((contender) => [
        contender.id,
        {
          package: contender.packageName ? `${contender.packageName}@${packageVersion(contender.packageName)}` : null,
          files: requiredFiles(contender),
          clock: contender.clock,
          ...summaries[contender.id],
        },
      ]),
    ),
    emptyPage: summaries[EMPTY_PAGE_ID],
  };
  const jsonPath = join(outDir, 'results.json');
  const mdPath = join(outDir, 'results.md');
  await writeFile(jsonPath, JSON.stringify(json, null, 2) + '\n');
  await writeFile(mdPath, markdown(summaries, meta));
  return [mdPath, jsonPath];
}
