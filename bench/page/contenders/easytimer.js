// easytimer.js counts a duration, not to a date: it starts from the whole seconds left, taken
// from the last whole second (the way it rounds its own clock), and shows d:hh:mm:ss.
window.benchContender = {
  mount(slot, targetMs) {
    const timer = new easytimer.Timer();
    const show = () => {
      slot.textContent = timer.getTimeValues().toString(['days', 'hours', 'minutes', 'seconds']);
    };
    timer.addEventListener('secondsUpdated', show);
    timer.start({
      countdown: true,
      startValues: { seconds: (targetMs - Math.floor(Date.now() / 1000) * 1000) / 1000 },
    });
    show();
  },
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const text = slot.textContent;
    return text ? Number(text.slice(-2)) : null;
  },
};
