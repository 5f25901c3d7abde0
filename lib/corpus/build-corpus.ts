// Assembles the bundled pack from the curated corpus file: curators write only the
// facts, so this adds the pack's header, origin, timestamps and each statement's
// verbatim seed text. The result is installed exactly as any other pack.
import { BUNDLED_PACK_ID } from '../storage/db';
import type { CorpusPack } from './pack-format';
import type { CorpusFile } from './corpus-file';

/** The bundled pack as any other pack: a CorpusPack whose header describes the seed corpus. */
export type Corpus = CorpusPack;

export function buildCorpus(file: CorpusFile, seedText: (seedFile: string) => string): Corpus {
  const meta = { origin: 'corpus' as const, createdAt: file.releasedAt, updatedAt: file.releasedAt };
  return {
    id: BUNDLED_PACK_ID,
    title: 'UK health bodies on the NHS and social care integration white papers (2021, 2022)',
    publisher: 'Policy Lens',
    licence: 'Seed texts quoted from their publishers for recognition; curated records ship with the extension',
    version: file.version,
    published: file.releasedAt,
    events: file.events.map((r) => ({ ...r, ...meta })),
    organisations: file.organisations.map((r) => ({ ...r, ...meta })),
    people: file.people.map((r) => ({ ...r, ...meta })),
    topics: file.topics.map((r) => ({ ...r, ...meta })),
    statements: file.statements.map(({ seedFile, ...r }) => ({ ...r, ...meta, text: seedText(seedFile) })),
    quotes: file.quotes.map((r) => ({ ...r, ...meta })),
  };
}
