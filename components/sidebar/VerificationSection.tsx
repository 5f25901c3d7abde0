// Issue 15 in the sidebar: each quotation on the page checked against the corpus.
// Flags come first (misattributed, altered, unsourced), each explained in one
// sentence with both names, the source's title, date and link, the words changed,
// and "Show in page"; verified quotations follow. VerificationTally is the one-line
// count under the header, misattributed and altered apart from verified;
// VerificationFlags says the misattributed and altered counts in the collapsed header. The page's
// words are page text: rendered as text, never as markup.
import { useId } from 'react';
import type { Verification, VerificationStatus, WordChange } from '@/lib/verify/verification';
import { SERIOUS_FLAGS, countsOf, tallyOf } from '@/lib/verify/verification';
import { DateText } from '../ui/DateText';
import { ExternalLink } from '../ui/ExternalLink';
import { countOf } from '../ui/format';
import { SectionHeading } from './SectionHeading';

/** Flags first, most serious first; quotations the page gives to nobody clearly are not listed. */
const ORDER: VerificationStatus[] = ['misattributed', 'altered', 'unsourced', 'verified'];

const LABEL: Record<VerificationStatus, string> = {
  misattributed: 'Misattributed',
  altered: 'Altered',
  unsourced: 'Unsourced',
  verified: 'Verified',
  unattributed: 'Not attributed',
};

function label(v: Verification): string {
  return v.senseChanged && v.status === 'altered' ? 'Altered: sense changed' : LABEL[v.status];
}

function Change({ change }: { change: WordChange }) {
  const where = change.atEllipsis ? ' (at an ellipsis)' : '';
  switch (change.kind) {
    case 'changed':
      return (
        <li>
          <del>{change.source}</del> → <ins>{change.page}</ins>
          {where}
        </li>
      );
    case 'removed':
      return (
        <li>
          removed <del>{change.source}</del>
          {where}
        </li>
      );
    case 'inserted':
      return (
        <li>
          inserted <ins>{change.page}</ins>
        </li>
      );
  }
}

function VerificationCard({ verification: v, onShowInPage }: { verification: Verification; onShowInPage(id: string): void }) {
  const headingId = useId();
  const { source } = v;
  return (
    <article className="pl-card" aria-labelledby={headingId} data-verification={v.status}>
      <h3 id={headingId} className="pl-card__who">
        {label(v)}
      </h3>
      <p className="pl-note">{v.explanation}</p>
      <blockquote className="pl-quote pl-quote--page">
        <p>{v.asQuoted}</p>
      </blockquote>
      {v.changes.length > 0 && (
        <ul className="pl-changes" aria-label="Word by word">
          {v.changes.map((c, i) => (
            <Change key={i} change={c} />
          ))}
        </ul>
      )}
      {source && (
        <p className="pl-from">
          {v.status === 'misattributed' ? `${source.speaker}, in ` : 'From '}
          <ExternalLink href={source.statement.url}>{source.statement.title}</ExternalLink>
          {', '}
          {source.statement.publisher.name}, <DateText date={source.statement.publishedDate} />
        </p>
      )}
      <div className="pl-card__actions">
        <button type="button" className="pl-button" onClick={() => onShowInPage(v.id)}>
          Show in page
        </button>
      </div>
    </article>
  );
}

export function VerificationSection({ verification, onShowInPage }: { verification: Verification[]; onShowInPage(id: string): void }) {
  const headingId = useId();
  const listed = ORDER.flatMap((status) => verification.filter((v) => v.status === status));
  if (listed.length === 0) return null;
  return (
    <section className="pl-section" aria-labelledby={headingId} data-section="verification">
      <SectionHeading id={headingId} count={countOf(listed.length, 'quotation')}>
        Quotations checked
      </SectionHeading>
      <ol className="pl-cards">
        {listed.map((v) => (
          <li key={v.id}>
            <VerificationCard verification={v} onShowInPage={onShowInPage} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "1 misattributed · 1 altered · 1 unsourced · 2 verified": flags apart from the verified, zero counts left out. */
export function VerificationTally({ verification }: { verification: Verification[] }) {
  const parts = countsOf(tallyOf(verification));
  if (parts.length === 0) return null;
  return (
    <p className="pl-note pl-verification-tally" data-verification-tally="">
      Quotations: {parts.join(' · ')}
    </p>
  );
}

/** "1 misattributed · 1 altered" for the collapsed header: the serious flags only, nothing when there are none. */
export function VerificationFlags({ verification }: { verification: Verification[] }) {
  const parts = countsOf(tallyOf(verification), SERIOUS_FLAGS);
  if (parts.length === 0) return null;
  return (
    <span className="pl-brand__flags" data-verification-flags="">
      {parts.join(' · ')}
    </span>
  );
}
