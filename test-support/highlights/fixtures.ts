// Saved highlights, people and organisations for the highlights tests (lib and page).
import type { Annotation, Organisation, Person } from '../../lib/schema';

const at = '2024-01-01T12:00:00.000Z';

export function person(id: string, name: string, aliases: string[] = []): Person {
  return { id, name, aliases, roles: [], origin: 'user', createdAt: at, updatedAt: at };
}

export function organisation(id: string, name: string, aliases: string[] = []): Organisation {
  return { id, name, aliases, kind: 'membership-body', origin: 'user', createdAt: at, updatedAt: at };
}

export interface AnnotationSeed extends Partial<Omit<Annotation, 'target'>> {
  id: string;
  exact: string;
}

/** A highlight with sensible defaults; `exact` is the highlighted text. */
export function annotation({ id, exact, ...rest }: AnnotationSeed): Annotation {
  const url = rest.url ?? 'https://example.org/article';
  return {
    origin: 'user',
    createdAt: at,
    updatedAt: rest.createdAt ?? at,
    url,
    pageTitle: 'An article',
    note: '',
    tags: [],
    colour: 'yellow',
    topicIds: [],
    ...rest,
    id,
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      ],
    },
  };
}

export const people: Person[] = [
  person('saffron-cordery', 'Saffron Cordery'),
  person('chris-hopson', 'Chris Hopson'),
  person('sinead-oneill', 'Sinéad O’Neill', ['Sinead ONeill']),
];

export const organisations: Organisation[] = [
  organisation('nhs-providers', 'NHS Providers'),
  organisation('kings-fund', 'The King’s Fund', ['Kings Fund']),
  organisation('lga', 'Local Government Association', ['LGA']),
];

/** Four highlights on three sites, made on four different days (midday UTC, so the same day anywhere). */
export const annotations: Annotation[] = [
  annotation({
    id: 'hl-integration',
    exact: 'Integration is not a panacea, but it is the right direction of travel.',
    note: 'Key line for the briefing',
    tags: ['integration', 'Briefing'],
    pageTitle: 'NHS Providers responds to the white paper',
    url: 'https://nhsproviders.org/news/white-paper-response',
    speakerId: 'saffron-cordery',
    organisationId: 'nhs-providers',
    stance: 'supportive-with-reservations',
    createdAt: '2024-03-01T12:00:00.000Z',
  }),
  annotation({
    id: 'hl-workforce',
    exact: 'Without a funded workforce plan the reforms will stall.',
    note: 'Compare with the LGA réponse',
    tags: ['workforce'],
    pageTitle: 'Reaction: health and care bill',
    url: 'https://www.kingsfund.org.uk/press/reaction-bill',
    organisationId: 'kings-fund',
    stance: 'critical',
    createdAt: '2024-03-05T12:00:00.000Z',
  }),
  annotation({
    id: 'hl-councils',
    exact: 'Councils must be equal partners in integrated care systems.',
    tags: ['integration', 'local government'],
    pageTitle: 'LGA statement on integration',
    url: 'https://www.local.gov.uk/about/news/statement',
    speakerId: 'sinead-oneill',
    organisationId: 'lga',
    stance: 'mixed',
    createdAt: '2024-03-10T12:00:00.000Z',
  }),
  annotation({
    id: 'hl-hopson',
    exact: 'Trust leaders will want to see the detail before they judge.',
    tags: ['BRIEFING'],
    pageTitle: 'Chris Hopson: what the reforms mean',
    url: 'https://nhsproviders.org/opinion/reforms',
    speakerId: 'chris-hopson',
    createdAt: '2024-02-20T12:00:00.000Z',
  }),
];
