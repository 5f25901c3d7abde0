// The same organisations and people on other policy events, with the stances they took.
import { useId } from 'react';
import type { SameVoice } from '@/lib/page-report';
import { DateText } from '../ui/DateText';
import { ExternalLink } from '../ui/ExternalLink';
import { countOf } from '../ui/format';
import { SectionHeading } from './SectionHeading';
import { StanceBadge } from '../ui/StanceBadge';
import { tallyStances } from './stance-tally';

function Voice({ voice }: { voice: SameVoice }) {
  const headingId = useId();
  return (
    <li className="pl-voice">
      <h3 id={headingId} className="pl-subtitle">
        {voice.name}
      </h3>
      <ul className="pl-voice__statements" aria-labelledby={headingId}>
        {voice.statements.map(({ statement, quotes }) => (
          <li key={statement.id} className="pl-voice__statement">
            <p className="pl-eyebrow">
              {statement.event.shortName} · <DateText date={statement.publishedDate} />
            </p>
            <p className="pl-voice__title">
              <ExternalLink href={statement.url}>{statement.title}</ExternalLink>
            </p>
            {quotes.length > 0 && (
              <div className="pl-stances">
                {tallyStances(quotes).map(({ stance, count }) => (
                  <StanceBadge key={stance} stance={stance} count={count} />
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {voice.moreQuotes !== undefined && (
        <p className="pl-muted">
          Newest {countOf(voice.statements.length, 'statement')} listed; {countOf(voice.moreQuotes, 'more quote')} by {voice.name} not listed
        </p>
      )}
    </li>
  );
}

export function nonEmptyVoices(voices: readonly SameVoice[]): SameVoice[] {
  return voices.filter((v) => v.statements.length > 0);
}

export function SameVoicesSection({ voices }: { voices: SameVoice[] }) {
  const headingId = useId();
  return (
    <section className="pl-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} count={countOf(voices.length, 'voice')}>
        Same voices on other events
      </SectionHeading>
      <ul className="pl-voices">
        {voices.map((voice) => (
          <Voice key={`${voice.kind}/${voice.id}`} voice={voice} />
        ))}
      </ul>
    </section>
  );
}
