// The inline form that edits one highlight: note, tags, colour, speaker, organisation,
// stance and topics. Save sends only what changed; Cancel or Escape closes without
// saving. New people and organisations are created from the comboboxes on the spot.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { HighlightActions, Vocabulary } from '@/lib/highlights-view';
import type { Annotation, OrganisationKind, StanceId } from '@/lib/schema';
import { STANCES, stanceDefinition } from '@/lib/stances';
import { ColourSwatch } from './ColourSwatch';
import { Combobox, type ComboOption, type ComboValue } from './Combobox';
import {
  changedFields,
  errorText,
  fieldsOf,
  formatTags,
  HIGHLIGHT_COLOURS,
  nameOf,
  ORGANISATION_KINDS,
  organisationKindLabel,
  parseTags,
  type HighlightFields,
} from './highlight-format';
import { scrollIntoViewWithin } from './scroll';

export type EditorActions = Pick<HighlightActions, 'onUpdate' | 'onCreatePerson' | 'onCreateOrganisation'>;

export interface HighlightEditorProps {
  annotation: Annotation;
  vocabulary: Vocabulary;
  actions: EditorActions;
  /** Closes the editor: after a save (`saved`), or on Cancel and Escape. */
  onClose(saved: boolean): void;
}

/** Records created while the editor is open come first into its lists, before the vocabulary catches up. */
function withCreated(options: readonly ComboOption[], created: readonly ComboOption[]): ComboOption[] {
  const known = new Set(options.map((o) => o.id));
  return [...options, ...created.filter((o) => !known.has(o.id))];
}

interface NewOrganisation {
  name: string;
  kind: OrganisationKind | '';
}

