// What the toolbar badge says about a page's quotations (issue 15): misattributed
// and altered quotations counted apart from verified ones. The badge's few
// characters carry the number of flags, marked "!" on the danger colour; its
// tooltip spells out every count. Without flags the badge keeps its old meaning,
// the number of known quotes, on the neutral colour.
import { SERIOUS_FLAGS, type VerificationTally, countsOf } from './verification';

export interface BadgeState {
  text: string;
  colour: string;
  title: string;
}

/** The tooltip when nothing about the page's quotations is to be said (the manifest's default_title). */
export const PLAIN_TITLE = 'Policy Lens';
/** The design tokens' danger red (components/ui/tokens.css, 7.6:1 on white). */
const FLAG_COLOUR = '#a4161a';
/** The sidebar header's navy (tokens.css --pl-header-bg), set explicitly so a flagged page's red never lingers. */
const PLAIN_COLOUR = '#1f3a5f';

export function badgeState(knownQuotes: number, tally: VerificationTally | undefined): BadgeState {
  const flags = tally ? SERIOUS_FLAGS.reduce((n, k) => n + tally[k], 0) : 0;
  const counts = tally ? countsOf(tally) : [];
  const title = counts.length > 0 ? `${PLAIN_TITLE}: quotations ${counts.join(', ')}` : PLAIN_TITLE;
  if (flags > 0) return { text: `${flags}!`, colour: FLAG_COLOUR, title };
  return { text: knownQuotes > 0 ? String(knownQuotes) : '', colour: PLAIN_COLOUR, title };
}
