// The least work a page can do to show N live countdowns with release-countdown's DOM: the
// vanilla floor's one shared timer, aimed at the next whole second, but each countdown is the
// shadow tree release-countdown renders by default (date line, timer with its spoken text, one
// unit / value / label per unit, the status region), styled by release-countdown's own
// stylesheet (window.BENCH.shadowCss), and a tick rewrites only the texts and `tick`/`tock`
// parts that changed, as release-countdown does. No Lit, no Luxon, English only, no
// IntersectionObserver. It tells apart what the DOM and parts contract costs the page (this
// floor against the vanilla floor) from what our code costs on top (release-countdown
// against this floor).
(function () {
  'use strict';
  const UNITS = [
    ['days', 86400],
    ['hours', 3600],
    ['minutes', 60],
    ['seconds', 1],
  ];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(window.BENCH.shadowCss);
  const dateLine = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const countdowns = [];
  let timer;

  const label = (unit, amount) => (amount === 1 ? unit.slice(0, -1) : unit);

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  function build(host, targetMs) {
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const spoken = document.createTextNode('');
    const units = UNITS.map(([unit]) => {
      const value = document.createTextNode('');
      const text = document.createTextNode('');
      const valueElement = element('span', { part: 'value tick' }, value);
      const unitElement = element(
        'span',
        { part: `unit ${unit}` },
        valueElement,
        element('span', { part: 'label' }, text),
      );
      return { unit, value, label: text, valueElement, unitElement, amount: -1 };
    });
    const pieces = units.flatMap((shown, index) =>
      index > 0 ? [element('span', { part: 'separator' }), shown.unitElement] : [shown.unitElement],
    );
    root.append(
      element('div', { part: 'date', id: 'date' }, `${dateLine.format(targetMs)} UTC`),
      element(
        'div',
        { part: 'countdown', role: 'timer', class: 'blocks', 'aria-labelledby': 'date' },
        element('span', { class: 'spoken' }, spoken),
        element('span', { class: 'shown', 'aria-hidden': 'true' }, ...pieces),
      ),
      element('div', { role: 'status', class: '' }),
    );
    return { host, targetMs, spoken, units };
  }

  function show(countdown, nowMs) {
    const msLeft = countdown.targetMs - nowMs;
    if (msLeft <= 0) {
      countdown.host.shadowRoot.lastChild.textContent = 'Released!';
      return false;
    }
    let left = Math.ceil(msLeft / 1000);
    let spokenChanged = false;
    for (const [index, [unit, seconds]] of UNITS.entries()) {
      const amount = Math.floor(left / seconds);
      left -= amount * seconds;
      const shown = countdown.units[index];
      if (amount === shown.amount) continue;
      if (unit !== 'seconds') spokenChanged = true;
      if (label(unit, amount) !== label(unit, shown.amount)) shown.label.data = label(unit, amount);
      shown.value.data = String(amount);
      if (shown.amount !== -1) {
        const phase = shown.valueElement.getAttribute('part') === 'value tick' ? 'value tock' : 'value tick';
        shown.valueElement.setAttribute('part', phase);
      }
      shown.amount = amount;
    }
    if (spokenChanged) {
      countdown.spoken.data = countdown.units
        .slice(0, -1)
        .filter((shown) => shown.amount > 0)
        .map((shown) => `${shown.amount} ${label(shown.unit, shown.amount)}`)
        .join(', ');
    }
    return true;
  }

  function armForNextSecond() {
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  }

  function tick() {
    const nowMs = Date.now();
    for (let i = countdowns.length - 1; i >= 0; i--) {
      if (!countdowns[i].host.isConnected || !show(countdowns[i], nowMs)) countdowns.splice(i, 1);
    }
    if (countdowns.length > 0) armForNextSecond();
    else timer = undefined;
  }

  window.partsFloorCountdown = function (host, targetMs) {
    const countdown = build(host, targetMs);
    if (show(countdown, Date.now())) countdowns.push(countdown);
    if (timer === undefined && countdowns.length > 0) armForNextSecond();
  };
})();
