// `npm run size`: the byte ceiling of issue 13, run by CI. Fails when dist/release-countdown.js,
// gzipped at level 9, is above 36.0 KiB, so that the embed file never grows by accident. Prints
// what the file is made of, module by module, from a source map; the bare floor of its stack
// (bench/size-floor.js: Lit + Luxon's DateTime doing nothing, built by the same vite config);
// and whether it meets the 33.0 KiB goal under the ceiling (for information: it does not fail).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildIfStale } from './dist.mjs';
import { embedComposition } from './metrics/composition.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CEILING_BYTES = 36.0 * 1024;
const GOAL_BYTES = 33.0 * 1024;

const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB (${bytes} B)`;

/** Optional features: each is used only when an attribute asks for it. */
const OPTIONAL = {
  'src/config/recurrence.ts': 'repeat, until, released-for',
  'src/page/time-source.ts': 'time-source',
  'src/calendar/calendar-file.ts': 'calendar',
  'src/time/elapsed.ts': 'after="count-up"',
};

buildIfStale(ROOT);
const ours = gzipBytes(await readFile(join(ROOT, 'dist', 'release-countdown.js')));

const outDir = await mkdtemp(join(tmpdir(), 'release-countdown-size-floor-'));
try {
  printComposition(await embedComposition(ROOT, outDir));

  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { lib: { entry: join(ROOT, 'bench', 'size-floor.js') }, outDir, emptyOutDir: true },
  });
  const floor = gzipBytes(await readFile(join(outDir, 'release-countdown.js')));
  const line = (label, text) => console.log(`${label.padEnd(40)} ${text}`);
  line('floor (Lit + Luxon DateTime), gzip -9:', kib(floor));
  line('dist/release-countdown.js, gzip -9:', `${kib(ours)}, ${kib(ours - floor)} above the floor`);
  line(
    'goal (for information):',
    `${kib(GOAL_BYTES)}: ${ours <= GOAL_BYTES ? 'met' : `missed by ${kib(ours - GOAL_BYTES)}`}`,
  );
  line('ceiling:', kib(CEILING_BYTES));
  if (ours > CEILING_BYTES) {
    console.error(`Above the ceiling by ${kib(ours - CEILING_BYTES)}.`);
    process.exitCode = 1;
  } else {
    console.log(`Under the ceiling, ${kib(CEILING_BYTES - ours)} to spare.`);
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}

function printComposition(rows) {
  const total = rows.reduce((sum, row) => sum + row.raw, 0);
  console.log('dist/release-countdown.js by source (minified bytes; gzip of each part alone overstates its share):');
  for (const { group, raw, gzipAlone } of rows) {
    const note = OPTIONAL[group] ? `  optional: ${OPTIONAL[group]}` : '';
    console.log(`  ${group.padEnd(34)} ${String(raw).padStart(7)} B ${String(gzipAlone).padStart(7)} B gzip${note}`);
  }
  const sum = (pick) => rows.filter(pick).reduce((bytes, row) => bytes + row.raw, 0);
  const ours = sum(({ group }) => group.startsWith('src/'));
  const optional = sum(({ group }) => group in OPTIONAL);
  console.log(
    `  our modules: ${ours} of ${total} B (${((100 * ours) / total).toFixed(0)}%); ` +
      `the optional features among them: ${optional} B (${((100 * optional) / ours).toFixed(0)}% of ours)\n`,
  );
}
