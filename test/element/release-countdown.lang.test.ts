import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { formatAmount } from '../../src/text/format.js';
import { countdown, part, parts, restoreClock, text, useClock } from '../element-helpers.js';
import { ENGLISH_WORD, LANGUAGES } from '../languages.js';

const TARGET = '2022-12-15T11:00:00Z';
const TARGET_MS = Date.parse(TARGET);
/** 3 days 4 hours 5 minutes 6 seconds before the target. */
const START_MS = Date.parse('2022-12-12T06:54:54Z');
const RELEASED_MS = TARGET_MS + 60_000;

const root = document.documentElement;
const pageLang = root.getAttribute('lang');

afterEach(() => {
  restoreClock();
  sinon.restore();
  if (pageLang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', pageLang);
});

/** Pins the browser's language, which the element falls back to for a language it has no words in. */
function browserLanguage(tag: string): void {
  sinon.stub(navigator, 'language').get(() => tag);
}

function released(el: ReleaseCountdown): string {
  return text(part(el, 'released'));
}

function calendarLink(el: ReleaseCountdown): string {
  return text(part(el, 'calendar'));
}

/** Lets the shared observer's callback run (a microtask), then the render it asked for. */
async function afterLangChange(...elements: ReleaseCountdown[]): Promise<void> {
  await Promise.resolve();
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** The `MutationObserver`s that watch `lang` attributes, as `observe` was called on them. */
function langObservers(observe: sinon.SinonSpy): MutationObserver[] {
  return observe
    .getCalls()
    .filter((call) => (call.args[1] as MutationObserverInit).attributeFilter?.includes('lang'))
    .map((call) => call.thisValue as MutationObserver);
}

describe('<release-countdown> in the page’s language', () => {
  describe('every built-in word', () => {
    for (const language of LANGUAGES) {
      it(`${language}: the released message, with and without a title, and the calendar link`, async () => {
        const titled = await countdown({ date: TARGET, title: 'Season 2', lang: language }, RELEASED_MS);
        const message = released(titled);
        expect(message).to.contain('Season 2');
        expect(message).not.to.equal('Season 2 has been released!');
        expect(message).not.to.match(ENGLISH_WORD);
        restoreClock();
        const untitled = await countdown({ date: TARGET, lang: language }, RELEASED_MS);
        expect(released(untitled)).not.to.equal('Released!');
        expect(released(untitled)).not.to.match(ENGLISH_WORD);
        restoreClock();
        const counting = await countdown({ date: TARGET, lang: language, calendar: '' }, START_MS);
        expect(calendarLink(counting)).not.to.equal('Add to calendar');
        expect(calendarLink(counting)).not.to.match(ENGLISH_WORD);
      });
    }

    it('names the calendar event in the language when nothing else names it', async () => {
      const pageTitle = document.title;
      document.title = '';
      try {
        const el = await countdown({ date: TARGET, lang: 'de', calendar: '' }, START_MS);
        const ics = decodeURIComponent((part(el, 'calendar') as HTMLAnchorElement).href);
        expect(ics).to.contain('SUMMARY:Veröffentlichung\r\n');
      } finally {
        document.title = pageTitle;
      }
    });
  });

  describe('which language', () => {
    it('takes the lang of the element', async () => {
      const el = await countdown({ date: TARGET, title: 'Staffel 2', lang: 'de-AT' }, RELEASED_MS);
      expect(released(el)).to.equal('Staffel 2 ist erschienen!');
    });

    it('takes the lang of an ancestor', async () => {
      useClock(RELEASED_MS);
      const wrapper = await fixture(
        html`<div lang="zh-TW"><p><release-countdown date=${TARGET}></release-countdown></p></div>`,
      );
      const el = wrapper.querySelector('release-countdown')!;
      await el.updateComplete;
      expect(released(el)).to.equal('已推出！');
    });

    it('takes the lang of <html>', async () => {
      root.setAttribute('lang', 'nb');
      const el = await countdown({ date: TARGET, title: 'Sesong 2' }, RELEASED_MS);
      expect(released(el)).to.equal('Sesong 2 er ute nå!');
    });

    it('falls back to the browser’s language for a language it has no words in, then to English', async () => {
      browserLanguage('pt-BR');
      const el = await countdown({ date: TARGET, title: 'Season 2', lang: 'xx' }, RELEASED_MS);
      expect(released(el)).to.equal('Season 2 já está disponível!');
      sinon.restore();
      browserLanguage('tlh');
      el.setAttribute('lang', 'yy');
      await el.updateComplete;
      expect(released(el)).to.equal('Season 2 has been released!');
    });

    it('leaves the author’s released-text and slots alone', async () => {
      useClock(START_MS);
      const counting = await fixture<ReleaseCountdown>(html`
        <release-countdown lang="de" date=${TARGET} calendar><span slot="calendar">Merken</span></release-countdown>
      `);
      const slot = part(counting, 'calendar')!.querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Merken']);
      restoreClock();
      const el = await countdown(
        { date: TARGET, title: 'Staffel 2', lang: 'de', 'released-text': 'Jetzt ansehen' },
        RELEASED_MS,
      );
      expect(released(el)).to.equal('Jetzt ansehen');
    });
  });

  describe('direction', () => {
    const direction = (el: ReleaseCountdown, name: string) => getComputedStyle(part(el, name)!).direction;

    for (const language of ['ar', 'he', 'fa', 'ar-EG', 'ur']) {
      it(`lays ${language} out right to left on a left-to-right page`, async () => {
        const el = await countdown({ date: TARGET, title: 'Season 2', lang: language }, RELEASED_MS);
        expect(getComputedStyle(root).direction).to.equal('ltr');
        expect(direction(el, 'released')).to.equal('rtl');
        restoreClock();
        const counting = await countdown({ date: TARGET, lang: language, calendar: '' }, START_MS);
        expect(direction(counting, 'countdown')).to.equal('rtl');
        expect(direction(counting, 'date')).to.equal('rtl');
        expect(direction(counting, 'calendar')).to.equal('rtl');
        // The units read from the right: days first.
        const [days, hours] = parts(counting, 'unit').map((unit) => unit.getBoundingClientRect().left);
        expect(days).to.be.above(hours);
      });
    }

    it('inherits rtl from an ancestor’s lang, and follows it when it changes', async () => {
      useClock(RELEASED_MS);
      const wrapper = await fixture(html`<div lang="he"><release-countdown date=${TARGET}></release-countdown></div>`);
      const el = wrapper.querySelector('release-countdown')!;
      await el.updateComplete;
      expect(direction(el, 'released')).to.equal('rtl');
      wrapper.setAttribute('lang', 'de');
      await afterLangChange(el);
      expect(direction(el, 'released')).to.equal('ltr');
    });

    it('keeps left to right for other languages, and the author’s own dir', async () => {
      const german = await countdown({ date: TARGET, lang: 'de' }, RELEASED_MS);
      expect(direction(german, 'released')).to.equal('ltr');
      restoreClock();
      const arabicLtr = await countdown({ date: TARGET, lang: 'ar', dir: 'ltr' }, RELEASED_MS);
      expect(direction(arabicLtr, 'released')).to.equal('ltr');
    });
  });

  describe('a language switch', () => {
    it('on <html> re-renders every countdown before the next frame, counting or released', async () => {
      root.setAttribute('lang', 'en');
      useClock(START_MS);
      const wrapper = await fixture(html`<div>
        <release-countdown date=${TARGET} time-zone="Europe/Berlin" title="Season 2" calendar></release-countdown>
        <release-countdown date="2022-12-01T00:00:00Z" title="Season 1"></release-countdown>
      </div>`);
      const [counting, done] = [...wrapper.querySelectorAll('release-countdown')];
      await afterLangChange(counting, done);
      expect(parts(counting, 'label').map(text)).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
      expect(released(done)).to.equal('Season 1 has been released!');

      root.setAttribute('lang', 'de');
      await afterLangChange(counting, done);
      expect(parts(counting, 'label').map(text)).to.deep.equal(['Tage', 'Stunden', 'Minuten', 'Sekunden']);
      expect(text(part(counting, 'date'))).to.equal('15. Dezember 2022 um 12:00 MEZ');
      expect(calendarLink(counting)).to.equal('Zum Kalender hinzufügen');
      expect(released(done)).to.equal('Season 1 ist erschienen!');
    });

    it('on an ancestor re-renders the countdowns inside it, and only those', async () => {
      useClock(RELEASED_MS);
      const wrapper = await fixture(html`<div lang="en">
        <section lang="en"><release-countdown date=${TARGET}></release-countdown></section>
        <section lang="en"><release-countdown date=${TARGET}></release-countdown></section>
      </div>`);
      const [inside, outside] = [...wrapper.querySelectorAll('release-countdown')];
      await afterLangChange(inside, outside);
      const outsideUpdate = sinon.spy(outside, 'requestUpdate');
      inside.parentElement!.setAttribute('lang', 'fr');
      await afterLangChange(inside, outside);
      // French keeps its no-break space before the exclamation mark.
      expect(part(inside, 'released')!.textContent!.trim()).to.equal('Disponible\u00a0!');
      expect(released(outside)).to.equal('Released!');
      expect(outsideUpdate.called).to.equal(false);

      // Without a lang of its own, the section reads its parent's again.
      wrapper.setAttribute('lang', 'it');
      inside.parentElement!.removeAttribute('lang');
      await afterLangChange(inside, outside);
      expect(released(inside)).to.equal('Ora disponibile!');
    });

    it('does nothing when the countdown’s own language stays the same', async () => {
      useClock(RELEASED_MS);
      const wrapper = await fixture(
        html`<div lang="de"><release-countdown lang="ja" date=${TARGET}></release-countdown></div>`,
      );
      const el = wrapper.querySelector('release-countdown')!;
      await el.updateComplete;
      const update = sinon.spy(el, 'requestUpdate');
      wrapper.setAttribute('lang', 'fr');
      root.setAttribute('lang', 'ko');
      await afterLangChange(el);
      expect(update.called).to.equal(false);
      expect(released(el)).to.equal('公開されました！');
    });

    it('reaches a countdown inside another component’s shadow root', async () => {
      root.setAttribute('lang', 'en');
      useClock(RELEASED_MS);
      const host = await fixture(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('release-countdown');
      el.setAttribute('date', TARGET);
      shadow.append(el);
      await el.updateComplete;
      expect(released(el)).to.equal('Released!');
      root.setAttribute('lang', 'es');
      await afterLangChange(el);
      expect(released(el)).to.equal('¡Ya disponible!');
    });
  });

  describe('a change of the browser’s language', () => {
    it('empties the formatting caches and makes the texts anew for countdowns without a lang', async () => {
      useClock(START_MS);
      const wrapper = await fixture(html`<div>
        <release-countdown date=${TARGET}></release-countdown>
        <release-countdown lang="de" date=${TARGET}></release-countdown>
      </div>`);
      const [browsers, german] = [...wrapper.querySelectorAll('release-countdown')];
      const before = formatAmount(undefined, { unit: 'days', amount: 3 }, 'long');
      expect(formatAmount(undefined, { unit: 'days', amount: 3 }, 'long')).to.equal(before);
      const browsersUpdate = sinon.spy(browsers, 'requestUpdate');
      const germanUpdate = sinon.spy(german, 'requestUpdate');
      window.dispatchEvent(new Event('languagechange'));
      await afterLangChange(browsers, german);
      expect(formatAmount(undefined, { unit: 'days', amount: 3 }, 'long')).not.to.equal(before);
      expect(browsersUpdate.called).to.equal(true);
      expect(germanUpdate.called).to.equal(false);
      expect(parts(browsers, 'value').map(text)).to.deep.equal(['3', '4', '5', '6']);
    });
  });

  describe('one observer for the page', () => {
    it('is made by the first countdown, shared by the next, and let go with the last', async () => {
      const observe = sinon.spy(MutationObserver.prototype, 'observe');
      const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
      useClock(START_MS);
      const wrapper = await fixture(html`<div>
        <release-countdown date=${TARGET}></release-countdown>
        <release-countdown date=${TARGET}></release-countdown>
        <release-countdown date=${TARGET}></release-countdown>
      </div>`);
      const observers = langObservers(observe);
      expect(observers).to.have.length(1);
      const [observer] = observers;
      expect(observe.getCalls().find((call) => call.thisValue === observer)!.args[0]).to.equal(root);

      const countdowns = [...wrapper.querySelectorAll('release-countdown')];
      countdowns[0].remove();
      countdowns[1].remove();
      expect(disconnect.getCalls().filter((call) => call.thisValue === observer)).to.have.length(0);
      countdowns[2].remove();
      expect(disconnect.getCalls().filter((call) => call.thisValue === observer)).to.have.length(1);

      // After the last countdown left, a `lang` change costs nothing; a new countdown observes again.
      wrapper.append(countdowns[0]);
      expect(langObservers(observe)).to.have.length(2);
    });
  });
});
