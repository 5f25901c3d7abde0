// Each flag explains itself in one sentence (issue 15). The sentence names the
// page's speaker and the source's; the source's title, date and link are shown
// beside it by the sidebar.
import type { WordChange } from './compare-words';
import type { Checked, Verification } from './verification';

type Unexplained = Omit<Verification, 'explanation'>;

const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(', ');

function changeCounts(changes: readonly WordChange[]): string {
  const counts = (['changed', 'inserted', 'removed'] as const)
    .map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return counts.join(', ');
}

/**
 * Below this share of the page's words held by the source, the page quotes more than
 * the corpus has: only part of the quotation can be called the speaker's.
 */
const MOSTLY_IN_SOURCE = 0.6;

function whose(v: Unexplained, speaker: string): string {
  const { words } = v;
  if (!words || words.inSource >= MOSTLY_IN_SOURCE * words.page) return `These are ${speaker}’s words`;
  return `${words.inSource} of these ${words.page} words are ${speaker}’s (the corpus has no more of them)`;
}

const statements = (n: number): string => (n === 1 ? '1 statement' : `${n} statements`);

/** How far the search for an unsourced quotation reached: the page's event first, or all. */
function searched(checked: Checked | undefined): string {
  const older = checked?.unsearched ?? 0;
  const notSearched = older > 0 ? `; ${older} older ${older === 1 ? 'one was' : 'ones were'} not searched` : '';
  if (!checked || checked.scope === 'all') {
    if (older > 0) return `searched their newest ${statements(checked?.statements ?? 0)}${notSearched}`;
    return checked?.statements === 1 ? 'searched their only statement' : `searched all ${checked?.statements ?? 0} statements`;
  }
  const rest = checked.statements - checked.forEvent;
  if (checked.forEvent === 0) return `they have no statement for ${checked.event}; searched ${older > 0 ? 'their newest' : 'all'} ${statements(checked.statements)}${notSearched}`;
  return `searched ${statements(checked.forEvent)} for ${checked.event}${rest > 0 ? `, then their ${older > 0 ? 'newest ' : ''}${statements(rest)} on other events` : ''}${notSearched}`;
}

export function explain(v: Unexplained): string {
  const claimant = v.attributedTo?.name;
  const speaker = v.source?.speaker ?? '';
  const sense = [...new Set(v.changes.flatMap((c) => c.sense))];
  const atEllipsis = v.changes.some((c) => c.atEllipsis && c.sense.length > 0);
  const senseClause = sense.length
    ? `; ${atEllipsis ? 'an ellipsis hides' : 'the change touches'} ${quoted(sense)}, which changes the sense`
    : '';
  switch (v.status) {
    case 'misattributed':
      return `Attributed here to ${claimant}, but in the source these are ${speaker}’s words${v.changes.length ? `, and the page changes them (${changeCounts(v.changes)})` : ''}${senseClause}.`;
    case 'altered':
      return `The page changes ${speaker}’s words (word by word: ${changeCounts(v.changes)})${senseClause}.`;
    case 'unsourced': {
      const n = v.checked?.statements ?? 0;
      return n === 0
        ? `Attributed here to ${claimant}, who is known to the corpus but has no statement in it to check these words against.`
        : `Attributed here to ${claimant}, but no statement of theirs in the corpus has these words (${searched(v.checked)}).`;
    }
    case 'verified':
      return `${whose(v, speaker)}, as the page says${v.elisions.length ? ', shortened with an ellipsis that drops no negation or qualifier' : ''}.`;
    case 'unattributed':
      return `${whose(v, speaker)}, unchanged; the page does not clearly say who spoke them.`;
  }
}
