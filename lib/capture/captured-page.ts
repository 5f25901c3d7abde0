// What `npm run capture` prints for one saved page: the same reading of the page
// (lib/capture/page-metadata.ts) and the same proposals (components/capture/
// capture-proposals.ts) the capture page makes, flattened for corpus builders into
// { file, title, published, publisher, quotes: [{ text, speaker, organisation, stance }] }.
import { proposeQuotes } from './capture-proposals';
import type { Organisation, Person, StanceId } from '../schema';
import { readPageMetadata } from './page-metadata';

export interface CapturedQuote {
  text: string;
  speaker: { name: string; role: string | null } | null;
  organisation: { name: string } | null;
  stance: StanceId;
}

export interface CapturedPage {
  file: string;
  title: string;
  published: string | null;
  publisher: string | null;
  quotes: CapturedQuote[];
}

export interface Known {
  people: Person[];
  organisations: Organisation[];
}

export function capturePage(file: string, doc: Document, href: string, known: Known): CapturedPage {
  const metadata = readPageMetadata(doc, { href });
  const site = { url: metadata.canonicalUrl ?? href, ...(metadata.publisher ? { name: metadata.publisher } : {}) };
  const proposals = proposeQuotes(metadata.mainText, known.people, known.organisations, metadata.author, [], site);
  const personName = (id: string) => known.people.find((p) => p.id === id)?.name;
  const organisationName = (id: string) => known.organisations.find((o) => o.id === id)?.name;
  return {
    file,
    title: metadata.title,
    published: metadata.publishedDate ?? null,
    publisher: metadata.publisher ?? null,
    quotes: proposals.map((q) => {
      const speaker = (q.speakerId && personName(q.speakerId)) || q.speakerName;
      const organisation = (q.organisationId && organisationName(q.organisationId)) || q.organisationName;
      return {
        text: q.text,
        speaker: speaker ? { name: speaker, role: q.role || null } : null,
        organisation: organisation ? { name: organisation } : null,
        stance: q.stance,
      };
    }),
  };
}
