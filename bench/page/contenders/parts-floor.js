window.benchContender = {
  mount(slot, targetMs) {
    const host = document.createElement('div');
    slot.append(host);
    window.partsFloorCountdown(host, targetMs);
  },
  observedRoot: (slot) => slot.firstElementChild.shadowRoot,
  shownSeconds(slot) {
    const value = slot.firstElementChild?.shadowRoot?.querySelector('[part~="seconds"] [part~="value"]');
    return value ? Number(value.textContent) : null;
  },
};
