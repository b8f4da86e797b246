import badge from './themes/badge.css?raw';
import classic from './themes/classic.css?raw';
import flip from './themes/flip.css?raw';
import hero from './themes/hero.css?raw';
import inline from './themes/inline.css?raw';

/** A theme the embed builder offers: its class, its CSS file, and the settings it looks best with. */
export interface Theme {
  name: string;
  label: string;
  css: string;
  suggests: { format?: string; unitDisplay?: string };
  /** Whether it is meant to sit inside a sentence, so the preview puts it in one. */
  inSentence?: boolean;
  /** Whether the element is an inline box (in a sentence, a pill), whose fallback is plain text. */
  inline?: boolean;
}

export const THEMES: readonly Theme[] = [
  { name: 'classic', label: 'Classic box', css: classic, suggests: { format: 'blocks', unitDisplay: 'short' } },
  { name: 'flip', label: 'Flip clock', css: flip, suggests: { format: 'blocks' } },
  {
    name: 'inline',
    label: 'Inline, inside a sentence',
    css: inline,
    suggests: { format: 'text' },
    inSentence: true,
    inline: true,
  },
  { name: 'hero', label: 'Hero banner', css: hero, suggests: { format: 'blocks', unitDisplay: 'short' } },
  { name: 'badge', label: 'Badge', css: badge, suggests: { format: 'compact' }, inline: true },
];
