window.benchContender = {
  mount(slot, targetMs) {
    $(slot.firstElementChild).countdown({ until: new Date(targetMs), format: 'dHMS' });
  },
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    // Seconds come last; days ("d" in the default format "dHMS") are left out once they reach zero.
    const amounts = slot.getElementsByClassName('countdown-amount');
    return amounts.length > 0 ? Number(amounts[amounts.length - 1].textContent) : null;
  },
};
