window.benchContender = {
  mount: (slot, targetMs) => window.vanillaCountdown(slot, targetMs),
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const text = slot.textContent;
    if (text === 'Released!') return 0;
    return text ? Number(text.slice(-2)) : null;
  },
};
