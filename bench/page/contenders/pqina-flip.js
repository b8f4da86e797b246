// Called by Tick for each `.tick` it finds (data-did-init), as in the countdown preset.
window.benchFlipInit = function (tick) {
  const counter = Tick.count.down(new Date(window.BENCH.targetMs));
  counter.onupdate = (value) => {
    tick.value = value;
  };
};

window.benchContender = {
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const groups = slot.querySelectorAll('.tick-group');
    if (groups.length !== 4) return null;
    const digits = groups[3].querySelectorAll('.tick-flip');
    if (digits.length !== 2) return null;
    const text = Array.from(
      digits,
      (digit) => digit.querySelector('.tick-flip-card .tick-flip-panel-front-text')?.textContent ?? '',
    ).join('');
    return text.length === 2 ? Number(text) : null;
  },
};
