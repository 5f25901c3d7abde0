// The known quotes found on the page. A short list shows every card; a longer one folds
// into one row per speaker (name, organisation, how many quotes and their stances), so
// who is quoted here, and the counterpart reactions below, fit in the first screen.
// A quote picked in the page opens its speaker's row, so its card can take focus.
import { useId, useState } from 'react';
import type { FoundQuote } from '@/lib/page-report';
import { countOf, speakerName } from '../ui/format';
import { StanceMark } from '../ui/StanceMark';
import { QuoteCard } from './QuoteCard';
import { groupBySpeaker, type QuoteGroup, speakerKey } from './quote-groups';
import { SectionHeading } from './SectionHeading';
import { tallyStances } from './stance-tally';

/** Up to this many quotes every card is shown: three cards and the statement fit one 900 px screen. */
export const CARDS_SHOWN_UP_TO = 3;

export interface FoundQuotesSectionProps {
  found: FoundQuote[];
  pageStatementId?: string;
  focusedQuoteId: string | null;
  onShowInPage(quoteId: string): void;
}

interface CardsProps extends FoundQuotesSectionProps {
  /** Heading level of each card's speaker (4 inside a speaker's row). */
  level: 3 | 4;
}

function Cards({ found, pageStatementId, focusedQuoteId, onShowInPage, level }: CardsProps) {
  return (
    <ol className="pl-cards">
      {found.map((f) => (
        <li key={f.quote.id}>
          <QuoteCard
            found={f}
            pageStatementId={pageStatementId}
            focused={f.quote.id === focusedQuoteId}
            onShowInPage={onShowInPage}
            level={level}
          />
        </li>
      ))}
    </ol>
  );
}

interface SpeakerRowProps extends Omit<CardsProps, 'found' | 'level'> {
  group: QuoteGroup;
  open: boolean;
  onToggle(): void;
}

function SpeakerRow({ group, open, onToggle, ...cards }: SpeakerRowProps) {
  const panelId = useId();
  const [first] = group.found;
  if (!first) return null;
  return (
    <li className="pl-speaker-group">
      <h3 className="pl-speaker-group__heading">
        <button type="button" className="pl-disclosure" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          <span className="pl-disclosure__label">{speakerName(first.quote)}</span>{' '}
          <span className="pl-disclosure__count">{countOf(group.found.length, 'quote')}</span>
        </button>
      </h3>
      <p className="pl-speaker-group__stances">
        {tallyStances(group.found.map((f) => f.quote)).map(({ stance, count }) => (
          <StanceMark key={stance} stance={stance} count={count > 1 ? count : undefined} className="pl-stance--compact" />
        ))}
      </p>
      <div id={panelId} className="pl-speaker-group__cards" hidden={!open}>
        <Cards found={group.found} level={4} {...cards} />
      </div>
    </li>
  );
}

export function FoundQuotesSection(props: FoundQuotesSectionProps) {
  const headingId = useId();
  const { found, ...cardProps } = props;
  const { focusedQuoteId } = cardProps;
  const groups = groupBySpeaker(found);
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  // A quote picked in the page opens its speaker's row (adjusting state to a new prop, as React advises).
  const [seenFocus, setSeenFocus] = useState(focusedQuoteId);
  if (focusedQuoteId !== seenFocus) {
    setSeenFocus(focusedQuoteId);
    const picked = found.find((f) => f.quote.id === focusedQuoteId);
    if (picked) setOpenKeys((keys) => new Set(keys).add(speakerKey(picked)));
  }
  const folded = found.length > CARDS_SHOWN_UP_TO;
  const allOpen = groups.every((g) => openKeys.has(g.key));
  const toggle = (key: string) =>
    setOpenKeys((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <section className="pl-section" aria-labelledby={headingId}>
      <SectionHeading
        id={headingId}
        count={countOf(found.length, 'quote')}
        action={
          folded && (
            <button
              type="button"
              className="pl-button pl-button--small"
              onClick={() => setOpenKeys(allOpen ? new Set() : new Set(groups.map((g) => g.key)))}
            >
              {allOpen ? 'Fold all quotes' : 'Show all quotes'}
            </button>
          )
        }
      >
        Quotes on this page
      </SectionHeading>
      {folded ? (
        <ul className="pl-speaker-groups">
          {groups.map((group) => (
            <SpeakerRow
              key={group.key}
              group={group}
              open={openKeys.has(group.key)}
              onToggle={() => toggle(group.key)}
              {...cardProps}
            />
          ))}
        </ul>
      ) : (
        <Cards level={3} {...props} />
      )}
    </section>
  );
}
