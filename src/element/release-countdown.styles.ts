import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* Digits of equal width, so the box does not jitter as they change. */
    font-variant-numeric: tabular-nums;
  }

  :host([hidden]) {
    display: none;
  }

  [part='title'] {
    font-weight: 700;
  }

  [part='countdown'] {
    margin-block: 0.25em;
  }

  .blocks .shown {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--release-countdown-gap, 0.75em);
  }

  .blocks [part~='unit'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    background: var(--release-countdown-unit-background, transparent);
  }

  .blocks [part~='value'] {
    font-size: var(--release-countdown-value-size, 2em);
    font-weight: 700;
    line-height: 1.1;
    color: var(--release-countdown-value-color, inherit);
  }

  /*
   * Room for two digits in every unit, so that a value's box keeps its width from 10 to 9 and
   * nothing beside it moves: with tabular digits, 2ch is two digits, and the pixel covers the
   * engine rounding laid-out text up to its layout unit (a 64th of a pixel), which made 10 a
   * hair wider than 9. In a line of text (compact) the box is inline-block, to take a width,
   * and its digits lean on their label.
   */
  [part~='value'] {
    min-width: calc(2ch + 1px);
    text-align: center;
  }

  .compact [part~='value'] {
    display: inline-block;
    text-align: end;
  }

  [part='label'] {
    font-size: var(--release-countdown-label-size, 0.8em);
    color: var(--release-countdown-label-color, inherit);
  }

  .blocks [part='separator'] {
    display: none;
  }

  .compact [part='separator'] {
    white-space: pre;
  }

  /*
   * Inline, so that an empty region takes no line and a host made display: inline (a
   * countdown inside a sentence) is not split by it; a released message inside is a block.
   */
  [role='status'] {
    display: inline;
  }

  /* With after="count-up" the message and how long ago share a line: "Released" + "3 days ago". */
  .count-up [part='released'] {
    display: inline;
  }

  [part='calendar'] {
    display: inline-block;
    margin-block: 0.25em;
    color: var(--release-countdown-link-color, inherit);
  }

  [part='error'] {
    color: var(--release-countdown-error-color, #b00020);
  }

  /* Read by screen readers, not shown: the same time in words, without per-second churn. */
  .spoken {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * A right-to-left language reads right to left, units and messages alike, even on a
   * left-to-right page; a dir that the author put on the element wins.
   */
  :host(:lang(ar):not([dir])),
  :host(:lang(ckb):not([dir])),
  :host(:lang(dv):not([dir])),
  :host(:lang(fa):not([dir])),
  :host(:lang(he):not([dir])),
  :host(:lang(ps):not([dir])),
  :host(:lang(sd):not([dir])),
  :host(:lang(ug):not([dir])),
  :host(:lang(ur):not([dir])),
  :host(:lang(yi):not([dir])) {
    direction: rtl;
    unicode-bidi: isolate;
  }
`;
