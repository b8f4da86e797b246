import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { calendarFallbackTitle, calendarLinkText, releasedMessage } from '../../src/text/phrases.js';
import { ENGLISH_WORD, LANGUAGES } from '../languages.js';

const TITLE = 'Midnight Harbor 2';

afterEach(() => sinon.restore());

/** Pins the browser's language, the fallback for a language the table lacks. */
function browserLanguage(tag: string): void {
  sinon.stub(navigator, 'language').get(() => tag);
}

describe('phrases', () => {
  it('speaks English', () => {
    expect(releasedMessage('en', TITLE)).to.equal('Midnight Harbor 2 has been released!');
    expect(releasedMessage('en', '')).to.equal('Released!');
    expect(calendarLinkText('en')).to.equal('Add to calendar');
    expect(calendarFallbackTitle('en')).to.equal('Release');
  });

  it('speaks German, Japanese, Arabic and Chinese in both scripts', () => {
    expect(releasedMessage('de', TITLE)).to.equal('Midnight Harbor 2 ist erschienen!');
    expect(releasedMessage('de', '')).to.equal('Erschienen!');
    expect(calendarLinkText('de')).to.equal('Zum Kalender hinzufügen');
    expect(calendarFallbackTitle('de')).to.equal('Veröffentlichung');
    expect(releasedMessage('ja', TITLE)).to.equal('Midnight Harbor 2が公開されました！');
    expect(releasedMessage('ar', TITLE)).to.equal('تم إصدار Midnight Harbor 2!');
    expect(calendarLinkText('zh-Hans')).to.equal('添加到日历');
    expect(calendarLinkText('zh-Hant')).to.equal('加入日曆');
  });

  for (const language of LANGUAGES) {
    it(`${language}: every phrase translated, the title kept`, () => {
      const message = releasedMessage(language, TITLE);
      expect(message).to.contain(TITLE);
      expect(message).not.to.match(ENGLISH_WORD);
      expect(releasedMessage(language, '')).not.to.match(ENGLISH_WORD);
      expect(releasedMessage(language, '')).not.to.equal('Released!');
      expect(calendarLinkText(language)).not.to.match(ENGLISH_WORD);
      expect(calendarFallbackTitle(language)).not.to.equal('');
    });
  }

  it('has a line of its own for each language, not a copy of another', () => {
    const messages = new Set(LANGUAGES.map((language) => releasedMessage(language, TITLE)));
    const links = new Set(LANGUAGES.map((language) => calendarLinkText(language)));
    expect(messages.size).to.equal(LANGUAGES.length);
    expect(links.size).to.equal(LANGUAGES.length);
  });

  const negotiated: Array<[string, string]> = [
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['nb', 'no'],
    ['nn', 'no'],
    ['nb-NO', 'no'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['iw', 'he'],
    ['in', 'id'],
    ['fa-IR', 'fa'],
  ];
  for (const [tag, language] of negotiated) {
    it(`reads ${tag} as ${language}`, () => {
      browserLanguage('tlh');
      expect(releasedMessage(tag, TITLE)).to.equal(releasedMessage(language, TITLE));
      expect(calendarLinkText(tag)).to.equal(calendarLinkText(language));
    });
  }

  it('falls back to the browser’s language for a language it lacks, or none, then to English', () => {
    browserLanguage('de-AT');
    expect(releasedMessage('xx', TITLE)).to.equal('Midnight Harbor 2 ist erschienen!');
    expect(releasedMessage(undefined, '')).to.equal('Erschienen!');
    sinon.restore();
    browserLanguage('tlh');
    expect(releasedMessage('xx', TITLE)).to.equal('Midnight Harbor 2 has been released!');
    expect(calendarLinkText(undefined)).to.equal('Add to calendar');
  });

  it('puts the title in as it is, even with characters that look like patterns', () => {
    expect(releasedMessage('en', "$& {} $1 it's")).to.equal("$& {} $1 it's has been released!");
    expect(releasedMessage('es', '$&')).to.equal('¡$& ya está disponible!');
  });
});
