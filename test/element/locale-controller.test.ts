import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/element/locale-controller.js';

/** A host that only holds the controller, and counts its updates and the controller's calls. */
class LocaleHost extends LitElement {
  changes = 0;
  updates = 0;
  readonly locale = new LocaleController(this, { onChange: () => (this.changes += 1) });

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('locale-controller-host', LocaleHost);

/** Lets the shared MutationObserver's callback run, then the update it asked for. */
async function afterLangChange(host: LocaleHost): Promise<void> {
  await Promise.resolve();
  await host.updateComplete;
}

describe('LocaleController', () => {
  const nodes: Element[] = [];
  afterEach(() => nodes.splice(0).forEach((node) => node.remove()));

  function containing(html: string): HTMLElement {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    nodes.push(container);
    return container;
  }

  async function hostIn(html: string): Promise<{ host: LocaleHost; container: HTMLElement }> {
    const container = containing(html);
    const host = container.querySelector<LocaleHost>('locale-controller-host')!;
    await host.updateComplete;
    return { host, container };
  }

  it('speaks the nearest lang, canonical, through shadow roots', async () => {
    const container = containing('<div lang="pt-br"></div>');
    const shadow = container.firstElementChild!.attachShadow({ mode: 'open' });
    const host = shadow.appendChild(document.createElement('locale-controller-host')) as LocaleHost;
    await host.updateComplete;
    expect(host.locale.locale).to.equal('pt-BR');
  });

  it('follows a lang changed around the host, and renders only for another locale', async () => {
    const { host, container } = await hostIn(
      '<section lang="de"><locale-controller-host></locale-controller-host></section>',
    );
    const updates = host.updates;
    container.firstElementChild!.setAttribute('lang', 'DE');
    await afterLangChange(host);
    expect([host.locale.locale, host.changes, host.updates - updates], 'the same locale').to.deep.equal(['de', 0, 0]);
    container.firstElementChild!.setAttribute('lang', 'fr');
    await afterLangChange(host);
    expect([host.locale.locale, host.changes, host.updates - updates]).to.deep.equal(['fr', 1, 1]);
  });

  it('makes texts anew when the browser’s language changes, only for a host that follows it', async () => {
    const { host: following } = await hostIn('<locale-controller-host></locale-controller-host>');
    const { host: german } = await hostIn('<locale-controller-host lang="de"></locale-controller-host>');
    window.dispatchEvent(new Event('languagechange'));
    await afterLangChange(following);
    expect([following.locale.locale, following.changes]).to.deep.equal([undefined, 1]);
    expect(german.changes).to.equal(0);
  });

  it('stops listening once the host leaves the page', async () => {
    const { host, container } = await hostIn(
      '<section lang="de"><locale-controller-host></locale-controller-host></section>',
    );
    host.remove();
    container.firstElementChild!.setAttribute('lang', 'fr');
    await afterLangChange(host);
    expect([host.locale.locale, host.changes]).to.deep.equal(['de', 0]);
  });
});
