// The bare floor of the stack for the size budget (bench/size-check.mjs): Lit and Luxon's
// DateTime, used just enough that neither is tree-shaken away.
import { LitElement, html } from 'lit';
import { DateTime } from 'luxon';

customElements.define(
  'size-floor',
  class extends LitElement {
    render() {
      return html`${DateTime.now().toISO()}`;
    }
  },
);
