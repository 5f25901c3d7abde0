// The known quotes found on the page. A short list shows every card; a longer one folds
// into one row per speaker (name, organisation, how many quotes and their stances), so
// who is quoted here, and the counterpart reactions below, fit in the first screen.
// A quote picked in the page opens its speaker's row, so its card can take focus.
import { useEffect, useId, useRef, useState } from 'react';
import type { FoundQuote } from '@/lib/page-report';
import { countOf, speakerName } from '../ui/format';
import { StanceMark } from '../ui/StanceMark';
import { QuoteCard } from './QuoteCard';
import { groupBySpeaker, type QuoteGroup, speakerKey } from './quote-groups';
import { SectionHeading } from './SectionHeading';
import { tallyStances } from './stance-tally';

/** Up to this many quotes every card is shown: three cards and the statement fit one 900 px screen. */
export const CARDS_SHOWN_UP_TO = 3;

/**
 * A folded list shows this many speakers' rows, the rest behind "Show N more speakers", so the
 * first counterpart reaction still fits the first screen on a page quoting ten people (the LBC
 * report). Only a list longer by two or more is cut: hiding one row saves less than its button costs.
 */
export const SPEAKER_ROWS_SHOWN = 3;

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
  /** Behind "Show N more speakers" (kept in the page, so a picked quote can open it). */
  hidden: boolean;
  onToggle(): void;
}

function SpeakerRow({ group, open, hidden, onToggle, ...cards }: SpeakerRowProps) {
  const panelId = useId();
  const [first] = group.found;
  if (!first) return null;
  return (
    <li className="pl-speaker-group" hidden={hidden}>
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
  const [everyRow, setEveryRow] = useState(false);
  const rowsRef = useRef<HTMLUListElement>(null);
  // "Show N more speakers" goes once pressed: the keyboard focus moves to the first row it showed.
  const focusRevealed = useRef(false);
  useEffect(() => {
    if (!everyRow || !focusRevealed.current) return;
    focusRevealed.current = false;
    rowsRef.current?.querySelectorAll<HTMLButtonElement>('.pl-disclosure')[SPEAKER_ROWS_SHOWN]?.focus();
  }, [everyRow]);
  // A quote picked in the page opens its speaker's row (adjusting state to a new prop, as React advises).
  const [seenFocus, setSeenFocus] = useState(focusedQuoteId);
  if (focusedQuoteId !== seenFocus) {
    setSeenFocus(focusedQuoteId);
    const picked = found.find((f) => f.quote.id === focusedQuoteId);
    if (picked) setOpenKeys((keys) => new Set(keys).add(speakerKey(picked)));
  }
  const folded = found.length > CARDS_SHOWN_UP_TO;
  const allOpen = groups.every((g) => openKeys.has(g.key));
  const cut = !everyRow && !allOpen && groups.length > SPEAKER_ROWS_SHOWN + 1;
  // A row past the cut still shows when it is open (a quote picked in the page opened it).
  const rowHidden = (group: QuoteGroup, index: number) => cut && index >= SPEAKER_ROWS_SHOWN && !openKeys.has(group.key);
  const moreRows = groups.filter(rowHidden).length;
  const toggle = (key: string) =>
    setOpenKeys((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <section className="pl-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} count={countOf(found.length, 'quote')}>
        Quotes on this page
      </SectionHeading>
      {folded ? (
        <>
          <ul className="pl-speaker-groups" ref={rowsRef}>
            {groups.map((group, index) => (
              <SpeakerRow
                key={group.key}
                group={group}
                open={openKeys.has(group.key)}
                hidden={rowHidden(group, index)}
                onToggle={() => toggle(group.key)}
                {...cardProps}
              />
            ))}
          </ul>
          <p className="pl-speaker-groups__more">
            {moreRows > 0 && (
              <button
                type="button"
                className="pl-more"
                onClick={() => {
                  focusRevealed.current = true;
                  setEveryRow(true);
                }}
              >
                Show {countOf(moreRows, 'more speaker')}
              </button>
            )}
            <button
              type="button"
              className="pl-button pl-button--small pl-speaker-groups__all"
              onClick={() => {
                setOpenKeys(allOpen ? new Set() : new Set(groups.map((g) => g.key)));
                if (allOpen) setEveryRow(false);
              }}
            >
              {allOpen ? 'Fold all quotes' : 'Show all quotes'}
            </button>
          </p>
        </>
      ) : (
        <Cards level={3} {...props} />
      )}
    </section>
  );
}
