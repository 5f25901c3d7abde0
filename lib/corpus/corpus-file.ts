// The shape of the curated corpus as it is written by hand in corpus.json.
// Curators write only the facts: the loader adds origin and timestamps, and a
// statement names its seed file instead of repeating the seed's text.
import { z } from 'zod';
import { Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';

const curated = { origin: true, createdAt: true, updatedAt: true } as const;

export const CorpusFile = z.object({
  format: z.literal('policy-lens-corpus'),
  /** Bumped whenever the curated records change, so installed copies refresh. */
  version: z.number().int().positive(),
  releasedAt: z.iso.datetime({ offset: true }),
  events: z.array(PolicyEvent.omit(curated)),
  organisations: z.array(Organisation.omit(curated)),
  people: z.array(Person.omit(curated)),
  topics: z.array(Topic.omit(curated)),
  statements: z.array(
    Statement.omit({ ...curated, text: true }).extend({
      seedFile: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    }),
  ),
  quotes: z.array(Quote.omit(curated)),
});

export type CorpusFile = z.infer<typeof CorpusFile>;