export function HighlightEditor({ annotation, vocabulary, actions, onClose }: HighlightEditorProps) {
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const speakerRef = useRef<HTMLInputElement>(null);
  const organisationRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);

  // Changes are measured against the highlight as it was when the editor opened, so a
  // field the user left alone is never sent back, even if the highlight changed meanwhile.
  const [before] = useState<HighlightFields>(() => fieldsOf(annotation));
  const [initialTags] = useState(() => formatTags(annotation.tags));
  const [note, setNote] = useState(before.note);
  const [tagsText, setTagsText] = useState(initialTags);
  const [colour, setColour] = useState(before.colour);
  const [speaker, setSpeaker] = useState<ComboValue>(() => ({
    id: before.speakerId,
    text: nameOf(vocabulary.people, before.speakerId),
  }));
  const [organisation, setOrganisation] = useState<ComboValue>(() => ({
    id: before.organisationId,
    text: nameOf(vocabulary.organisations, before.organisationId),
  }));
  const [stance, setStance] = useState<StanceId | ''>(before.stance ?? '');
  const [topicIds, setTopicIds] = useState<string[]>(before.topicIds);
  const [createdPeople, setCreatedPeople] = useState<ComboOption[]>([]);
  const [createdOrganisations, setCreatedOrganisations] = useState<ComboOption[]>([]);
  const [newOrganisation, setNewOrganisation] = useState<NewOrganisation | null>(null);
  const [busy, setBusy] = useState<'saving' | 'creating' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<'speaker' | 'organisation' | null>(null);

  const people = withCreated(vocabulary.people, createdPeople);
  const organisations = withCreated(vocabulary.organisations, createdOrganisations);
  // Topics the highlight has but the vocabulary lacks stay listed, so they can be unticked.
  const topics = [
    ...vocabulary.topics,
    ...before.topicIds.filter((id) => !vocabulary.topics.some((t) => t.id === id)).map((id) => ({ id, label: id })),
  ];

  const ids = {
    error: `${uid}-error`,
    tagsHint: `${uid}-tags-hint`,
    stanceHint: `${uid}-stance-hint`,
    kind: `${uid}-kind`,
  };

  useEffect(() => {
    noteRef.current?.focus({ preventScroll: true });
    if (formRef.current) scrollIntoViewWithin(formRef.current);
  }, []);

  const choosingKind = newOrganisation !== null;
  useEffect(() => {
    if (choosingKind) kindRef.current?.focus({ preventScroll: true });
  }, [choosingKind]);

  async function createPerson(name: string) {
    if (busy) return;
    setBusy('creating');
    setError(null);
    try {
      const person = await actions.onCreatePerson(name);
      setCreatedPeople((list) => [...list, person]);
      setSpeaker({ id: person.id, text: person.name });
      setInvalid((field) => (field === 'speaker' ? null : field));
    } catch (err) {
      setError(`Could not create “${name}”: ${errorText(err)}`);
    } finally {
      setBusy(null);
    }
  }

  async function createOrganisation() {
    if (!newOrganisation || busy) return;
    const { name, kind } = newOrganisation;
    if (kind === '') {
      setError(`Choose what kind of organisation “${name}” is.`);
      kindRef.current?.focus();
      return;
    }
    setBusy('creating');
    setError(null);
    try {
      const created = await actions.onCreateOrganisation(name, kind);
      setCreatedOrganisations((list) => [...list, created]);
      setOrganisation({ id: created.id, text: created.name });
      setInvalid((field) => (field === 'organisation' ? null : field));
      setNewOrganisation(null);
      organisationRef.current?.focus();
    } catch (err) {
      setError(`Could not create “${name}”: ${errorText(err)}`);
    } finally {
      setBusy(null);
    }
  }

  function cancelNewOrganisation() {
    setNewOrganisation(null);
    setError(null);
    organisationRef.current?.focus();
  }

  /** A name typed but neither chosen nor created cannot be saved: say so rather than drop it. */
  function unresolved(): boolean {
    const fields = [
      { key: 'speaker', value: speaker, ref: speakerRef, what: 'a speaker' },
      { key: 'organisation', value: organisation, ref: organisationRef, what: 'an organisation' },
    ] as const;
    for (const field of fields) {
      const text = field.value.text.trim();
      if (text && field.value.id === null) {
        setInvalid(field.key);
        setError(`“${text}” is not in your list. Choose ${field.what} from the suggestions, or create one.`);
        field.ref.current?.focus();
        return true;
      }
    }
    setInvalid(null);
    return false;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (unresolved()) return;
    const after: HighlightFields = {
      note,
      // Untouched tags are kept as they are, even ones a comma-separated field cannot hold.
      tags: tagsText === initialTags ? before.tags : parseTags(tagsText),
      colour,
      speakerId: speaker.text.trim() ? speaker.id : null,
      organisationId: organisation.text.trim() ? organisation.id : null,
      stance: stance === '' ? null : stance,
      topicIds,
    };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) {
      onClose(false);
      return;
    }
    setBusy('saving');
    setError(null);
    try {
      await actions.onUpdate(annotation.id, changes);
      onClose(true);
    } catch (err) {
      setError(`Could not save your changes: ${errorText(err)}`);
      setBusy(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Inner widgets (an open list, the new-organisation step) handle their own Escape first.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="pl-form"
      aria-label="Edit highlight"
      aria-describedby={error ? ids.error : undefined}
      aria-busy={busy !== null}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
    >
      <div className="pl-field">
        <label htmlFor={`${uid}-note`} className="pl-label">
          Note
        </label>
        <textarea
          ref={noteRef}
          id={`${uid}-note`}
          className="pl-input pl-textarea"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>

      <div className="pl-field">
        <label htmlFor={`${uid}-tags`} className="pl-label">
          Tags
        </label>
        <input
          id={`${uid}-tags`}
          className="pl-input"
          type="text"
          autoComplete="off"
          aria-describedby={ids.tagsHint}
          value={tagsText}
          onChange={(event) => setTagsText(event.target.value)}
        />
        <p id={ids.tagsHint} className="pl-hint">
          Separate tags with commas.
        </p>
      </div>

      <fieldset className="pl-fieldset">
        <legend className="pl-label">Colour</legend>
        <div className="pl-radios">
          {HIGHLIGHT_COLOURS.map((c) => (
            <label key={c} className="pl-radio">
              <input
                type="radio"
                name={`${uid}-colour`}
                value={c}
                checked={colour === c}
                onChange={() => setColour(c)}
              />
              <ColourSwatch colour={c} />
            </label>
          ))}
        </div>
      </fieldset>

      <Combobox
        label="Speaker"
        options={people}
        value={speaker}
        onChange={setSpeaker}
        onCreate={(name) => void createPerson(name)}
        inputRef={speakerRef}
        invalid={invalid === 'speaker'}
        describedBy={invalid === 'speaker' ? ids.error : undefined}
      />

      <Combobox
        label="Organisation"
        options={organisations}
        value={organisation}
        onChange={(value) => {
          setOrganisation(value);
          setNewOrganisation(null);
        }}
        onCreate={(name) => {
          setError(null);
          setNewOrganisation({ name, kind: '' });
        }}
        inputRef={organisationRef}
        invalid={invalid === 'organisation'}
        describedBy={invalid === 'organisation' ? ids.error : undefined}
      />

      {newOrganisation && (
        <fieldset
          className="pl-fieldset pl-newrecord"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              cancelNewOrganisation();
            }
          }}
        >
          <legend className="pl-label">New organisation: “{newOrganisation.name}”</legend>
          <div className="pl-field">
            <label htmlFor={ids.kind} className="pl-label">
              Kind of organisation
            </label>
            <select
              ref={kindRef}
              id={ids.kind}
              className="pl-input pl-select"
              value={newOrganisation.kind}
              onChange={(event) =>
                setNewOrganisation({ ...newOrganisation, kind: event.target.value as OrganisationKind | '' })
              }
            >
              <option value="">Choose a kind…</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {organisationKindLabel(kind)}
                </option>
              ))}
            </select>
          </div>
          <div className="pl-form__actions">
            <button type="button" className="pl-button" onClick={() => void createOrganisation()}>
              {busy === 'creating' ? 'Creating…' : 'Create organisation'}
            </button>
            <button type="button" className="pl-button pl-button--plain" onClick={cancelNewOrganisation}>
              Cancel<span className="pl-sr"> new organisation</span>
            </button>
          </div>
        </fieldset>
      )}

      <div className="pl-field">
        <label htmlFor={`${uid}-stance`} className="pl-label">
          Stance
        </label>
        <select
          id={`${uid}-stance`}
          className="pl-input pl-select"
          aria-describedby={stance ? ids.stanceHint : undefined}
          value={stance}
          onChange={(event) => setStance(event.target.value as StanceId | '')}
        >
          <option value="">None</option>
          {STANCES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {stance && (
          <p id={ids.stanceHint} className="pl-hint">
            {stanceDefinition(stance).definition}
          </p>
        )}
      </div>

      <fieldset className="pl-fieldset">
        <legend className="pl-label">Topics</legend>
        {topics.length === 0 ? (
          <p className="pl-hint">No topics yet.</p>
        ) : (
          <ul className="pl-checks">
            {topics.map((topic) => (
              <li key={topic.id}>
                <label className="pl-check">
                  <input
                    type="checkbox"
                    checked={topicIds.includes(topic.id)}
                    onChange={(event) => {
                      const { checked } = event.target;
                      setTopicIds((list) =>
                        checked ? [...list.filter((id) => id !== topic.id), topic.id] : list.filter((id) => id !== topic.id),
                      );
                    }}
                  />
                  {topic.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      {busy === 'creating' && !newOrganisation && (
        <p className="pl-hint">Creating…</p>
      )}
      {error && (
        <p id={ids.error} role="alert" className="pl-form__error">
          {error}
        </p>
      )}

      <div className="pl-form__actions">
        <button type="submit" className="pl-button pl-button--primary" aria-disabled={busy !== null}>
          {busy === 'saving' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="pl-button" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
