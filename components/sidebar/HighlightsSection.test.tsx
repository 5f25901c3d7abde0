// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightActions, HighlightItem, HighlightsModel } from '@/lib/highlights-view';
import { stanceDefinition } from '@/lib/stances';
import { HOSTILE_TEXT } from '../../test-support/sidebar/fixtures';
import { ORPHAN_EXPLANATION } from './HighlightCard';
import {
  hopsonHighlight,
  hostileHighlight,
  items,
  model,
  orphanHighlight,
  plainHighlight,
  vocabulary,
} from '../../test-support/sidebar/highlight-fixtures';
import { HighlightsSection } from './HighlightsSection';

afterEach(cleanup);

function mockActions(overrides: Partial<HighlightActions> = {}) {
  return {
    onShowHighlight: vi.fn<HighlightActions['onShowHighlight']>(),
    onUpdate: vi.fn<HighlightActions['onUpdate']>(() => Promise.resolve()),
    onDelete: vi.fn<HighlightActions['onDelete']>(() => Promise.resolve()),
    onUndoDelete: vi.fn<HighlightActions['onUndoDelete']>(() => Promise.resolve()),
    onCreatePerson: vi.fn<HighlightActions['onCreatePerson']>((name) =>
      Promise.resolve({ id: name.toLowerCase().replace(/\W+/g, '-'), name }),
    ),
    onCreateOrganisation: vi.fn<HighlightActions['onCreateOrganisation']>((name) =>
      Promise.resolve({ id: name.toLowerCase().replace(/\W+/g, '-'), name }),
    ),
    ...overrides,
  };
}

function renderSection(highlights: Partial<HighlightsModel> = {}, overrides: Partial<HighlightActions> = {}) {
  const actions = mockActions(overrides);
  const props = { highlights: { ...model, ...highlights }, actions };
  const result = render(<HighlightsSection {...props} />);
  return { ...result, actions, props, user: userEvent.setup() };
}

const section = () => screen.getByRole('region', { name: 'Your highlights' });
const card = (text: string) => within(section()).getByRole('article', { name: new RegExp(`^Highlight: ${text}`) });
const hopson = () => card('Trust leaders');
const plain = () => card('The reforms');
const orphan = () => card('A paragraph');
const button = (scope: HTMLElement, name: string) => within(scope).getByRole('button', { name: new RegExp(`^${name}`) });
const form = () => screen.getByRole('form', { name: 'Edit highlight' });
const field = (name: string) => within(form()).getByRole('textbox', { name });
const combobox = (name: string) => within(form()).getByRole('combobox', { name });
const options = (name: string) =>
  within(screen.getByRole('listbox', { name })).getAllByRole('option').map((o) => o.textContent);

