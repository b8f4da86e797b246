// `node bench/profile.mjs [contender] [N] [visible|off-screen|hidden|page]`: where one
// contender's main-thread time goes.
// - visible, off-screen, hidden: all instances on screen (then scrolled away, or in a hidden
//   tab): the steady cost.
// - page: the page users actually have (the releases layout of `npm run bench`, 1280×800,
//   312×120 boxes): first the start-up, traced from navigation until the page is ready, broken
//   down by kind of work (script, style, layout, paint, GC, …) until the first value is painted
//   and until every value in the viewport is, and by top-level task; then the JavaScript
//   functions with the most self time during a second, untraced load (the profiler slows a
//   load down, so it does not share one with the trace); then the steady cost at the top of
//   the page.
// The steady cost: the busy ms/s, a 3 s Chrome trace summed by phase, and the JavaScript
// functions with the most self time in a 3 s CPU profile.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep, startBrowser } from './browser.mjs';
import { RELEASES_VIEWPORT, contenderById } from './contenders.mjs';
import { buildIfStale } from './dist.mjs';
import { busyPerSecond } from './metrics/main-thread.mjs';
import { untilReady } from './metrics/releases.mjs';
import { loadPage } from './metrics/startup.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WHERE = ['visible', 'off-screen', 'hidden', 'page'];
const [contenderId = 'release-countdown', n = '1000', where = 'visible'] = process.argv.slice(2);
if (!WHERE.includes(where)) throw new Error(`No "${where}": one of ${WHERE.join(', ')}`);
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

/**
 * The kind of work of a trace event on the main thread, for the start-up breakdown; an event
 * not named here counts as the kind of the nearest enclosing event that is, and as "other
 * (task and loading glue)" at the top.
 */
const KINDS = {
  ParseHTML: 'parse HTML',
  'v8.compile': 'script: compile',
  'v8.compileModule': 'script: compile',
  'v8.produceCache': 'script: compile',
  'v8.produceModuleCache': 'script: compile',
  EvaluateScript: 'script: run',
  'v8.evaluateModule': 'script: run',
  'v8.run': 'script: run',
  'v8.callFunction': 'script: run',
  'v8.newInstance': 'script: run',
  FunctionCall: 'script: run',
  RunMicrotasks: 'script: run',
  TimerFire: 'script: run',
  FireAnimationFrame: 'script: run',
  FireIdleCallback: 'script: run',
  EventDispatch: 'script: run',
  // A promise job or other async callback (Lit's updates run in microtasks).
  'AsyncTask Run': 'script: run',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint and commit',
  Paint: 'paint and commit',
  Layerize: 'paint and commit',
  UpdateLayer: 'paint and commit',
  Commit: 'paint and commit',
  MinorGC: 'GC',
  MajorGC: 'GC',
};
const kindOf = (name) => KINDS[name] ?? (/GC/.test(name) ? 'GC' : null);
const OTHER = 'other (task and loading glue)';

buildIfStale(ROOT);
const server = await startServer(ROOT);
const browser = await startBrowser();
try {
  const targetMs = Math.ceil((Date.now() + 3 * 86_400_000) / 1000) * 1000;
  const layout = where === 'page' ? 'releases' : 'all-on-screen';
  const url = `${server.origin}/page?contender=${contender.id}&n=${n}&target=${targetMs}&layout=${layout}`;
  if (where === 'page') await profileStartup(url);
  const tab = await browser.openTab();
  if (where === 'page') await tab.page.setViewportSize(RELEASES_VIEWPORT);
  await loadPage(tab.page, url, 60_000, { viewportOnly: where === 'page' });
  await sleep(1000);
  if (where === 'off-screen') await tab.page.evaluate(() => window.bench.scrollAway());
  if (where === 'hidden') await browser.openBlankTab();
  await sleep(500);
  const { busyMsPerS, styleAndLayoutMsPerS } = await busyPerSecond(tab.cdp, WINDOW_MS);
  console.log(
    `${contender.id} × ${n}, ${where === 'page' ? 'top of the releases page' : where}: ${busyMsPerS.toFixed(1)} busy ms/s, of which ${styleAndLayoutMsPerS.toFixed(1)} style + layout\n`,
  );
  printPhases(await traceMainThread(tab.cdp));
  printHotFunctions(await cpuProfile(tab.cdp), WINDOW_MS / 1000, 'per second');
} finally {
  await browser.close();
  await server.close();
}

/** The start-up of the releases page: a traced load, then a profiled one. */
async function profileStartup(url) {
  const traced = await browser.openTab();
  await traced.page.setViewportSize(RELEASES_VIEWPORT);
  const events = await traceWhile(traced.cdp, async () => {
    const startup = await loadPage(traced.page, url, 60_000, { viewportOnly: true });
    const ready = await untilReady(traced.page, {
      shownMs: startup.viewportValuesLaidOutMs,
      quietMs: 1000,
      timeoutMs: 60_000,
    });
    return { startup, ready };
  });
  await traced.close();
  const { startup, ready } = events.result;
  console.log(
    `${contender.id} × ${n}, releases page: first value painted at ${startup.firstValueLaidOutMs.toFixed(0)} ms, ` +
      `every value in the viewport (${startup.inViewport}) at ${startup.viewportValuesLaidOutMs.toFixed(0)} ms, ` +
      `ready at ${ready.readyMs.toFixed(0)} ms; long tasks until ready: ` +
      `${ready.longTasks.map(([, durationMs]) => durationMs.toFixed(0)).join(', ') || 'none'} ms\n`,
  );
  const main = startupThread(events.trace);
  if (!main) {
    console.log('No renderer main thread with this page in the trace.\n');
  } else {
    printStartupBreakdown(main, startup.firstValueLaidOutMs, 'first value painted');
    if (startup.viewportValuesLaidOutMs > startup.firstValueLaidOutMs) {
      printStartupBreakdown(main, startup.viewportValuesLaidOutMs, 'every value in the viewport painted');
    }
  }

  const profiled = await browser.openTab();
  await profiled.page.setViewportSize(RELEASES_VIEWPORT);
  // A page of the same origin first, so that the profiler starts in the renderer that then
  // loads the benchmark page.
  await profiled.page.goto(`${server.origin}/bench/page/contenders/empty-page.js`);
  await profiled.cdp.send('Profiler.enable');
  await profiled.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await profiled.cdp.send('Profiler.start');
  await loadPage(profiled.page, url, 60_000, { viewportOnly: true });
  const { profile } = await profiled.cdp.send('Profiler.stop');
  await profiled.close();
  printHotFunctions(profile, 1, 'from navigation until every value in the viewport was seen, a second load');
  console.log();
}

