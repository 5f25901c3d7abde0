// "Capture this page as a statement": everything read from the page and proposed by
// the attribution parser is shown for the analyst to confirm or correct; nothing is
// saved until they do, and each problem is shown beside the field that caused it.
import { useEffect, useId, useState } from 'react';
import { STANCES } from '@/lib/stances';
import { organisationKindLabel, statementKindLabel } from '@/lib/labels';
import { OrganisationKind, StatementKind } from '@/lib/schema';
import type { StanceId, Topic } from '@/lib/schema';
import { type Suggestion, suggestEvent } from '@/lib/capture/topic-suggestion';
import { type CaptureOptions, loadCaptureOptions } from '@/lib/storage/capture-options';
import { type EntityChoice, saveCapturedStatement } from '@/lib/storage/captures';
import type { PolicyLensDb } from '@/lib/storage/db';
import { AddQuote } from './AddQuote';
import { type QuoteProposal, manualProposal, proposeQuotes } from '@/lib/capture/capture-proposals';
import { EntityPicker } from './EntityPicker';

type Known = CaptureOptions & { suggestedEvent?: Suggestion & { recent: boolean } };

interface Fields {
  eventId: string;
  title: string;
  kind: StatementKind;
  publisherId: string;
  publisherName: string;
  newOrganisationKind: OrganisationKind;
  publishedDate: string;
  quotes: QuoteProposal[];
}

type Errors = Record<string, string>;

const choice = (id: string, name: string): EntityChoice | undefined =>
  id ? { id } : name.trim() ? { newName: name.trim() } : undefined;

function validate(fields: Fields): Errors {
  const errors: Errors = {};
  if (!fields.eventId) errors.eventId = 'Choose the policy event this statement answers.';
  if (!fields.title.trim()) errors.title = 'Give the statement a title.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.publishedDate)) errors.publishedDate = 'Give the date it was published.';
  if (!choice(fields.publisherId, fields.publisherName)) errors.publisher = 'Choose or name the publisher.';
  fields.quotes.forEach((q, i) => {
    if (!q.include) return;
    if (!choice(q.organisationId, q.organisationName)) errors[`quote-${i}-organisation`] = 'Choose or name the organisation.';
    if (q.topicIds.length === 0) errors[`quote-${i}-topics`] = 'Pick at least one topic.';
  });
  if (!fields.quotes.some((q) => q.include)) errors.quotes = 'Keep at least one quote, or add one under “Add a quote”.';
  return errors;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="cap-error" role="alert">
      {message}
    </p>
  ) : null;
}

