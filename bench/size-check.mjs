// `npm run size`: the size budget of issue 3. Fails when dist/release-countdown.js, gzipped,
// is more than 4 KB above the bare floor of its stack (bench/size-floor.js: Lit + Luxon's
// DateTime doing nothing), built by the same vite config. Prints what the file is made of,
// module by module, from a source map.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildIfStale } from './dist.mjs';
import { embedComposition } from './metrics/composition.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_ABOVE_FLOOR_BYTES = 4 * 1024;

const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;

/** Optional features: each is used only when an attribute asks for it. */
const OPTIONAL = {
  'src/recurrence.ts': 'repeat, until, released-for',
  'src/time-source.ts': 'time-source',
  'src/calendar-file.ts': 'calendar',
  'src/elapsed.ts': 'after="count-up"',
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
  const budget = floor + BUDGET_ABOVE_FLOOR_BYTES;
  console.log(`floor (Lit + Luxon DateTime), gzip -9: ${kb(floor)}`);
  console.log(`dist/release-countdown.js,   gzip -9: ${kb(ours)}`);
  console.log(`budget (floor + 4 KB):                ${kb(budget)}`);
  if (ours > budget) {
    console.error(`Over budget by ${kb(ours - budget)}.`);
    process.exitCode = 1;
  } else {
    console.log(`Within budget, ${kb(budget - ours)} to spare.`);
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