describe('Your highlights', () => {
  it('is a region named by its heading, with a count, listing found highlights in page order', () => {
    renderSection();
    const region = section();
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Your highlights');
    expect(within(region).getByText('3 highlights')).toBeTruthy();
    const list = within(region).getAllByRole('list')[0]!;
    expect(list.tagName).toBe('OL');
    const cards = within(region).getAllByRole('article');
    expect(cards.map((c) => c.dataset.highlightId)).toEqual(['hl-hopson', 'hl-plain', 'hl-orphan']);
  });

  it('shows the words, colour, note, speaker, organisation, stance, topics and tags', () => {
    renderSection();
    const c = hopson();
    expect(c.querySelector('blockquote')!.textContent).toBe(hopsonHighlight.target.selector[0].exact);
    expect(c.textContent).toContain('Green');
    expect(c.querySelector('.pl-swatch--green')).toBeTruthy();
    const note = c.querySelector('.pl-hl__note')!;
    expect(note.textContent).toBe('Note: Compare with the 2022 white paper.\nAsk the policy team.');
    const facts = [...c.querySelectorAll('dt, dd')].map((e) => e.textContent);
    expect(facts).toEqual(['Speaker', 'Chris Hopson', 'Organisation', 'NHS Providers']);
    expect(
      within(c).getByRole('button', {
        name: 'Stance: Supportive with reservations',
        description: stanceDefinition('supportive-with-reservations').definition,
      }),
    ).toBeTruthy();
    const topics = within(within(c).getByRole('list', { name: 'Topics' })).getAllByRole('listitem');
    expect(topics.map((t) => t.textContent)).toEqual(['Integrated care and collaboration']);
    const tags = within(within(c).getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(tags.map((t) => t.textContent)).toEqual(['integration', 'follow-up']);

    // A bare highlight shows no empty attributions.
    expect(plain().querySelector('dl, .pl-hl__note, .pl-stance')).toBeNull();
    expect(within(plain()).queryByRole('list')).toBeNull();
  });

  it('truncates long highlighted text with the quote toggle', async () => {
    const long = `${'Integrated care systems will bring together NHS and local government. '.repeat(6)}End.`;
    const { user } = renderSection({ items: [{ annotation: { ...plainHighlight, target: { ...plainHighlight.target, selector: [{ ...plainHighlight.target.selector[0], exact: long }, plainHighlight.target.selector[1]] } }, anchored: true }] });
    const c = card('Integrated care');
    expect(c.querySelector('blockquote')!.textContent!.endsWith('…')).toBe(true);
    await user.click(within(c).getByRole('button', { name: 'Show full quote' }));
    expect(c.querySelector('blockquote')!.textContent).toBe(long);
  });

  it('calls onShowHighlight with the id, from a button named after the highlight', async () => {
    const { user, actions } = renderSection();
    const show = button(plain(), 'Show in page');
    expect(show.textContent).toBe('Show in page: The reforms come at a time of unprecedented pressure.');
    await user.click(show);
    expect(actions.onShowHighlight).toHaveBeenCalledWith('hl-plain');
    expect(actions.onUpdate).not.toHaveBeenCalled();
  });

  it('lists orphans in their own sub-section with the explanation, Edit and Delete, and no Show in page', () => {
    renderSection();
    const orphans = within(section()).getByRole('region', { name: 'Not found on this page' });
    expect(within(orphans).getByRole('heading', { level: 3 }).textContent).toBe('Not found on this page');
    const c = within(orphans).getByRole('article');
    expect(c).toBe(orphan());
    expect(c.querySelector('blockquote')!.textContent).toBe(orphanHighlight.target.selector[0].exact);
    expect(c.textContent).toContain('Quoted in the March briefing');
    expect(within(c).getByText(ORPHAN_EXPLANATION)).toBeTruthy();
    expect(ORPHAN_EXPLANATION).toBe('The page has changed since you saved this highlight.');
    expect(within(c).queryByRole('button', { name: /^Show in page/ })).toBeNull();
    expect(button(c, 'Edit')).toBeTruthy();
    expect(button(c, 'Delete')).toBeTruthy();
    // Found highlights are not in the orphans' list.
    expect(within(orphans).queryByRole('article', { name: /^Highlight: Trust leaders/ })).toBeNull();
  });

  it('keeps the section when no highlight could be found, and says so', () => {
    renderSection({ items: [{ annotation: orphanHighlight, anchored: false }] });
    expect(within(section()).getByText('None of your highlights could be found on this page.')).toBeTruthy();
    expect(within(section()).getByText('1 highlight')).toBeTruthy();
    expect(orphan()).toBeTruthy();
  });

  it('renders nothing but an empty status region without highlights', () => {
    renderSection({ items: [] });
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('is read-only without actions', () => {
    render(<HighlightsSection highlights={model} />);
    expect(within(section()).queryAllByRole('button', { name: /^(Show in page|Edit|Delete)/ })).toHaveLength(0);
    expect(hopson().textContent).toContain('Chris Hopson');
  });

  it('marks and focuses the card of a highlight picked in the page', () => {
    const actions = mockActions();
    const { rerender } = render(<HighlightsSection highlights={model} actions={actions} focusedId={null} />);
    expect(within(section()).queryAllByRole('article', { current: true })).toHaveLength(0);
    rerender(<HighlightsSection highlights={model} actions={actions} focusedId="hl-plain" />);
    expect(document.activeElement).toBe(plain());
    expect(plain().getAttribute('aria-current')).toBe('true');
  });

  it('shows text that looks like HTML literally and creates no element from it', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    renderSection({ items: [{ annotation: hostileHighlight, anchored: true }] });
    const region = section();
    expect(region.querySelector('script, img, b, i')).toBeNull();
    const c = within(region).getByRole('article');
    expect(c.querySelector('blockquote')!.textContent).toBe(`<script>alert(1)</script> ${HOSTILE_TEXT}`);
    expect(c.querySelector('.pl-hl__note')!.textContent).toBe('Note: <img src=x onerror=alert(2)> <b>bold</b> & "quoted"');
    expect(c.querySelector('.pl-hl__note')!.innerHTML).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(within(c).getByText('<i>tag</i>')).toBeTruthy();
    // Ids the vocabulary does not know are shown as they are, not dropped.
    expect(c.textContent).toContain('unknown-person');
    expect(c.textContent).toContain('unknown-topic');
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('editing a highlight', () => {
  it('opens an inline form with labelled fields, focused on the note', async () => {
    const { user } = renderSection();
    await user.click(button(hopson(), 'Edit'));
    const f = within(hopson()).getByRole('form', { name: 'Edit highlight' });
    expect(f.tagName).toBe('FORM');
    expect(document.activeElement).toBe(field('Note'));
    expect(field('Note').tagName).toBe('TEXTAREA');
    expect((field('Note') as HTMLTextAreaElement).value).toBe(hopsonHighlight.note);
    expect((field('Tags') as HTMLInputElement).value).toBe('integration, follow-up');
    expect(within(f).getByRole('group', { name: 'Colour' })).toBeTruthy();
    const colours = within(f).getAllByRole('radio');
    expect(colours.map((r) => r.closest('label')!.textContent)).toEqual(['Yellow', 'Green', 'Blue', 'Pink', 'Purple']);
    expect((within(f).getByRole('radio', { name: 'Green' }) as HTMLInputElement).checked).toBe(true);
    expect((combobox('Speaker') as HTMLInputElement).value).toBe('Chris Hopson');
    expect((combobox('Organisation') as HTMLInputElement).value).toBe('NHS Providers');
    const stance = within(f).getByRole('combobox', { name: 'Stance' }) as HTMLSelectElement;
    expect(stance.tagName).toBe('SELECT');
    expect(stance.value).toBe('supportive-with-reservations');
    expect([...stance.options].map((o) => o.text)).toEqual([
      'None',
      'Supportive',
      'Supportive with reservations',
      'Mixed',
      'Critical',
      'Opposed',
    ]);
    const topics = within(within(f).getByRole('group', { name: 'Topics' })).getAllByRole('checkbox');
    expect(topics.map((t) => t.closest('label')!.textContent)).toEqual(vocabulary.topics.map((t) => t.label));
    expect(topics.map((t) => (t as HTMLInputElement).checked)).toEqual([false, true, false, false]);
    // The details give way to the form; the card's buttons too.
    expect(within(hopson()).queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('saves only the note and tags when only they changed, then closes and returns focus to Edit', async () => {
    const { user, actions } = renderSection();
    await user.click(button(hopson(), 'Edit'));
    await user.clear(field('Note'));
    await user.type(field('Note'), 'Seen in the Guardian too');
    await user.clear(field('Tags'));
    await user.type(field('Tags'), 'integration, Guardian,  , integration ,op-ed');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));

    expect(actions.onUpdate).toHaveBeenCalledTimes(1);
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-hopson', {
      note: 'Seen in the Guardian too',
      tags: ['integration', 'Guardian', 'op-ed'],
    });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(button(hopson(), 'Edit'));
  });

  it('sends null to clear speaker, organisation and stance, and the changed colour and topics', async () => {
    const { user, actions } = renderSection();
    await user.click(button(hopson(), 'Edit'));
    await user.clear(combobox('Speaker'));
    await user.clear(combobox('Organisation'));
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stance' }), 'None');
    await user.click(within(form()).getByRole('radio', { name: 'Purple' }));
    await user.click(within(form()).getByRole('checkbox', { name: 'Workforce' }));
    await user.click(within(form()).getByRole('checkbox', { name: 'Integrated care and collaboration' }));
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-hopson', {
      colour: 'purple',
      speakerId: null,
      organisationId: null,
      stance: null,
      topicIds: ['workforce'],
    });
  });

  it('closes without calling onUpdate when nothing changed', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    await user.type(field('Tags'), 'x{Backspace}');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(actions.onUpdate).not.toHaveBeenCalled();
  });

  it('chooses a speaker from the combobox by typing and the keyboard', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    const speaker = combobox('Speaker');
    expect(speaker.getAttribute('aria-expanded')).toBe('false');
    await user.type(speaker, 'dix');
    expect(speaker.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Speaker' });
    expect(speaker.getAttribute('aria-controls')).toBe(list.id);
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Jennifer Dixon', 'Create “dix”']);

    await user.keyboard('{ArrowDown}');
    const active = within(list).getByRole('option', { name: 'Jennifer Dixon' });
    expect(speaker.getAttribute('aria-activedescendant')).toBe(active.id);
    expect(active.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect((speaker as HTMLInputElement).value).toBe('Jennifer Dixon');
    expect(speaker.getAttribute('aria-expanded')).toBe('false');
    // Enter chose the option; it did not submit the form.
    expect(actions.onUpdate).not.toHaveBeenCalled();
    expect(form()).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-plain', { speakerId: 'jennifer-dixon' });
  });

  it('matches names regardless of case and accents, and resolves an exactly typed name', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    await user.type(combobox('Organisation'), 'nuffiéld TRUST');
    // The exact name is recognised as it is typed: the option is marked current.
    expect(options('Organisation')).toEqual(['Nuffield Trust (current)']);
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-plain', { organisationId: 'nuffield-trust' });
  });

  it('creates a new person from the combobox and saves them as the speaker', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    await user.type(combobox('Speaker'), 'Jane Doe');
    await user.click(screen.getByRole('option', { name: 'Create “Jane Doe”' }));
    expect(actions.onCreatePerson).toHaveBeenCalledWith('Jane Doe');
    await waitFor(() => expect(combobox('Speaker').getAttribute('aria-invalid')).toBeNull());
    expect((combobox('Speaker') as HTMLInputElement).value).toBe('Jane Doe');
    expect(document.activeElement).toBe(combobox('Speaker'));

    // The new person is in the list at once, before the vocabulary catches up.
    await user.clear(combobox('Speaker'));
    await user.type(combobox('Speaker'), 'jane');
    expect(options('Speaker')).toEqual(['Jane Doe', 'Create “jane”']);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-plain', { speakerId: 'jane-doe' });
    expect(actions.onCreatePerson).toHaveBeenCalledTimes(1);
  });

  it('asks for the kind of a new organisation, then creates it', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    await user.type(combobox('Organisation'), 'Acme Health Trust');
    await user.keyboard('{ArrowDown}');
    const list = screen.getByRole('listbox', { name: 'Organisation' });
    expect(within(list).getByRole('option', { selected: true }).textContent).toBe('Create “Acme Health Trust”');
    await user.keyboard('{Enter}');
    expect(actions.onCreateOrganisation).not.toHaveBeenCalled();

    const step = within(form()).getByRole('group', { name: 'New organisation: “Acme Health Trust”' });
    const kind = within(step).getByRole('combobox', { name: 'Kind of organisation' }) as HTMLSelectElement;
    expect(document.activeElement).toBe(kind);
    expect([...kind.options].map((o) => o.text)).toEqual([
      'Choose a kind…',
      'Government department',
      'National NHS body',
      'Membership body',
      'Think tank or charity',
      'Royal college or academy',
      'Professional body or union',
      'Local government body',
      'Political party',
      'News publisher',
    ]);

    // A kind must be chosen.
    await user.click(within(step).getByRole('button', { name: 'Create organisation' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose what kind of organisation “Acme Health Trust” is.');
    expect(actions.onCreateOrganisation).not.toHaveBeenCalled();

    await user.selectOptions(kind, 'Think tank or charity');
    await user.click(within(step).getByRole('button', { name: 'Create organisation' }));
    expect(actions.onCreateOrganisation).toHaveBeenCalledWith('Acme Health Trust', 'think-tank-or-charity');
    await waitFor(() => expect(within(form()).queryByRole('group', { name: /^New organisation/ })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(combobox('Organisation'));

    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-plain', { organisationId: 'acme-health-trust' });
  });

  it('refuses to save a typed name that was neither chosen nor created', async () => {
    const { user, actions } = renderSection();
    await user.click(button(plain(), 'Edit'));
    await user.type(combobox('Speaker'), 'Someone New');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('“Someone New” is not in your list. Choose a speaker from the suggestions, or create one.');
    expect(combobox('Speaker').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(combobox('Speaker'));
  });

  it('shows the error from onUpdate beside the form and keeps the edits', async () => {
    const { user, actions } = renderSection({}, { onUpdate: vi.fn(() => Promise.reject(new Error('The database is closed'))) });
    await user.click(button(plain(), 'Edit'));
    await user.type(field('Note'), 'Important');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(actions.onUpdate).toHaveBeenCalledWith('hl-plain', { note: 'Important' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not save your changes: The database is closed');
    expect(form().contains(alert)).toBe(true);
    expect((field('Note') as HTMLTextAreaElement).value).toBe('Important');
    expect(within(form()).getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('shows the error when a person cannot be created', async () => {
    const { user } = renderSection({}, { onCreatePerson: vi.fn(() => Promise.reject(new Error('Name taken'))) });
    await user.click(button(plain(), 'Edit'));
    await user.type(combobox('Speaker'), 'Jane Doe');
    await user.click(screen.getByRole('option', { name: 'Create “Jane Doe”' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not create “Jane Doe”: Name taken');
  });

  it('cancels on Cancel and on Escape, without saving; Escape first closes an open list', async () => {
    const { user, actions } = renderSection();
    await user.click(button(hopson(), 'Edit'));
    await user.type(field('Note'), ' Draft');
    await user.click(within(form()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(button(hopson(), 'Edit'));

    // Reopened, the draft is gone.
    await user.keyboard('{Enter}');
    expect((field('Note') as HTMLTextAreaElement).value).toBe(hopsonHighlight.note);
    await user.type(combobox('Speaker'), 'x');
    expect(combobox('Speaker').getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(combobox('Speaker').getAttribute('aria-expanded')).toBe('false');
    expect(form()).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(actions.onUpdate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(hopson(), 'Edit'));
  });

  it('reaches every field and button with Tab', async () => {
    const { user } = renderSection();
    await user.click(button(plain(), 'Edit'));
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      const el = document.activeElement as HTMLInputElement;
      reached.push(el.labels?.[0]?.textContent ?? el.textContent ?? '');
      await user.tab();
    }
    expect(reached).toEqual([
      'Note',
      'Tags',
      'Yellow',
      'Speaker',
      'Organisation',
      'Stance',
      'Funding',
      'Integrated care and collaboration',
      'Pooled budgets',
      'Workforce',
      'Save',
      'Cancel',
    ]);
  });

  it('opens the editor of editingId, focused on its first field', () => {
    render(<HighlightsSection highlights={{ ...model, editingId: 'hl-plain' }} actions={mockActions()} />);
    const f = within(plain()).getByRole('form', { name: 'Edit highlight' });
    expect(document.activeElement).toBe(within(f).getByRole('textbox', { name: 'Note' }));
    expect(screen.getAllByRole('form')).toHaveLength(1);
  });

  it('opens the editor when editingId changes while shown (a highlight just saved)', () => {
    const actions = mockActions();
    const { rerender } = render(<HighlightsSection highlights={model} actions={actions} />);
    expect(screen.queryByRole('form')).toBeNull();
    rerender(<HighlightsSection highlights={{ ...model, editingId: 'hl-orphan' }} actions={actions} />);
    expect(document.activeElement).toBe(within(orphan()).getByRole('textbox', { name: 'Note' }));
  });
});

describe('deleting a highlight', () => {
  it('deletes, says so in a status message with Undo, and Undo brings it back', async () => {
    const { user, actions } = renderSection();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    await user.click(button(plain(), 'Delete'));
    expect(actions.onDelete).toHaveBeenCalledWith('hl-plain');
    await waitFor(() => expect(status.textContent).toContain('Highlight deleted'));
    // Hidden at once, even before the owner sends the new list.
    expect(within(section()).queryByRole('article', { name: /^Highlight: The reforms/ })).toBeNull();
    expect(within(section()).getByText('2 highlights')).toBeTruthy();
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);

    await user.click(undo);
    expect(actions.onUndoDelete).toHaveBeenCalledWith('hl-plain');
    await waitFor(() => expect(status.textContent).toBe(''));
    expect(document.activeElement).toBe(plain());
    expect(within(section()).getByText('3 highlights')).toBeTruthy();
  });

  it('works with an owner that removes and restores the item', async () => {
    function Owner() {
      const [list, setList] = useState<HighlightItem[]>(items);
      const actions = mockActions({
        onDelete: (id) => {
          setList((l) => l.filter((i) => i.annotation.id !== id));
          return Promise.resolve();
        },
        onUndoDelete: (id) => {
          setList(items.filter((i) => i.annotation.id === id || list.includes(i)));
          return Promise.resolve();
        },
      });
      return <HighlightsSection highlights={{ ...model, items: list }} actions={actions} />;
    }
    const user = userEvent.setup();
    render(<Owner />);
    await user.click(button(orphan(), 'Delete'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Highlight deleted'));
    expect(within(section()).queryByRole('region', { name: 'Not found on this page' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement).toBe(orphan()));
  });

  it('keeps the Undo message after the last highlight is deleted', async () => {
    const { user, actions } = renderSection({ items: [{ annotation: plainHighlight, anchored: true }] });
    await user.click(button(plain(), 'Delete'));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Your highlights' })).toBeNull());
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(actions.onUndoDelete).toHaveBeenCalledWith('hl-plain');
    await waitFor(() => expect(plain()).toBeTruthy());
  });

  it('dismisses the message with its × button or Escape', async () => {
    const { user } = renderSection();
    await user.click(button(plain(), 'Delete'));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Highlight deleted'));
    await user.keyboard('{Escape}');
    expect(status.textContent).toBe('');
    // Focus stays in the section rather than falling to the page.
    expect(document.activeElement).toBe(section());

    await user.click(button(hopson(), 'Delete'));
    await waitFor(() => expect(status.textContent).toContain('Highlight deleted'));
    await user.click(within(status).getByRole('button', { name: 'Dismiss message' }));
    expect(status.textContent).toBe('');
  });

  it('shows why a delete failed, and keeps the highlight', async () => {
    const { user } = renderSection({}, { onDelete: vi.fn(() => Promise.reject(new Error('Storage is full'))) });
    await user.click(button(plain(), 'Delete'));
    const alert = await within(plain()).findByRole('alert');
    expect(alert.textContent).toBe('Could not delete this highlight: Storage is full');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows why an undo failed, and keeps the message', async () => {
    const { user } = renderSection({}, { onUndoDelete: vi.fn(() => Promise.reject(new Error('Gone'))) });
    await user.click(button(plain(), 'Delete'));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Highlight deleted'));
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status.textContent).toContain('Could not undo: Gone'));
    await act(() => Promise.resolve());
    expect(within(status).getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});
