// Hand-built highlights and vocabulary for the tests of "Your highlights", with the
// bundled corpus's real names and topics (lib/corpus/corpus.json).
import type { HighlightItem, HighlightsModel, Vocabulary } from '@/lib/highlights-view';
import type { Annotation } from '@/lib/schema';
import { HOSTILE_TEXT } from './fixtures';

export const PAGE_URL = 'https://www.example.org/news/nhs-integration-plans';

export const vocabulary: Vocabulary = {
  people: [
    { id: 'chris-hopson', name: 'Chris Hopson' },
    { id: 'jennifer-dixon', name: 'Jennifer Dixon' },
    { id: 'matt-hancock', name: 'Matt Hancock' },
    { id: 'saffron-cordery', name: 'Saffron Cordery' },
  ],
  organisations: [
    { id: 'dhsc', name: 'Department of Health and Social Care' },
    { id: 'nhs-providers', name: 'NHS Providers' },
    { id: 'nuffield-trust', name: 'Nuffield Trust' },
    { id: 'health-foundation', name: 'The Health Foundation' },
  ],
  topics: [
    { id: 'funding', label: 'Funding' },
    { id: 'integrated-care-and-collaboration', label: 'Integrated care and collaboration' },
    { id: 'pooled-budgets', label: 'Pooled budgets' },
    { id: 'workforce', label: 'Workforce' },
  ],
};

export function annotation(id: string, exact: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    origin: 'user',
    createdAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:00:00.000Z',
    url: PAGE_URL,
    pageTitle: 'Plans for more integration of NHS and social care',
    target: {
      source: PAGE_URL,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
      ],
    },
    note: '',
    tags: [],
    colour: 'yellow',
    topicIds: [],
    ...fields,
  };
}

/** Fully attributed: note, tags, speaker, organisation, stance and a topic. */
export const hopsonHighlight = annotation(
  'hl-hopson',
  'Trust leaders will welcome the emphasis on collaboration rather than competition.',
  {
    note: 'Compare with the 2022 white paper.\nAsk the policy team.',
    tags: ['integration', 'follow-up'],
    colour: 'green',
    speakerId: 'chris-hopson',
    organisationId: 'nhs-providers',
    stance: 'supportive-with-reservations',
    topicIds: ['integrated-care-and-collaboration'],
  },
);

/** Nothing but the words. */
export const plainHighlight = annotation('hl-plain', 'The reforms come at a time of unprecedented pressure.');

/** Saved on an earlier version of the page: its words are gone. */
export const orphanHighlight = annotation('hl-orphan', 'A paragraph the publisher has since removed.', {
  note: 'Quoted in the March briefing',
  colour: 'pink',
});

export const items: HighlightItem[] = [
  { annotation: hopsonHighlight, anchored: true },
  { annotation: plainHighlight, anchored: true },
  { annotation: orphanHighlight, anchored: false },
];

export const model: HighlightsModel = { items, vocabulary, editingId: null };

export const hostileHighlight = annotation('hl-hostile', `<script>alert(1)</script> ${HOSTILE_TEXT}`, {
  note: '<img src=x onerror=alert(2)> <b>bold</b> & "quoted"',
  tags: ['<i>tag</i>'],
  speakerId: 'unknown-person',
  topicIds: ['unknown-topic'],
});
