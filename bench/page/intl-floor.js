// The vanilla floor, localized: the same one shared timer, aimed at the next whole second, and
// one text node per countdown rewritten each second, plus what every localized countdown pays
// for Intl: a date line from Intl.DateTimeFormat in the viewer's zone and language, and unit
// labels from Intl.NumberFormat (style: 'unit'), each formatter made once and shared by every
// countdown. A page's first Intl formatter costs tens of milliseconds in a fresh renderer; the
// vanilla floor, digits and English letters, never pays it. Start-up is judged against this one.
(function () {
  'use strict';
  const UNITS = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];
  let formatters;
  const countdowns = [];
  let timer;

  // Made with the first countdown, as a component makes them when it first formats.
  function shared() {
    formatters ??= {
      dateLine: new Intl.DateTimeFormat(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
      units: UNITS.map(([unit, seconds]) => [
        new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'long' }),
        seconds,
      ]),
    };
    return formatters;
  }

  // Whole seconds left, rounded up, as the vanilla floor counts them.
  function remainingText(msLeft) {
    let rest = Math.ceil(msLeft / 1000);
    return shared()
      .units.map(([formatter, seconds]) => {
        const amount = Math.floor(rest / seconds);
        rest -= amount * seconds;
        return formatter.format(amount);
      })
      .join(' ');
  }

  function show(countdown, nowMs) {
    const msLeft = countdown.targetMs - nowMs;
    countdown.node.data = msLeft > 0 ? remainingText(msLeft) : 'Released!';
    return msLeft > 0;
  }

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

  window.intlFloorCountdown = function (element, targetMs) {
    const date = document.createElement('div');
    date.textContent = shared().dateLine.format(targetMs);
    const countdown = { node: document.createTextNode(''), targetMs };
    element.append(date, countdown.node);
    if (show(countdown, Date.now())) countdowns.push(countdown);
    if (timer === undefined && countdowns.length > 0) armForNextSecond();
  };
})();