export function CapturePage({ db, captureId, onSaved }: { db: PolicyLensDb; captureId: string; onSaved(statementId: string): Promise<void> }) {
  const [known, setKnown] = useState<Known | null | 'missing'>(null);
  const [fields, setFields] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const uid = useId();

  useEffect(() => {
    void (async () => {
      const options = await loadCaptureOptions(db, captureId);
      if (!options) return setKnown('missing');
      const { capture, events, people, organisations, topics } = options;
      const publisher = organisations.find((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === capture.metadata.publisher?.toLowerCase()));
      const suggestedEvent = suggestEvent(`${capture.metadata.title}\n${capture.metadata.mainText}`, capture.metadata.publishedDate, events);
      setKnown({ ...options, ...(suggestedEvent ? { suggestedEvent } : {}) });
      setFields({
        eventId: suggestedEvent?.id ?? '',
        title: capture.metadata.title,
        kind: 'press-statement',
        publisherId: publisher?.id ?? '',
        publisherName: publisher ? '' : (capture.metadata.publisher ?? ''),
        newOrganisationKind: 'membership-body',
        publishedDate: capture.metadata.publishedDate ?? '',
        quotes: proposeQuotes(capture.metadata.mainText, people, organisations, capture.metadata.author, topics),
      });
    })();
  }, [db, captureId]);

  if (known === 'missing') return <main className="cap"><h1>Capture a statement</h1><p>This capture is no longer available: capture the page again.</p></main>;
  if (!known || !fields) return <main className="cap" aria-busy="true"><h1>Capture a statement</h1></main>;

  const set = (change: Partial<Fields>) => setFields({ ...fields, ...change });
  const setQuote = (i: number, change: Partial<QuoteProposal>) =>
    set({ quotes: fields.quotes.map((q, j) => (j === i ? { ...q, ...change } : q)) });
  const addQuote = (quotation: string): string | undefined => {
    const added = manualProposal(known.capture.metadata.mainText, quotation, fields.quotes, known.topics);
    if ('error' in added) return added.error;
    set({ quotes: [...fields.quotes, added.proposal] });
    return undefined;
  };
  const topicLabel = (id: string) => known.topics.find((t: Topic) => t.id === id)?.label ?? id;
  const described = (key: string) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${uid}-${key}` } : {});

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(fields);
    setErrors(found);
    setSaveError(null);
    const publisher = choice(fields.publisherId, fields.publisherName);
    if (Object.keys(found).length > 0 || !publisher) return;
    try {
      const id = await saveCapturedStatement(db, {
        captureId,
        eventId: fields.eventId,
        kind: fields.kind,
        title: fields.title.trim(),
        publisher,
        newOrganisationKind: fields.newOrganisationKind,
        publishedDate: fields.publishedDate,
        canonicalUrl: known.capture.metadata.canonicalUrl ?? known.capture.url,
        text: known.capture.metadata.mainText,
        quotes: fields.quotes.flatMap((q) => {
          const organisation = choice(q.organisationId, q.organisationName);
          if (!q.include || !organisation) return [];
          return [{
            text: q.text,
            speaker: choice(q.speakerId, q.speakerName),
            organisation,
            role: q.role.trim() || undefined,
            stance: q.stance,
            topicIds: q.topicIds,
          }];
        }),
      });
      await onSaved(id);
      setSaved(id);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  if (saved) {
    return (
      <main className="cap">
        <h1>Capture a statement</h1>
        <p role="status">
          Saved. The page and its quotes are now recognised like the bundled statements:{' '}
          <a href={known.capture.url}>reload the page</a>.
        </p>
      </main>
    );
  }

  return (
    <main className="cap">
      <h1>Capture a statement</h1>
      <p>
        From <a href={known.capture.url}>{known.capture.url}</a>. Check everything below; nothing is saved until you choose Save.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Capture">
        <fieldset>
          <legend>The statement</legend>
          <label>
            Policy event
            <select value={fields.eventId} onChange={(e) => set({ eventId: e.target.value })} {...described('eventId')}>
              <option value="">Choose…</option>
              {known.events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.shortName}
                </option>
              ))}
            </select>
          </label>
          {known.suggestedEvent && (
            <p className="cap-hint">
              Suggested: {known.events.find((e) => e.id === known.suggestedEvent?.id)?.shortName}
              {known.suggestedEvent.words.length > 0 ? `, from the words: ${known.suggestedEvent.words.join(', ')}` : ''}
              {known.suggestedEvent.recent ? `${known.suggestedEvent.words.length > 0 ? ';' : ','} published shortly after it` : ''}.
            </p>
          )}
          <FieldError id={`${uid}-eventId`} message={errors.eventId} />
          <label>
            Title
            <input type="text" value={fields.title} onChange={(e) => set({ title: e.target.value })} {...described('title')} />
          </label>
          <FieldError id={`${uid}-title`} message={errors.title} />
          <label>
            Kind
            <select value={fields.kind} onChange={(e) => set({ kind: StatementKind.parse(e.target.value) })}>
              {StatementKind.options.map((k) => (
                <option key={k} value={k}>
                  {statementKindLabel(k)}
                </option>
              ))}
            </select>
          </label>
          <EntityPicker
            label="Publisher"
            emptyOption="A new organisation…"
            newLabel="New publisher’s name"
            options={known.organisations}
            id={fields.publisherId}
            name={fields.publisherName}
            onChange={(c) => set({ publisherId: c.id ?? fields.publisherId, publisherName: c.name ?? fields.publisherName })}
            invalid={described('publisher')}
          />
          <FieldError id={`${uid}-publisher`} message={errors.publisher} />
          <label>
            Published
            <input type="date" value={fields.publishedDate} onChange={(e) => set({ publishedDate: e.target.value })} {...described('publishedDate')} />
          </label>
          <FieldError id={`${uid}-publishedDate`} message={errors.publishedDate} />
        </fieldset>

        <fieldset>
          <legend>Quotes proposed from the text ({fields.quotes.length})</legend>
          {fields.quotes.length === 0 && <p>No quotations were found in the page’s text: add one under “Add a quote”.</p>}
          <FieldError id={`${uid}-quotes`} message={errors.quotes} />
          {fields.quotes.map((q, i) => (
            <fieldset key={q.key} className="cap-quote" aria-label={`Quote ${i + 1}`}>
              <label className="cap-inline">
                <input type="checkbox" checked={q.include} onChange={(e) => setQuote(i, { include: e.target.checked })} /> Keep this quote
              </label>
              <blockquote>{q.text}</blockquote>
              <EntityPicker
                label="Speaker"
                emptyOption={q.speakerName ? 'A new person…' : 'No named person'}
                newLabel="New speaker’s name"
                options={known.people}
                id={q.speakerId}
                name={q.speakerName}
                onChange={(c) => setQuote(i, { speakerId: c.id ?? q.speakerId, speakerName: c.name ?? q.speakerName })}
              />
              <label>
                Role
                <input type="text" value={q.role} onChange={(e) => setQuote(i, { role: e.target.value })} />
              </label>
              <EntityPicker
                label="Organisation"
                emptyOption="A new organisation…"
                newLabel="New organisation’s name"
                options={known.organisations}
                id={q.organisationId}
                name={q.organisationName}
                onChange={(c) => setQuote(i, { organisationId: c.id ?? q.organisationId, organisationName: c.name ?? q.organisationName })}
                invalid={described(`quote-${i}-organisation`)}
              />
              <FieldError id={`${uid}-quote-${i}-organisation`} message={errors[`quote-${i}-organisation`]} />
              <label>
                Stance
                <select value={q.stance} onChange={(e) => setQuote(i, { stance: e.target.value as StanceId })}>
                  {STANCES.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </label>
              <p className="cap-hint">
                {q.cues.length > 0 ? `Suggested from the words: ${q.cues.join(', ')}.` : 'No stance words found: the suggestion is a guess.'}
              </p>
              <fieldset {...described(`quote-${i}-topics`)}>
                <legend>Topics</legend>
                {q.suggestedTopics.length > 0 && (
                  <p className="cap-hint">
                    Suggested from the words: {q.suggestedTopics.map((t) => `${t.words.join(', ')} (${topicLabel(t.id)})`).join('; ')}.
                  </p>
                )}
                {known.topics.map((t) => (
                  <label key={t.id} className="cap-inline">
                    <input
                      type="checkbox"
                      checked={q.topicIds.includes(t.id)}
                      onChange={(e) =>
                        setQuote(i, { topicIds: e.target.checked ? [...q.topicIds, t.id] : q.topicIds.filter((id) => id !== t.id) })
                      }
                    />{' '}
                    {t.label}
                  </label>
                ))}
              </fieldset>
              <FieldError id={`${uid}-quote-${i}-topics`} message={errors[`quote-${i}-topics`]} />
            </fieldset>
          ))}
        </fieldset>
        <AddQuote mainText={known.capture.metadata.mainText} highlights={known.highlights} onAdd={addQuote} />
        <label>
          Kind of any new organisation
          <select value={fields.newOrganisationKind} onChange={(e) => set({ newOrganisationKind: OrganisationKind.parse(e.target.value) })}>
            {OrganisationKind.options.map((k) => (
              <option key={k} value={k}>
                {organisationKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        {saveError && <p role="alert" className="cap-error">Could not save: {saveError}</p>}
        <button type="submit">Save statement</button>
      </form>
    </main>
  );
}
