window.benchContender = {
  mount(slot, targetMs) {
    $(slot.firstElementChild).countdown(new Date(targetMs), function (event) {
      $(this).html(event.strftime('%D days %H:%M:%S'));
    });
  },
  observedRoot: (slot) => slot,
  shownSeconds(slot) {
    const text = slot.textContent;
    return text ? Number(text.slice(-2)) : null;
  },
};
