// "Capture this page as a statement": everything read from the page and proposed by
// the attribution parser is shown for the analyst to confirm or correct; nothing is
// saved until they do, and each problem is shown beside the field that caused it.
// Built from the UI kit (components/ui): page shell, fields, buttons, empty states.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { Field } from '@/components/ui/Field';
import { PageShell } from '@/components/ui/PageShell';
import { StanceBadge } from '@/components/ui/StanceBadge';
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

const PAGE_TITLE = 'Capture a statement';

export function CapturePage({ db, captureId, onSaved }: { db: PolicyLensDb; captureId: string; onSaved(statementId: string): Promise<void> }) {
  const [known, setKnown] = useState<Known | null | 'missing'>(null);
  const [fields, setFields] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

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
        quotes: proposeQuotes(capture.metadata.mainText, people, organisations, capture.metadata.author, topics, {
          url: capture.metadata.canonicalUrl ?? capture.url,
          ...(capture.metadata.publisher ? { name: capture.metadata.publisher } : {}),
        }),
      });
    })();
  }, [db, captureId]);

  if (known === 'missing') {
    return (
      <PageShell title={PAGE_TITLE}>
        <EmptyState>This capture is no longer available: capture the page again.</EmptyState>
      </PageShell>
    );
  }
  if (!known || !fields) return <PageShell title={PAGE_TITLE} busy>{null}</PageShell>;

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
      <PageShell title={PAGE_TITLE}>
        <p role="status">
          Saved. The page and its quotes are now recognised like the bundled statements:{' '}
          <a className="cap-link" href={known.capture.url}>
            reload the page
          </a>
          .
        </p>
      </PageShell>
    );
  }

  const suggestion = known.suggestedEvent && (
    <>
      Suggested: {known.events.find((e) => e.id === known.suggestedEvent?.id)?.shortName}
      {known.suggestedEvent.words.length > 0 ? `, from the words: ${known.suggestedEvent.words.join(', ')}` : ''}
      {known.suggestedEvent.recent ? `${known.suggestedEvent.words.length > 0 ? ';' : ','} published shortly after it` : ''}.
    </>
  );

  return (
    <PageShell title={PAGE_TITLE}>
      <p>
        From{' '}
        <a className="cap-link" href={known.capture.url}>
          {known.capture.url}
        </a>
        . Check everything below; nothing is saved until you choose Save.
      </p>
      <form className="cap-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Capture">
        <fieldset className="cap-section">
          <legend>The statement</legend>
          <Field label="Policy event" hint={suggestion} error={errors.eventId}>
            {(control) => (
              <select {...control} className="hl-control" value={fields.eventId} onChange={(e) => set({ eventId: e.target.value })}>
                <option value="">Choose…</option>
                {known.events.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.shortName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Title" error={errors.title}>
            {(control) => <input {...control} className="hl-control" type="text" value={fields.title} onChange={(e) => set({ title: e.target.value })} />}
          </Field>
          <Field label="Kind">
            {(control) => (
              <select {...control} className="hl-control" value={fields.kind} onChange={(e) => set({ kind: StatementKind.parse(e.target.value) })}>
                {StatementKind.options.map((k) => (
                  <option key={k} value={k}>
                    {statementKindLabel(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <EntityPicker
            label="Publisher"
            emptyOption="A new organisation…"
            newLabel="New publisher’s name"
            options={known.organisations}
            id={fields.publisherId}
            name={fields.publisherName}
            onChange={(c) => set({ publisherId: c.id ?? fields.publisherId, publisherName: c.name ?? fields.publisherName })}
            error={errors.publisher}
          />
          <Field label="Published" error={errors.publishedDate}>
            {(control) => (
              <input {...control} className="hl-control" type="date" value={fields.publishedDate} onChange={(e) => set({ publishedDate: e.target.value })} />
            )}
          </Field>
        </fieldset>

        <fieldset className="cap-section">
          <legend>Quotes proposed from the text ({fields.quotes.length})</legend>
          {fields.quotes.length === 0 && <EmptyState>No quotations were found in the page’s text: add one under “Add a quote”.</EmptyState>}
          {errors.quotes && (
            <p className="hl-error" role="alert">
              {errors.quotes}
            </p>
          )}
          {fields.quotes.map((q, i) => (
            <fieldset key={q.key} className="cap-quote" aria-label={`Quote ${i + 1}`}>
              <label className="cap-inline">
                <input type="checkbox" checked={q.include} onChange={(e) => setQuote(i, { include: e.target.checked })} /> Keep this quote
              </label>
              <blockquote className="cap-quote__text">{q.text}</blockquote>
              <EntityPicker
                label="Speaker"
                emptyOption={q.speakerName ? 'A new person…' : 'No named person'}
                newLabel="New speaker’s name"
                options={known.people}
                id={q.speakerId}
                name={q.speakerName}
                onChange={(c) => setQuote(i, { speakerId: c.id ?? q.speakerId, speakerName: c.name ?? q.speakerName })}
              />
              <Field label="Role">
                {(control) => <input {...control} className="hl-control" type="text" value={q.role} onChange={(e) => setQuote(i, { role: e.target.value })} />}
              </Field>
              <EntityPicker
                label="Organisation"
                emptyOption="A new organisation…"
                newLabel="New organisation’s name"
                options={known.organisations}
                id={q.organisationId}
                name={q.organisationName}
                onChange={(c) => setQuote(i, { organisationId: c.id ?? q.organisationId, organisationName: c.name ?? q.organisationName })}
                error={errors[`quote-${i}-organisation`]}
              />
              <Field
                label="Stance"
                hint={q.cues.length > 0 ? `Suggested from the words: ${q.cues.join(', ')}.` : 'No stance words found: the suggestion is a guess.'}
              >
                {(control) => (
                  <div className="cap-stance">
                    <select {...control} className="hl-control" value={q.stance} onChange={(e) => setQuote(i, { stance: e.target.value as StanceId })}>
                      {STANCES.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.label}
                        </option>
                      ))}
                    </select>
                    <StanceBadge stance={q.stance} />
                  </div>
                )}
              </Field>
              <fieldset className="cap-topics" aria-invalid={errors[`quote-${i}-topics`] ? true : undefined}>
                <legend>Topics</legend>
                {q.suggestedTopics.length > 0 && (
                  <p className="hl-hint">
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
                {errors[`quote-${i}-topics`] && (
                  <p className="hl-error" role="alert">
                    {errors[`quote-${i}-topics`]}
                  </p>
                )}
              </fieldset>
            </fieldset>
          ))}
        </fieldset>
        <AddQuote mainText={known.capture.metadata.mainText} highlights={known.highlights} onAdd={addQuote} />
        <Field label="Kind of any new organisation">
          {(control) => (
            <select
              {...control}
              className="hl-control"
              value={fields.newOrganisationKind}
              onChange={(e) => set({ newOrganisationKind: OrganisationKind.parse(e.target.value) })}
            >
              {OrganisationKind.options.map((k) => (
                <option key={k} value={k}>
                  {organisationKindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {saveError && (
          <p role="alert" className="hl-error">
            Could not save: {saveError}
          </p>
        )}
        <div>
          <Button variant="primary" type="submit">
            Save statement
          </Button>
        </div>
      </form>
    </PageShell>
  );
}
