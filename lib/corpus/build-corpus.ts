// Assembles full records from the curated corpus file: curators write only the
// facts, so this adds origin, timestamps and each statement's verbatim seed text.
import type { Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import type { CorpusFile } from './corpus-file';

export interface Corpus {
  version: number;
  events: PolicyEvent[];
  organisations: Organisation[];
  people: Person[];
  topics: Topic[];
  statements: Statement[];
  quotes: Quote[];
}

export function buildCorpus(file: CorpusFile, seedText: (seedFile: string) => string): Corpus {
  const meta = { origin: 'corpus' as const, createdAt: file.releasedAt, updatedAt: file.releasedAt };
  return {
    version: file.version,
    events: file.events.map((r) => ({ ...r, ...meta })),
    organisations: file.organisations.map((r) => ({ ...r, ...meta })),
    people: file.people.map((r) => ({ ...r, ...meta })),
    topics: file.topics.map((r) => ({ ...r, ...meta })),
    statements: file.statements.map(({ seedFile, ...r }) => ({ ...r, ...meta, text: seedText(seedFile) })),
    quotes: file.quotes.map((r) => ({ ...r, ...meta })),
  };
}