/** Runs `during` under a Chrome trace; returns its result and the trace events. */
async function traceWhile(cdp, during) {
  const trace = [];
  const collect = ({ value }) => trace.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    // "blink" names the glue between tasks and script (navigation commit, custom element
    // reactions, parser steps) that the other categories leave unnamed.
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'loading'],
    },
    transferMode: 'ReportEvents',
  });
  const result = await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, trace };
}

/**
 * The benchmark page's navigation start and the complete events of the renderer main thread
 * that loaded it (the thread of its navigationStart mark), in trace microseconds.
 */
function startupThread(trace) {
  const navigation = trace.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.includes('/page?'),
  );
  if (!navigation) return null;
  const events = trace.filter(
    (event) => event.pid === navigation.pid && event.tid === navigation.tid && event.ph === 'X' && event.dur > 0,
  );
  return { navigationTs: navigation.ts, events };
}

/**
 * The main thread from navigation start to `untilMs` after it: the exclusive time of each kind
 * of work, the time no task ran (waiting for the network or the next frame), the script time by
 * file where the trace names one, and every top-level task of 5 ms or more, with its kinds.
 */
function printStartupBreakdown({ navigationTs, events }, untilMs, what) {
  const endTs = navigationTs + untilMs * 1000;
  const inWindow = events
    .filter((event) => event.ts < endTs && event.ts + event.dur > navigationTs)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const clip = (event) => (Math.min(event.ts + event.dur, endTs) - Math.max(event.ts, navigationTs)) / 1000;
  const totals = {};
  const byFile = {};
  const otherByName = {};
  const tasks = [];
  const stack = [];
  for (const event of inWindow) {
    while (stack.length && stack.at(-1).event.ts + stack.at(-1).event.dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const node = {
      event,
      kind: kindOf(event.name) ?? parent?.kind ?? OTHER,
      file: event.args?.data?.url || event.args?.fileName || parent?.file,
      task: parent ? parent.task : { startMs: (event.ts - navigationTs) / 1000, ms: clip(event), kinds: {} },
    };
    if (!parent) tasks.push(node.task);
    const ms = clip(event);
    // Exclusive time: what this event took minus its children.
    totals[node.kind] = (totals[node.kind] ?? 0) + ms;
    node.task.kinds[node.kind] = (node.task.kinds[node.kind] ?? 0) + ms;
    if (parent) {
      totals[parent.kind] -= ms;
      node.task.kinds[parent.kind] -= ms;
    }
    if (node.kind === OTHER) otherByName[event.name] = (otherByName[event.name] ?? 0) + ms;
    if (parent?.kind === OTHER) otherByName[parent.event.name] -= ms;
    if (node.kind.startsWith('script') && node.file) {
      const file = node.file.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
      byFile[file] = (byFile[file] ?? 0) + ms;
      if (parent?.file === node.file && parent.kind.startsWith('script')) byFile[file] -= ms;
    }
    stack.push(node);
  }
  const busyMs = tasks.reduce((sum, task) => sum + task.ms, 0);
  const line = (ms, label) =>
    `  ${ms.toFixed(1).padStart(8)}  ${((100 * ms) / untilMs).toFixed(0).padStart(3)}%  ${label}`;
  console.log(`Main thread from navigation to the ${what} (${untilMs.toFixed(0)} ms), exclusive ms:`);
  for (const [kind, ms] of Object.entries(totals).sort((a, b) => b[1] - a[1])) console.log(line(ms, kind));
  console.log(line(untilMs - busyMs, 'no task (waiting for the network, the next frame, or a CPU on a busy machine)'));
  console.log(`Of which "${OTHER}", by trace event (the largest ten):`);
  for (const [name, ms] of Object.entries(otherByName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)) {
    console.log(line(ms, name));
  }
  console.log(`Script (compile and run) by file, where the trace names one:`);
  for (const [file, ms] of Object.entries(byFile).sort((a, b) => b[1] - a[1])) console.log(line(ms, file));
  console.log(`Top-level tasks of 5 ms or more (start ms after navigation, ms, kinds):`);
  for (const task of tasks.filter((task) => task.ms >= 5)) {
    const kinds = Object.entries(task.kinds)
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
      .join(', ');
    console.log(`  ${task.startMs.toFixed(1).padStart(8)}  ${task.ms.toFixed(1).padStart(7)}  ${kinds}`);
  }
  console.log();
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

/** JavaScript self time by function, the 15 largest, divided by `seconds`. */
function printHotFunctions(profile, seconds, what) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (['(idle)', '(program)'].includes(functionName)) return;
    const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  console.log(`JavaScript self time, ms ${what} (sampled):`);
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${(ms / seconds).toFixed(1).padStart(8)}  ${name}`);
  }
}
