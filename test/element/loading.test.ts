import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReleaseCountdown } from '../../src/index.js';
import { fakeClock, restoreFakes, shown } from '../element-helpers.js';
import { closeFrames, openPage, reportsDelivered, type CspWindow } from '../strict-csp-page.js';

/**
 * Hostile pages: a strict Content-Security-Policy with Trusted Types, and two copies or two
 * different builds of the script on one page. Each case runs in a fresh iframe serving
 * test/pages/strict-csp.html with the policy as an HTTP header (web-test-runner.config.mjs);
 * "source" is src/index.ts as the test server compiles it (Lit from node_modules, dev mode),
 * "bundle" is the Vite build with Lit and Luxon inlined and minified.
 */

const NOW_MS = Date.parse('2025-03-20T11:59:58Z');
const PAYLOAD = '<img src=x onerror="parent.__pwned=1"><script>parent.__pwned=1</script>';

afterEach(() => {
  restoreFakes();
  closeFrames();
});

/** Countdowns in every state and format, with a script-looking title, in the frame. */
async function mountAll(win: CspWindow): Promise<ReleaseCountdown[]> {
  const all = win.mount([
    { date: '2025-03-20T12:00:00Z', title: PAYLOAD, lang: 'en', 'time-zone': 'UTC' },
    { date: '2025-03-20T12:00:00Z', format: 'compact', lang: 'en' },
    { date: '2025-03-27T12:00', format: 'text', lang: 'ar', 'time-zone': 'America/New_York' },
    { date: '2024-01-01T00:00:00Z', 'released-text': PAYLOAD },
    { date: 'soon', title: 'Broken' },
  ]);
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

describe('a page with a strict Content-Security-Policy', () => {
  it('is served with the policy, and reports what breaks it', async () => {
    const response = await fetch('/test/pages/strict-csp.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    const win = await openPage('source', NOW_MS);
    const canary = win.document.createElement('div');
    canary.setAttribute('style', 'color: red');
    win.document.body.append(canary);
    // Trusted Types throw a TypeError, in whichever realm and wording the engine picks.
    expect(() => {
      canary.innerHTML = '<b>html</b>';
    })
      .to.throw()
      .with.property('name', 'TypeError');
    expect(canary.innerHTML).to.equal('');
    await reportsDelivered();
    const { violations } = win.report();
    expect(violations.some((violation) => violation.startsWith('style-src'))).to.equal(true);
    expect(violations.some((violation) => violation.startsWith('require-trusted-types-for'))).to.equal(true);
  });

  // The same page as an engine without Trusted Types sees it (test/pages/strict-csp.js).
  const variants = [
    ['', ''],
    [' in an engine without Trusted Types', '&trusted-types=unsupported'],
  ] as const;
  for (const load of ['source', 'bundle']) {
    for (const [variant, query] of variants) {
      it(`runs the ${load} build with no violation${variant}: counting, released and invalid, then a release`, async () => {
        const win = await openPage(load, NOW_MS, query);
        expect((win as { trustedTypes?: unknown }).trustedTypes === undefined).to.equal(query !== '');
        const warn = sinon.stub(win.console, 'warn');
        const [titled, compact, arabic, released, invalid] = await mountAll(win);
        expect(shown(titled)).to.equal('0 days 0 hours 0 minutes 2 seconds');
        expect(titled.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(PAYLOAD);
        expect(shown(compact)).to.equal('0d 00:00:02');
        expect(shown(arabic)).to.contain('أيام');
        expect(shown(released)).to.equal(PAYLOAD);
        expect(shown(invalid)).to.equal('error date: "soon" is not a date; use ISO 8601 such as 2025-12-15T11:00:00Z');
        expect(warn.callCount).to.equal(1);
        // Styles are adopted stylesheets, which style-src 'self' allows; no <style> element.
        expect(titled.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
        expect(titled.shadowRoot!.querySelector('style')).to.equal(null);

        fakeClock().tick(2000);
        await Promise.all([titled, compact].map((el) => el.updateComplete));
        expect(titled.released && compact.released).to.equal(true);
        await reportsDelivered();
        expect(win.report()).to.deep.equal({ violations: [], errors: [] });
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      });
    }
  }
});

describe('two copies or two builds of the script on one page', () => {
  for (const load of [
    'source,bundle',
    'bundle,source',
    'bundle,bundle-copy',
    'source,source-copy,bundle,bundle-copy',
  ]) {
    it(`${load}: nothing throws, and the first definition counts`, async () => {
      const win = await openPage(load, NOW_MS);
      sinon.stub(win.console, 'warn');
      const [titled, , , released, invalid] = await mountAll(win);
      expect(shown(titled)).to.equal('0 days 0 hours 0 minutes 2 seconds');
      expect(shown(released)).to.equal(PAYLOAD);
      expect(shown(invalid)).to.contain('error date:');
      fakeClock().tick(2000);
      await titled.updateComplete;
      expect(titled.released).to.equal(true);
      await reportsDelivered();
      expect(win.report()).to.deep.equal({ violations: [], errors: [] });
    });
  }
});
