import type { ChangePhase } from './change-phase.js';
import { formatAmount, formatCompact, formatSentence, type FormattedAmount } from './format.js';
import type { Format, UnitDisplay } from '../config/options.js';
import type { Unit } from '../time/units.js';
import { sameAmounts, type UnitAmount } from '../time/remaining.js';
import { LiveText } from './live-text.js';

/** One shown unit: what its layout is made of, and the texts that change as it counts. */
export interface CountdownPiece {
  unit: Unit;
  /** What separates it from the piece before: "" in blocks, " " or ":" in compact. */
  separator: string;
  hasLabel: boolean;
  value: LiveText;
  label: LiveText;
  phase: LiveText;
}

/** Whether `show` wrote into the layout already rendered, or the element must render its new pieces. */
export type TextLayout = 'rendered' | 'needs-render';

/**
 * The texts of a counting countdown in one locale, format and label length. Each second
 * `show` rewrites the texts that changed, in place; the element renders again only when the
 * pieces themselves change (other units, or a label that appears or disappears).
 */
export class CountdownText {
  /** What a screen reader hears: see `spokenAmounts`. */
  readonly spoken = new LiveText();
  /** With `format="text"`: the whole sentence. */
  readonly sentence = new LiveText();
  pieces: CountdownPiece[] = [];
  #spokenFrom: readonly UnitAmount[] = [];
  #sentenceShown = false;

  constructor(
    readonly locale: string | undefined,
    readonly format: Format,
    readonly unitDisplay: UnitDisplay,
  ) {}

  /**
   * Writes the texts for `amounts`: into what is already `rendered`, or, the first time and
   * whenever `pieces` is new, into texts the element `needs-render` to show.
   */
  show(amounts: readonly UnitAmount[], phases: readonly ChangePhase[]): TextLayout {
    const spoken = spokenAmounts(amounts);
    // Most seconds leave the spoken phrase as it was: skip formatting it again.
    if (!sameAmounts(spoken, this.#spokenFrom)) {
      this.#spokenFrom = spoken;
      this.spoken.set(formatSentence(this.locale, spoken, 'long'));
    }
    if (this.format === 'text') {
      this.sentence.set(formatSentence(this.locale, amounts, this.unitDisplay));
      const layout = this.#sentenceShown ? 'rendered' : 'needs-render';
      this.#sentenceShown = true;
      return layout;
    }
    const formatted = this.#format(amounts);
    const fits = this.#fits(formatted);
    if (!fits) {
      this.pieces = formatted.map(({ unit, separator, label }) => ({
        unit,
        separator,
        hasLabel: label !== '',
        value: new LiveText(),
        label: new LiveText(),
        phase: new LiveText(),
      }));
    }
    for (let index = 0; index < formatted.length; index++) {
      const piece = this.pieces[index];
      piece.value.set(formatted[index].value);
      piece.label.set(formatted[index].label);
      piece.phase.set(phases[index]);
    }
    return fits ? 'rendered' : 'needs-render';
  }

  #format(amounts: readonly UnitAmount[]): Array<FormattedAmount & { separator: string }> {
    if (this.format === 'compact') return formatCompact(this.locale, amounts);
    return amounts.map((amount) => ({ ...formatAmount(this.locale, amount, this.unitDisplay), separator: '' }));
  }

  #fits(formatted: ReadonlyArray<FormattedAmount & { separator: string }>): boolean {
    return (
      formatted.length === this.pieces.length &&
      formatted.every(
        ({ unit, separator, label }, index) =>
          unit === this.pieces[index].unit &&
          separator === this.pieces[index].separator &&
          (label !== '') === this.pieces[index].hasLabel,
      )
    );
  }
}

/**
 * The remaining time without the seconds once larger units remain, so that a screen reader
 * reaching the timer reads a phrase that does not change under it every second.
 */
function spokenAmounts(amounts: readonly UnitAmount[]): readonly UnitAmount[] {
  const withoutSeconds = amounts.filter(({ unit }) => unit !== 'seconds');
  return withoutSeconds.some(({ amount }) => amount > 0) ? withoutSeconds : amounts;
}
