// The least work a page can do to show N live countdowns: one timer for the whole page, aimed
// at the next whole second, rewriting one text node per countdown. The benchmark's floor.
(function () {
  'use strict';
  const countdowns = [];
  let timer;

  const pad = (n) => (n < 10 ? '0' : '') + n;

  // Whole seconds left, rounded up: during the second that ends k seconds before the target it
  // shows k, so the shown value changes exactly on each whole second of Date.now(). (Rounding
  // down would show the previous value when the timer fires in the boundary's own millisecond,
  // then skip one a second later.)
  function remainingText(msLeft) {
    const s = Math.ceil(msLeft / 1000);
    return `${Math.floor(s / 86400)}d ${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }

  function show(countdown, nowMs) {
    const msLeft = countdown.targetMs - nowMs;
    countdown.node.data = msLeft > 0 ? remainingText(msLeft) : 'Released!';
    return msLeft > 0;
  }

  // Re-aimed at the next whole second on every tick, from the clock, so that it never drifts;
  // a tick that fires a hair early shows the same value and is followed by one on the second.
  function armForNextSecond() {
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  }

  function tick() {
    const nowMs = Date.now();
    for (let i = countdowns.length - 1; i >= 0; i--) {
      if (!countdowns[i].node.isConnected || !show(countdowns[i], nowMs)) countdowns.splice(i, 1);
    }
    if (countdowns.length > 0) armForNextSecond();
    else timer = undefined;
  }

  window.vanillaCountdown = function (element, targetMs) {
    const countdown = { node: document.createTextNode(''), targetMs };
    element.append(countdown.node);
    if (show(countdown, Date.now())) countdowns.push(countdown);
    if (timer === undefined && countdowns.length > 0) armForNextSecond();
  };
})();
