// A claim the attribution reader (lib/capture) makes under a known voice's own name
// or alias but without its id ("the DH spokesperson said" read as "Department of
// Health", which the corpus lists as an alias of the Department of Health and Social
// Care): verification checks a quotation only against a voice it can find by id, so
// such a claim went unchecked. Here the name is looked up among the known people and
// organisations, whole and ignoring case and a leading "the"; nothing else (a surname,
// a near spelling) is guessed. The claim keeps the reader's confidence: it is the
// reader's own reading of who speaks, only now known by id.
import type { KnownEntities, ProposedQuote } from '../capture/attribution';
import type { KnownEntity } from '../capture/known-mentions';

const key = (name: string): string => name.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();

/** Each name and alias of the entities, by its key; a key two entities share names neither. */
function byName(entities: readonly KnownEntity[]): Map<string, KnownEntity | undefined> {
  const found = new Map<string, KnownEntity | undefined>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const k = key(name);
      found.set(k, found.has(k) && found.get(k) !== entity ? undefined : entity);
    }
  }
  return found;
}

/** The proposals, with names the reader left without an id given the known voice's id and own name. */
export function withKnownClaims(proposals: readonly ProposedQuote[], known: KnownEntities): ProposedQuote[] {
  const people = byName(known.people);
  const organisations = byName(known.organisations);
  return proposals.map((p) => {
    if (p.speakerName && !p.personId) {
      const person = people.get(key(p.speakerName));
      return person ? { ...p, speakerName: person.name, personId: person.id } : p;
    }
    if (!p.speakerName && p.organisationName && !p.organisationId) {
      const organisation = organisations.get(key(p.organisationName));
      return organisation ? { ...p, organisationName: organisation.name, organisationId: organisation.id } : p;
    }
    return p;
  });
}
