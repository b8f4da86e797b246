// Runs first in every benchmark page (a classic script in <head>). It lays the page out, records
// when the first instance, the instances in the viewport and every instance show a value, and,
// when the harness asks, timestamps every change of the shown seconds. Two layouts
// (window.BENCH.layout):
//   "all-on-screen"  cells of the contender's natural size, zoomed so that all N fit in the viewport
//   "releases"       the page users actually have: every instance in a box of BENCH.cell (312×120
//                    px) at zoom 1, as many per row as the viewport's width holds, the rest below
//                    the viewport; long tasks are recorded from the start of the page
// The contender's glue (loaded next) defines window.benchContender:
//   mount(slot, targetMs)   optional; starts one instance inside its .slot
//   observedRoot(slot)      the node whose subtree holds the shown value (a shadow root if any)
//   shownSeconds(slot)      the seconds digit pair as a number, or null while nothing is shown
//   dial                    optional; 10 when shownSeconds reads only the ones digit (default 60)
(function () {
  'use strict';
  const config = window.BENCH;
  const root = document.documentElement;
  const releasesLayout = config.layout === 'releases';

  // Long tasks from the start of the page (buffered: also those before this script ran, where
  // the browser keeps them), as [start ms, duration ms] from navigation start.
  const longTasks = [];
  if (releasesLayout) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }

  const BODY_MARGIN_PX = 4;
  const width = innerWidth - 24;
  const height = innerHeight - 2 * BODY_MARGIN_PX;
  let zoom = 1;
  if (!releasesLayout) {
    zoom = Math.min(1, Math.sqrt((width * height) / (config.n * config.cell.width * config.cell.height)));
    const fits = (z) => {
      const perRow = Math.max(1, Math.floor(width / (config.cell.width * z)));
      return Math.ceil(config.n / perRow) * config.cell.height * z <= height;
    };
    while (!fits(zoom)) zoom *= 0.98;
  }
  const perRow = Math.max(1, Math.floor(width / (config.cell.width * zoom)));
  root.style.setProperty('--zoom', String(zoom));
  root.style.setProperty(
    '--stage-width',
    `${releasesLayout ? perRow * config.cell.width : Math.floor(width / zoom)}px`,
  );
  root.style.setProperty('--cell-width', `${config.cell.width}px`);
  root.style.setProperty('--cell-height', `${config.cell.height}px`);
  // Instances 0 … inViewport - 1 are the ones with some part inside the viewport at the top of
  // the page (rows of `perRow` from the top left), computed rather than measured so that the
  // probe forces no layout before the page's own first frame. The harness checks it against
  // visibleCount() once the page is laid out.
  const rowsInViewport = Math.ceil((innerHeight - BODY_MARGIN_PX) / (config.cell.height * zoom));
  const inViewport = Math.min(config.n, perRow * rowsInViewport);

  let slots = document.getElementsByClassName('slot');
  const shown = (index) => {
    try {
      return window.benchContender.shownSeconds(slots[index]);
    } catch {
      return null;
    }
  };

  // Startup: the first animation frame in which the first instance, every instance in the
  // viewport, then every instance shows a value. The value set before that frame's rAF callbacks
  // is painted in that same frame. "Laid out": when that frame has done its style and layout,
  // just before it paints, from a ResizeObserver on a marker added (then resized) in the rAF
  // callback; its observations are delivered in that step of the same frame. In the releases
  // layout the probe stops polling once the viewport's values are shown: instances below the
  // viewport may wait until they are scrolled to, and a rAF loop would keep the page busy.
  const startup = {
    firstValueMs: null,
    viewportValuesMs: null,
    allValuesMs: null,
    firstValueLaidOutMs: null,
    viewportValuesLaidOutMs: null,
    allValuesLaidOutMs: null,
    inViewport,
  };
  const startupMarker = document.createElement('div');
  startupMarker.style.cssText = 'position: fixed; left: 0; top: 0; width: 1px; height: 0; pointer-events: none';
  let awaitingLayout = [];
  const startupObserver = new ResizeObserver(() => {
    const laidOutMs = performance.now();
    for (const key of awaitingLayout) startup[key] = laidOutMs;
    awaitingLayout = [];
  });
  function stampWhenLaidOut(key) {
    awaitingLayout.push(key);
    if (!startupMarker.isConnected) {
      document.body.append(startupMarker);
      startupObserver.observe(startupMarker);
    } else if (awaitingLayout.length === 1) {
      startupMarker.style.width = startupMarker.style.width === '1px' ? '2px' : '1px';
    }
  }
  let nextUnshown = 0;
  function pollStartup() {
    const frameMs = performance.now();
    if (window.benchContender && slots.length === config.n) {
      if (startup.firstValueMs === null && shown(0) !== null) {
        startup.firstValueMs = frameMs;
        stampWhenLaidOut('firstValueLaidOutMs');
      }
      if (startup.firstValueMs !== null) {
        const limit = releasesLayout ? inViewport : config.n;
        while (nextUnshown < limit && shown(nextUnshown) !== null) nextUnshown++;
        if (nextUnshown >= inViewport && startup.viewportValuesMs === null) {
          startup.viewportValuesMs = frameMs;
          stampWhenLaidOut('viewportValuesLaidOutMs');
        }
        if (nextUnshown === config.n) {
          startup.allValuesMs = frameMs;
          stampWhenLaidOut('allValuesLaidOutMs');
        }
      }
    }
    const done = releasesLayout ? startup.viewportValuesMs !== null : startup.allValuesMs !== null;
    if (!done) requestAnimationFrame(pollStartup);
  }
  // The empty page shows nothing: polling it would keep every frame busy.
  if (config.contender !== 'empty-page') requestAnimationFrame(pollStartup);

  // Accuracy. Every change of an instance's shown seconds is seen by a MutationObserver (on its
  // shadow root if it has one) and timestamped twice with Date.now(), the clock every contender
  // counts by: when the DOM changed, and when the frame that shows it has done its style and
  // layout, just before it paints. The second stamp comes from a ResizeObserver on a probe
  // element of no height whose width the probe flips on each change: resize observations are
  // delivered in the frame's rendering steps after layout and before paint, whether the change
  // came from a timer, a microtask or a requestAnimationFrame callback of that same frame.
  let recording = null;
  let busyTimer;
  const paintMarker = document.createElement('div');
  paintMarker.style.cssText = 'position: fixed; left: 0; top: 0; width: 1px; height: 0; pointer-events: none';
  const paintObserver = new ResizeObserver(() => {
    if (!recording) return;
    takeChanges();
    const dateMs = Date.now();
    for (const at of recording.unpainted) recording.changes[at + 1] = dateMs;
    recording.unpainted = [];
  });

  function noteChange(index) {
    const value = shown(index);
    if (value === null || value === recording.last[index]) return;
    recording.last[index] = value;
    recording.unpainted.push(recording.changes.length);
    recording.changes.push(Date.now(), null, index, value);
    // Once per frame: two flips before a layout would cancel out.
    if (recording.unpainted.length === 1) paintMarker.style.width = paintMarker.style.width === '1px' ? '2px' : '1px';
  }

  function takeChanges() {
    recording.observers.forEach((observer, index) => {
      if (observer.takeRecords().length > 0) noteChange(index);
    });
  }

  function startRecording({ busy }) {
    const last = Array.from(slots, (_, index) => shown(index));
    recording = { changes: [], unpainted: [], busyTasks: [], last, observers: [] };
    if (!paintMarker.isConnected) {
      document.body.append(paintMarker);
      paintObserver.observe(paintMarker);
    }
    recording.observers = Array.from(slots, (slot, index) => {
      const observer = new MutationObserver(() => noteChange(index));
      observer.observe(window.benchContender.observedRoot(slot), {
        subtree: true,
        childList: true,
        characterData: true,
      });
      return observer;
    });
    if (busy) {
      const now = Date.now();
      const first = Math.ceil(now / 1000) * 1000 - 150;
      scheduleBusyTask(first - now < 20 ? first + 1000 : first);
    }
    return { startMs: Date.now(), initial: last.slice(), dial: window.benchContender.dial ?? 60 };
  }

  // A 300 ms task every 2 s, each from 150 ms before a whole second to 150 ms after it: the
  // worst moment for a clock that wants to update on the second.
  function scheduleBusyTask(startMs) {
    busyTimer = setTimeout(() => {
      const begin = Date.now();
      while (Date.now() - begin < 300);
      recording.busyTasks.push(begin, Date.now());
      scheduleBusyTask(startMs + 2000);
    }, startMs - Date.now());
  }

  function stopRecording() {
    clearTimeout(busyTimer);
    if (!recording) return null;
    takeChanges();
    for (const observer of recording.observers) observer.disconnect();
    const { changes, busyTasks } = recording;
    recording = null;
    return { endMs: Date.now(), changes, busyTasks };
  }

  /**
   * Resolves once the page has drawn two frames and then found the main thread idle: instances
   * that catch up on coming into view (or stop on leaving it) have done so, and that work is
   * not counted in the next measuring window.
   */
  function settled() {
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))),
    );
  }

  /**
   * Scrolls from the top of the page to the bottom by `stepPx` per animation frame (scrollBy in
   * requestAnimationFrame, no user input), then waits for the page to settle. Returns the layout
   * shifts seen meanwhile (a PerformanceObserver for "layout-shift"): their sum; the part of it
   * whose entries name a node inside an instance's .slot among their sources (the shadow host's
   * chain is followed out of shadow roots); the part whose entries name no node at all (the
   * browser names none that is gone or inside a shadow root); the first five sources, for
   * diagnosis; and the long tasks that began during the scroll.
   */
  function scrollThrough(stepPx) {
    scrollTo(0, 0);
    const shifts = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    const startMs = performance.now();
    let frames = 0;
    return new Promise((resolve) => {
      requestAnimationFrame(function step() {
        const before = scrollY;
        scrollBy(0, stepPx);
        frames++;
        if (scrollY !== before) return requestAnimationFrame(step);
        settled().then(() => {
          shifts.push(...observer.takeRecords());
          observer.disconnect();
          resolve(summarizeScroll(shifts, startMs, frames));
        });
      });
    });
  }

  function slotOf(node) {
    for (let at = node; at; at = at.parentNode ?? at.host) {
      if (at.classList?.contains('slot')) return at;
    }
    return null;
  }

  function summarizeScroll(shifts, startMs, frames) {
    let total = 0;
    let byCountdowns = 0;
    let unattributed = 0;
    const examples = [];
    const rect = (box) => `${box.x},${box.y} ${box.width}×${box.height}`;
    for (const shift of shifts) {
      if (shift.hadRecentInput) continue;
      total += shift.value;
      if (shift.sources.some((source) => source.node && slotOf(source.node))) byCountdowns += shift.value;
      // The browser names no node that is gone or inside a shadow root.
      else if (shift.sources.every((source) => !source.node)) unattributed += shift.value;
      for (const source of shift.sources) {
        if (examples.length === 5) break;
        const slot = source.node && slotOf(source.node);
        if (slot) examples.push(`${source.node.nodeName} in box ${Array.prototype.indexOf.call(slots, slot)}`);
        else if (source.node) examples.push(`${source.node.nodeName} outside the boxes`);
        else
          examples.push(`a node not named, ${rect(source.previousRect)} → ${rect(source.currentRect)} in the viewport`);
      }
    }
    const during = longTasks.filter(([taskStartMs]) => taskStartMs >= startMs);
    return {
      layoutShift: total,
      layoutShiftByCountdowns: byCountdowns,
      layoutShiftUnattributed: unattributed,
      shiftEntries: shifts.length,
      examples,
      frames,
      scrolledPx: scrollY,
      durationMs: performance.now() - startMs,
      longTasks: during,
    };
  }

  window.bench = {
    startup,
    config,
    settled,
    scrollThrough,
    /** The long tasks so far, as [start ms, duration ms] from navigation start, and the time now. */
    longTasks: () => ({ longTasks: longTasks.slice(), nowMs: performance.now() }),
    mountAll() {
      for (const slot of slots) window.benchContender.mount?.(slot, config.targetMs);
    },
    startRecording,
    stopRecording,
    /** How many instances have some part inside the viewport. */
    visibleCount() {
      let count = 0;
      for (const slot of slots) {
        const box = slot.getBoundingClientRect();
        if (box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth) count++;
      }
      return count;
    },
    /** How many instances show a value. */
    shownCount() {
      let count = 0;
      for (let index = 0; index < slots.length; index++) if (shown(index) !== null) count++;
      return count;
    },
    everyInstanceShows() {
      for (let index = 0; index < slots.length; index++) if (shown(index) === null) return false;
      return slots.length === config.n;
    },
    scrollAway() {
      scrollTo(0, document.documentElement.scrollHeight);
      return settled();
    },
    scrollBack() {
      scrollTo(0, 0);
      return settled();
    },
    /** Takes every instance out of the document and drops the probe's own references to them. */
    unmount() {
      stopRecording();
      document.getElementById('stage').remove();
      slots = [];
    },
  };
})();
