// Suggests a stance for a quote from the cue words it contains
// (lib/capture/stance-lexicon.ts), and returns those words so the capture form can
// show why. Positive cues count +1, negative −1; hedges do not move the score but
// turn an unreserved welcome into a welcome with reservations. The score maps onto
// the five-point scale of lib/stances.ts.
import type { StanceId } from '../schema';
import { HEDGE_CUES, NEGATIVE_CUES, OPPOSITION_CUES, POSITIVE_CUES, cuePattern } from './stance-lexicon';

export interface StanceSuggestion {
  stance: StanceId;
  /** The cue words found, as they stand in the quote, in order of appearance. */
  cues: string[];
}

interface Hit {
  surface: string;
  index: number;
}

function hits(text: string, cues: readonly string[]): Hit[] {
  const found: Hit[] = [];
  for (const cue of cues) for (const m of text.matchAll(cuePattern(cue))) found.push({ surface: m[0], index: m.index });
  return found;
}

export function suggestStance(quoteText: string): StanceSuggestion {
  const positive = hits(quoteText, POSITIVE_CUES);
  const negative = hits(quoteText, NEGATIVE_CUES);
  const opposition = hits(quoteText, OPPOSITION_CUES);
  const hedges = hits(quoteText, HEDGE_CUES);
  const p = positive.length;
  const n = negative.length;
  let stance: StanceId;
  if (p === 0 && n === 0) stance = 'mixed';
  else if (n === 0) stance = hedges.length > 0 ? 'supportive-with-reservations' : 'supportive';
  else if (p === 0) stance = opposition.length > 0 ? 'opposed' : 'critical';
  else if (p > n) stance = 'supportive-with-reservations';
  else if (p === n) stance = 'mixed';
  else stance = 'critical';
  const all = [...positive, ...negative, ...opposition, ...hedges].sort((a, b) => a.index - b.index);
  const cues: string[] = [];
  for (const h of all) if (!cues.includes(h.surface)) cues.push(h.surface);
  return { stance, cues };
}
