// The least work a page can do to show N live countdowns: one timer for the whole page, aimed
// at the next whole second, rewriting one text node per countdown. The benchmark's floor.
(function () {
  'use strict';
  const countdowns = [];
  let timer;

  const pad = (n) => (n < 10 ? '0' : '') + n;

  function remainingText(msLeft) {
    const s = Math.floor(msLeft / 1000);
    return `${Math.floor(s / 86400)}d ${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }

  function show(countdown, nowMs) {
    const msLeft = countdown.targetMs - nowMs;
    countdown.node.data = msLeft > 0 ? remainingText(msLeft) : 'Released!';
    return msLeft > 0;
  }

  function tick() {
    const nowMs = Date.now();
    for (let i = countdowns.length - 1; i >= 0; i--) {
      if (!countdowns[i].node.isConnected || !show(countdowns[i], nowMs)) countdowns.splice(i, 1);
    }
    timer = countdowns.length > 0 ? setTimeout(tick, 1000 - (Date.now() % 1000)) : undefined;
  }

  window.vanillaCountdown = function (element, targetMs) {
    const countdown = { node: document.createTextNode(''), targetMs };
    element.append(countdown.node);
    if (show(countdown, Date.now())) countdowns.push(countdown);
    if (timer === undefined && countdowns.length > 0) timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  };
})();
