// Adding a quote by hand on the capture page, so the form is never a dead end: select
// words in the page's text, paste them, or turn one of the analyst's highlights on the
// page into a quote. Each is checked against the page's text (a saved quote must be
// the page's own words) and a refusal says why beside the control.
import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { Annotation } from '@/lib/schema';

export interface AddQuoteProps {
  mainText: string;
  highlights: readonly Annotation[];
  /** Returns an error message, or undefined when the quote was added. */
  onAdd(quotation: string): string | undefined;
}

/** Highlights are listed by their first words. */
const HIGHLIGHT_LABEL_WORDS = 12;

function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > HIGHLIGHT_LABEL_WORDS ? `${words.slice(0, HIGHLIGHT_LABEL_WORDS).join(' ')}…` : text;
}

export function AddQuote({ mainText, highlights, onAdd }: AddQuoteProps) {
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const pageText = useRef<HTMLDivElement>(null);
  const uid = useId();

  const add = (quotation: string) => {
    const problem = onAdd(quotation);
    setError(problem ?? null);
    setAdded(problem ? null : 'Quote added to the list above.');
    return !problem;
  };
  const addSelection = () => {
    const selection = window.getSelection();
    const inPage = selection && selection.rangeCount > 0 && pageText.current?.contains(selection.getRangeAt(0).commonAncestorContainer);
    add(inPage ? selection.toString() : '');
  };

  return (
    <fieldset className="cap-section cap-add" aria-labelledby={`${uid}-legend`}>
      <legend id={`${uid}-legend`}>Add a quote</legend>
      <p className="hl-hint">Select words in the page’s text and add them, paste a quote, or use one of your highlights on this page.</p>
      {error && (
        <p id={`${uid}-error`} className="hl-error" role="alert">
          {error}
        </p>
      )}
      {added && <p role="status">{added}</p>}
      <div ref={pageText} className="cap-page-text" role="region" aria-label="Page text" tabIndex={0}>
        {mainText}
      </div>
      <div>
        <Button onClick={addSelection}>Add the selected text</Button>
      </div>
      <Field label="Paste a quote">
        {(control) => (
          <textarea
            {...control}
            className="hl-control"
            value={pasted}
            rows={3}
            onChange={(e) => setPasted(e.target.value)}
            {...(error ? { 'aria-describedby': `${uid}-error` } : {})}
          />
        )}
      </Field>
      <div>
        <Button onClick={() => add(pasted) && setPasted('')}>Add quote</Button>
      </div>
      {highlights.length > 0 && (
        <ul className="cap-highlights" aria-label="Your highlights on this page">
          {highlights.map((h) => (
            <li key={h.id}>
              <Button onClick={() => add(h.target.selector[0].exact)}>Add highlight as a quote: {firstWords(h.target.selector[0].exact)}</Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
