// A highlight colour as a small square with its name beside it, so colour is never the
// only cue. Inside a radio's <label> the name is the radio's name.
import type { HighlightColour } from '@/lib/schema';
import { colourLabel } from './highlight-format';

export function ColourSwatch({ colour }: { colour: HighlightColour }) {
  return (
    <span className="pl-colour">
      <span className={`pl-swatch pl-swatch--${colour}`} aria-hidden="true" />
      {colourLabel(colour)}
    </span>
  );
}
