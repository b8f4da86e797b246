// format="duration" reads like "3 days, 23 hours, 59 minutes, 59 seconds" and leaves out zero units.
window.benchContender = {
  observedRoot: (slot) => slot.firstElementChild.shadowRoot,
  shownSeconds(slot) {
    const text = slot.firstElementChild.shadowRoot?.textContent;
    if (!text || !/\d/.test(text) || !/(day|hour|minute|second)/.test(text)) return null;
    const seconds = text.match(/(\d+)\s*seconds?/);
    return seconds ? Number(seconds[1]) : 0;
  },
};
