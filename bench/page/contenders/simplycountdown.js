window.benchContender = {
  mount(slot, targetMs) {
    const target = new Date(targetMs);
    simplyCountdown(slot.firstElementChild, {
      year: target.getUTCFullYear(),
      month: target.getUTCMonth() + 1,
      day: target.getUTCDate(),
      hours: target.getUTCHours(),
      minutes: target.getUTCMinutes(),
      seconds: target.getUTCSeconds(),
      enableUtc: true,
    });
  },
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const amount = slot.querySelector('.simply-seconds-section .simply-amount');
    return amount ? Number(amount.textContent) : null;
  },
};
