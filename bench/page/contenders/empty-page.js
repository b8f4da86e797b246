// The empty page (bench/contenders.mjs, EMPTY_PAGE): slots with nothing in them, nothing shown.
window.benchContender = {
  observedRoot: (slot) => slot,
  shownSeconds: () => null,
};
