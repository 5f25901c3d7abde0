// A quote's words, shortened at a word boundary when long, with a toggle to read it all.
import { useId, useState } from 'react';
import { truncateAtWord } from './format';

export const QUOTE_LIMIT = 280;

/** A quote only a little over the limit is shown whole: a toggle for a few words is noise. */
export function shortened(text: string, limit: number) {
  return text.length > limit * 1.25 ? truncateAtWord(text, limit) : { text, truncated: false };
}

export function QuoteText({ text, limit = QUOTE_LIMIT }: { text: string; limit?: number }) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const short = shortened(text, limit);
  return (
    <div className="pl-quote-wrap">
      <blockquote id={id} className="pl-quote">
        <p>{expanded || !short.truncated ? text : short.text}</p>
      </blockquote>
      {short.truncated && (
        <button
          type="button"
          className="pl-textbutton"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((was) => !was)}
        >
          {expanded ? 'Show less' : 'Show full quote'}
        </button>
      )}
    </div>
  );
}
