// `node bench/profile.mjs [contender] [N] [visible|off-screen|hidden]`: where one contender's
// steady main-thread time goes. Prints the busy ms/s, a 3 s Chrome trace summed by phase, and
// the JavaScript functions with the most self time in a 3 s CPU profile.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep, startBrowser } from './browser.mjs';
import { contenderById } from './contenders.mjs';
import { buildIfStale } from './dist.mjs';
import { busyPerSecond } from './metrics/main-thread.mjs';
import { loadPage } from './metrics/startup.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [contenderId = 'release-countdown', n = '1000', where = 'visible'] = process.argv.slice(2);
const contender = contenderById(contenderId);
const WINDOW_MS = 3000;

/** Trace events on the renderer's main thread that start a phase, and the phase they are counted in. */
const PHASES = {
  TimerFire: 'timers (script + microtasks)',
  FunctionCall: 'other script',
  RunMicrotasks: 'other script',
  EventDispatch: 'events',
  FireAnimationFrame: 'requestAnimationFrame',
  'WebFrameWidgetImpl::UpdateLifecycle': 'rendering (style, layout, paint)',
  MajorGC: 'GC',
  MinorGC: 'GC',
};

buildIfStale(ROOT);
const server = await startServer(ROOT);
const browser = await startBrowser();
try {
  const tab = await browser.openTab();
  const targetMs = Math.ceil((Date.now() + 3 * 86_400_000) / 1000) * 1000;
  await loadPage(tab.page, `${server.origin}/page?contender=${contender.id}&n=${n}&target=${targetMs}`, 60_000);
  await sleep(1000);
  if (where === 'off-screen') await tab.page.evaluate(() => window.bench.scrollAway());
  if (where === 'hidden') await browser.openBlankTab();
  await sleep(500);
  const { busyMsPerS, styleAndLayoutMsPerS } = await busyPerSecond(tab.cdp, WINDOW_MS);
  console.log(
    `${contender.id} × ${n}, ${where}: ${busyMsPerS.toFixed(1)} busy ms/s, of which ${styleAndLayoutMsPerS.toFixed(1)} style + layout\n`,
  );
  printPhases(await traceMainThread(tab.cdp));
  printHotFunctions(await cpuProfile(tab.cdp));
} finally {
  await browser.close();
  await server.close();
}

async function traceMainThread(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  await sleep(WINDOW_MS);
  await cdp.send('Tracing.end');
  await complete;
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.name === 'TimerFire'),
  );
  return main ? events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X') : [];
}

/** Sums the outermost phase events, so that nested ones are not counted twice. */
function printPhases(events) {
  const totals = {};
  let coveredUntil = 0;
  for (const event of events.sort((a, b) => a.ts - b.ts)) {
    const phase = PHASES[event.name];
    if (!phase || event.ts < coveredUntil) continue;
    totals[phase] = (totals[phase] ?? 0) + event.dur / 1000;
    coveredUntil = event.ts + event.dur;
  }
  console.log(`Trace of the main thread, ms per second:`);
  for (const [phase, ms] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${(ms / (WINDOW_MS / 1000)).toFixed(1).padStart(8)}  ${phase}`);
  }
  console.log();
}

async function cpuProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await sleep(WINDOW_MS);
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

function printHotFunctions(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (['(idle)', '(program)'].includes(functionName)) return;
    const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  console.log(`JavaScript self time, ms per second (sampled):`);
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${(ms / (WINDOW_MS / 1000)).toFixed(1).padStart(8)}  ${name}`);
  }
}
