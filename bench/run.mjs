// `npm run bench [-- --quick] [-- --layout all-on-screen|releases]`: the side-by-side benchmark of
// issues 3 and 13, in two layouts (all countdowns on screen; the releases page users actually
// have), or in one of them only. Writes bench/results.md and bench/results.json. See the
// "Benchmark" section of bench/README.md.
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser } from './browser.mjs';
import {
  CONTENDERS,
  EMPTY_PAGE,
  EMPTY_PAGE_ID,
  FLOOR_ID,
  OURS_ID,
  RELEASES_IDS,
  requiredFiles,
} from './contenders.mjs';
import { buildIfStale } from './dist.mjs';
import { transferBytes } from './metrics/bytes.mjs';
import { NotShownError } from './metrics/startup.mjs';
import { writeReport } from './report.mjs';
import { startServer } from './server.mjs';
import {
  accuracySession,
  emptyPageSession,
  loadSession,
  releasedSession,
  releasesSession,
  warmUp,
} from './sessions.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const LAYOUTS = ['all-on-screen', 'releases'];
const layoutArgument = process.argv[process.argv.indexOf('--layout') + 1];
const layouts = process.argv.includes('--layout') ? [layoutArgument] : LAYOUTS;
if (!LAYOUTS.includes(layouts[0])) throw new Error(`--layout ${layoutArgument}: one of ${LAYOUTS.join(', ')}`);

const TIMING = quick
  ? {
      repetitions: 1,
      settleMs: 100,
      windowMs: 500,
      accuracyWindowMs: 1500,
      afterRemovalMs: 1100,
      loadTimeoutMs: 2500,
      quietMs: 500,
      scrollStepPx: 400,
      steadyWhileRecording: true,
      // Sessions that would start later are not run (and are listed as such), so that a quick
      // run ends within about two minutes even on a machine busy with other work.
      budgetS: 100,
    }
  : {
      // Issue 13, decision 5: windows of at least 5 s after settling, at least 3 interleaved
      // repetitions, and the spread beside each median (bench/report.mjs).
      repetitions: 3,
      settleMs: 1000,
      windowMs: 5000,
      accuracyWindowMs: 10_000,
      afterRemovalMs: 2000,
      loadTimeoutMs: 20_000,
      quietMs: 1000,
      scrollStepPx: 200,
    };
const LOAD_SIZES = [1, 1000];
const ACCURACY_SIZE = 100;
const IDLE_SIZE = 1000;
const RELEASES_SIZES = [1, 1000];
const RELEASES_CONTENDERS = RELEASES_IDS.map((id) =>
  [EMPTY_PAGE, ...CONTENDERS].find((contender) => contender.id === id),
);

const QUICK_FIRST = [EMPTY_PAGE_ID, FLOOR_ID, OURS_ID];
const quickRank = (contender) => {
  const index = QUICK_FIRST.indexOf(contender.id);
  return index === -1 ? QUICK_FIRST.length : index;
};
const quickOrder = [EMPTY_PAGE, ...CONTENDERS].sort((a, b) => quickRank(a) - quickRank(b));

const startedAt = Date.now();
const loadAverageAtStart = loadavg()[0];
const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

buildIfStale(ROOT);

const bySize = (sizes) => Object.fromEntries(sizes.map((n) => [n, []]));
const samples = Object.fromEntries(
  [EMPTY_PAGE, ...CONTENDERS].map((contender) => [
    contender.id,
    {
      load: bySize(LOAD_SIZES),
      accuracy: [],
      released: [],
      idle: [],
      releases: bySize(RELEASES_SIZES),
      errors: [],
    },
  ]),
);
for (const contender of CONTENDERS) samples[contender.id].bytes = await transferBytes(ROOT, requiredFiles(contender));

