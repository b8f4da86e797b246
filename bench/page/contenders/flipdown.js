// FlipDown starts with every rotor at 0 and shows the remaining time only from its first
// tick on; it writes each new digit into the hidden top half ("rotor-top") 500 ms after the
// tick and then flips the leaf over it. That digit is taken as the one shown.
window.benchContender = {
  mount(slot, targetMs) {
    new FlipDown(targetMs / 1000, slot.firstElementChild.id).start();
  },
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const digits = Array.from(slot.getElementsByClassName('rotor-top'), (top) => top.textContent);
    if (digits.length < 8 || digits.every((digit) => digit === '0')) return null;
    return Number(digits.slice(-2).join(''));
  },
};
