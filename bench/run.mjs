// `npm run bench [-- --quick]`: the side-by-side benchmark of issue 3. Writes bench/results.md
// and bench/results.json. See the "Benchmark" section of the README.
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser } from './browser.mjs';
import { CONTENDERS, requiredFiles } from './contenders.mjs';
import { buildIfStale } from './dist.mjs';
import { transferBytes } from './metrics/bytes.mjs';
import { writeReport } from './report.mjs';
import { startServer } from './server.mjs';
import { accuracySession, loadSession, releasedSession, warmUp } from './sessions.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

const TIMING = quick
  ? {
      repetitions: 1,
      settleMs: 100,
      windowMs: 1000,
      accuracyWindowMs: 1500,
      afterRemovalMs: 1100,
      loadTimeoutMs: 2500,
      steadyWhileRecording: true,
    }
  : {
      repetitions: 3,
      settleMs: 1000,
      windowMs: 5000,
      accuracyWindowMs: 10_000,
      afterRemovalMs: 2000,
      loadTimeoutMs: 20_000,
    };
const LOAD_SIZES = [1, 1000];
const ACCURACY_SIZE = 100;
const IDLE_SIZE = 1000;

const startedAt = Date.now();
const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

buildIfStale(ROOT);

const samples = Object.fromEntries(
  CONTENDERS.map((contender) => [
    contender.id,
    { load: Object.fromEntries(LOAD_SIZES.map((n) => [n, []])), accuracy: [], released: [], errors: [] },
  ]),
);
for (const contender of CONTENDERS) samples[contender.id].bytes = await transferBytes(ROOT, requiredFiles(contender));

const server = await startServer(ROOT);
const browser = await startBrowser();
log(`${browser.version}, ${quick ? 'quick' : 'full'} run, ${TIMING.repetitions} repetition(s)`);
try {
  await warmUp(browser, server.origin);
  for (let repetition = 0; repetition < TIMING.repetitions; repetition++) {
    // Round-robin: each kind of session runs once for every contender before the next kind,
    // starting from a different contender on each repetition.
    const order = CONTENDERS.map((_, index) => CONTENDERS[(index + repetition) % CONTENDERS.length]);
    const common = { browser, origin: server.origin, timing: TIMING };
    const kinds = [
      ...LOAD_SIZES.map((n) => ({
        name: `load N=${n}`,
        run: (contender) => loadSession({ ...common, contender, n, idleAt: IDLE_SIZE }),
        keep: (entry, result) => entry.load[n].push(result),
      })),
      {
        name: `accuracy N=${ACCURACY_SIZE}`,
        run: (contender) => accuracySession({ ...common, contender, n: ACCURACY_SIZE }),
        keep: (entry, result) => entry.accuracy.push(result),
      },
      {
        name: `released N=${IDLE_SIZE}`,
        run: (contender) => releasedSession({ ...common, contender, n: IDLE_SIZE }),
        keep: (entry, result) => entry.released.push(result),
      },
    ];
    for (const kind of kinds) {
      for (const contender of order) {
        const entry = samples[contender.id];
        try {
          kind.keep(entry, await kind.run(contender));
          log(`rep ${repetition + 1} ${kind.name} ${contender.id}`);
        } catch (error) {
          entry.errors.push(`${kind.name}: ${error.message.split('\n')[0]}`);
          log(`rep ${repetition + 1} ${kind.name} ${contender.id} FAILED: ${error.message.split('\n')[0]}`);
        }
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
    timing: TIMING,
    durationS: Math.round((Date.now() - startedAt) / 1000),
    sizes: { load: LOAD_SIZES, accuracy: ACCURACY_SIZE, idle: IDLE_SIZE },
  },
});
log(`wrote ${files.join(', ')}`);
