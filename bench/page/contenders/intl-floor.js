window.benchContender = {
  mount: (slot, targetMs) => window.intlFloorCountdown(slot, targetMs),
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const text = slot.lastChild?.data;
    if (text === 'Released!') return 0;
    // The last number of "3 days 4 hours 5 minutes 6 seconds", in whatever language.
    const seconds = text?.match(/(\d+)\D*$/);
    return seconds ? Number(seconds[1]) : null;
  },
};
