window.benchContender = {
  observedRoot: (slot) => slot.firstElementChild.shadowRoot,
  shownSeconds(slot) {
    const element = slot.firstElementChild;
    if (element.hasAttribute('released')) return 0;
    const value = element.shadowRoot?.querySelector('[part~="seconds"] [part~="value"]');
    return value ? Number(value.textContent) : null;
  },
};