const server = await startServer(ROOT);
const browser = await startBrowser();
log(
  `${browser.version}, ${quick ? 'quick' : 'full'} run, ${TIMING.repetitions} repetition(s), layouts: ${layouts.join(', ')}`,
);
// A session that timed out is not run again in later repetitions: each try costs the whole
// load timeout, and a page that slow can hang the renderer for minutes.
const gaveUp = new Set();
try {
  await warmUp(browser, server.origin);
  for (let repetition = 0; repetition < TIMING.repetitions; repetition++) {
    // Round-robin: in a full run each kind of session runs once for every contender it applies
    // to before the next kind, starting from a different contender on each repetition.
    const rotated = (contenders) => contenders.map((_, index) => contenders[(index + repetition) % contenders.length]);
    const common = { browser, origin: server.origin, timing: TIMING };
    const kinds = [
      {
        name: `empty page N=${IDLE_SIZE}`,
        layout: 'all-on-screen',
        contenders: [EMPTY_PAGE],
        run: () => emptyPageSession({ ...common, n: IDLE_SIZE }),
        keep: (entry, result) => entry.idle.push(result),
      },
      ...LOAD_SIZES.map((n) => ({
        name: `load N=${n}`,
        layout: 'all-on-screen',
        contenders: CONTENDERS,
        run: (contender) => loadSession({ ...common, contender, n, idleAt: IDLE_SIZE }),
        keep: (entry, result) => entry.load[n].push(result),
      })),
      {
        name: `accuracy N=${ACCURACY_SIZE}`,
        layout: 'all-on-screen',
        contenders: CONTENDERS,
        run: (contender) => accuracySession({ ...common, contender, n: ACCURACY_SIZE }),
        keep: (entry, result) => entry.accuracy.push(result),
      },
      {
        name: `released N=${IDLE_SIZE}`,
        layout: 'all-on-screen',
        contenders: CONTENDERS,
        run: (contender) => releasedSession({ ...common, contender, n: IDLE_SIZE }),
        keep: (entry, result) => entry.released.push(result),
      },
      ...RELEASES_SIZES.map((n) => ({
        name: `releases N=${n}`,
        layout: 'releases',
        contenders: RELEASES_CONTENDERS,
        run: (contender) => releasesSession({ ...common, contender, n, steadyAt: IDLE_SIZE }),
        keep: (entry, result) => entry.releases[n].push(result),
      })),
    ];
    // The quick run has one repetition, so nothing to interleave: it runs every kind for one
    // contender before the next (the empty page, the vanilla floor and ours first), so that its
    // time budget leaves out whole contenders at the end of the list rather than one kind for
    // every contender.
    const chosen = kinds.filter((kind) => layouts.includes(kind.layout));
    const runs = quick
      ? quickOrder.flatMap((contender) =>
          chosen.filter((kind) => kind.contenders.includes(contender)).map((kind) => ({ kind, contender })),
        )
      : chosen.flatMap((kind) => rotated(kind.contenders).map((contender) => ({ kind, contender })));
    for (const { kind, contender } of runs) {
      const entry = samples[contender.id];
      const session = `${kind.name} ${contender.id}`;
      if (TIMING.budgetS && Date.now() - startedAt > TIMING.budgetS * 1000) {
        entry.errors.push(`${kind.name}: not run, past the quick run's ${TIMING.budgetS} s budget`);
        log(`rep ${repetition + 1} ${session}: not run, past the ${TIMING.budgetS} s budget`);
        continue;
      }
      if (gaveUp.has(session)) {
        log(`rep ${repetition + 1} ${session}: not retried, it timed out before`);
        continue;
      }
      try {
        const result = await kind.run(contender);
        kind.keep(entry, result);
        if (result.startup?.notShownWithinMs !== undefined) gaveUp.add(session);
        log(`rep ${repetition + 1} ${session}${gaveUp.has(session) ? ' TIMED OUT' : ''}`);
      } catch (error) {
        if (error instanceof NotShownError) gaveUp.add(session);
        entry.errors.push(`${kind.name}: ${error.message.split('\n')[0]}`);
        log(`rep ${repetition + 1} ${session} FAILED: ${error.message.split('\n')[0]}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, Chromium ${browser.version}`;
const files = await writeReport({
  outDir: join(ROOT, 'bench'),
  samples,
  meta: {
    date: new Date().toISOString(),
    machine,
    quick,
    layouts,
    timing: TIMING,
    durationS: Math.round((Date.now() - startedAt) / 1000),
    // Busy ms and lags are wall-clock: other processes on the machine inflate them.
    loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0], cores: cpus().length },
    sizes: { load: LOAD_SIZES, accuracy: ACCURACY_SIZE, idle: IDLE_SIZE, releases: RELEASES_SIZES },
  },
});
log(`wrote ${files.join(', ')}`);
