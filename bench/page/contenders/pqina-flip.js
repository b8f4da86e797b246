// Called by Tick for each `.tick` it finds (data-did-init), as in the countdown preset.
window.benchFlipInit = function (tick) {
  const counter = Tick.count.down(new Date(window.BENCH.targetMs));
  counter.onupdate = (value) => {
    tick.value = value;
  };
};

// The preset's `delay` transform flips the digits of a number one after the other, ones first
// and tens 50 ms later, so 50 shows 59 for 50 ms on its way to 49. The ones digit is the one
// that turns on each second: only it is read, on a dial of ten.
window.benchContender = {
  dial: 10,
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const groups = slot.querySelectorAll('.tick-group');
    if (groups.length !== 4) return null;
    const digits = groups[3].querySelectorAll('.tick-flip');
    if (digits.length !== 2) return null;
    const ones = digits[1].querySelector('.tick-flip-card .tick-flip-panel-front-text')?.textContent ?? '';
    return ones.length === 1 ? Number(ones) : null;
  },
};
