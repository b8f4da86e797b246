// Runs first in every benchmark page (a classic script in <head>). It lays the page out so that
// all N instances fit in the viewport, records when the first and the last instance show a
// value, and, when the harness asks, timestamps every change of the shown seconds.
// The contender's glue (loaded next) defines window.benchContender:
//   mount(slot, targetMs)   optional; starts one instance inside its .slot
//   observedRoot(slot)      the node whose subtree holds the shown value (a shadow root if any)
//   shownSeconds(slot)      the seconds digit pair as a number, or null while nothing is shown
(function () {
  'use strict';
  const config = window.BENCH;
  const root = document.documentElement;

  // Cells of the contender's natural size, zoomed so that N of them fill the viewport at most.
  const width = innerWidth - 24;
  const height = innerHeight - 8;
  let zoom = Math.min(1, Math.sqrt((width * height) / (config.n * config.cell.width * config.cell.height)));
  const fits = (z) => {
    const perRow = Math.max(1, Math.floor(width / (config.cell.width * z)));
    return Math.ceil(config.n / perRow) * config.cell.height * z <= height;
  };
  while (!fits(zoom)) zoom *= 0.98;
  root.style.setProperty('--zoom', String(zoom));
  root.style.setProperty('--stage-width', `${Math.floor(width / zoom)}px`);
  root.style.setProperty('--cell-width', `${config.cell.width}px`);
  root.style.setProperty('--cell-height', `${config.cell.height}px`);

  let slots = document.getElementsByClassName('slot');
  const shown = (index) => {
    try {
      return window.benchContender.shownSeconds(slots[index]);
    } catch {
      return null;
    }
  };

  // Startup: the first animation frame in which the first (then every) instance shows a value.
  // The value set before that frame's rAF callbacks is painted in that same frame.
  const startup = { firstValueMs: null, allValuesMs: null };
  let nextUnshown = 0;
  requestAnimationFrame(function pollStartup() {
    const frameMs = performance.now();
    if (window.benchContender && slots.length === config.n) {
      if (startup.firstValueMs === null && shown(0) !== null) startup.firstValueMs = frameMs;
      if (startup.firstValueMs !== null) {
        while (nextUnshown < config.n && shown(nextUnshown) !== null) nextUnshown++;
        if (nextUnshown === config.n) startup.allValuesMs = frameMs;
      }
    }
    if (startup.allValuesMs === null) requestAnimationFrame(pollStartup);
  });

  // Accuracy: one MutationObserver per instance; a change is logged when the shown seconds differ.
  let observers = [];
  let changes = [];
  let busyTasks = [];
  let busyTimer;

  function startRecording({ busy }) {
    changes = [];
    busyTasks = [];
    const last = [];
    observers = Array.from(slots, (slot, index) => {
      last[index] = shown(index);
      const observer = new MutationObserver(() => {
        const value = shown(index);
        if (value !== last[index]) {
          last[index] = value;
          changes.push(Date.now(), index, value);
        }
      });
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
    return { startMs: Date.now(), initial: last.slice() };
  }

  // A 300 ms task every 2 s, each from 150 ms before a whole second to 150 ms after it: the
  // worst moment for a clock that wants to update on the second.
  function scheduleBusyTask(startMs) {
    busyTimer = setTimeout(() => {
      const begin = Date.now();
      while (Date.now() - begin < 300);
      busyTasks.push(begin, Date.now());
      scheduleBusyTask(startMs + 2000);
    }, startMs - Date.now());
  }

  function stopRecording() {
    clearTimeout(busyTimer);
    for (const observer of observers) observer.disconnect();
    observers = [];
    return { endMs: Date.now(), changes, busyTasks };
  }

  window.bench = {
    startup,
    config,
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
    everyInstanceShows() {
      for (let index = 0; index < slots.length; index++) if (shown(index) === null) return false;
      return slots.length === config.n;
    },
    scrollAway() {
      scrollTo(0, document.documentElement.scrollHeight);
    },
    scrollBack() {
      scrollTo(0, 0);
    },
    /** Takes every instance out of the document and drops the probe's own references to them. */
    unmount() {
      stopRecording();
      document.getElementById('stage').remove();
      slots = [];
    },
  };
})();
