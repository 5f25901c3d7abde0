// A claim the attribution reader (lib/capture) makes under a known voice's own name
// or alias but without its id ("the DH spokesperson said" read as "Department of
// Health", which the corpus lists as an alias of the Department of Health and Social
// Care): verification checks a quotation only against a voice it can find by id, so
// such a claim went unchecked. Here the name is looked up among the known people and
// organisations, whole and ignoring case and a leading "the"; nothing else (a surname,
// a near spelling) is guessed. The claim keeps the reader's confidence: it is the
// reader's own reading of who speaks, only now known by id.
// A name the page shortens to its last word, capitalised behind "The" ("The Association said
// that …" after "the Local Government Association"), is the known organisation the page named
// last whose name ends in that word; the reader, which takes such a subject for an unknown body,
// read it as the speech verb's subject below the confidence verification checks, so the claim
// gets that confidence (still below what a misattribution needs).
import type { KnownEntities, ProposedQuote } from '../capture/attribution';
import type { KnownEntity, Mention } from '../capture/known-mentions';
import { READING_CONFIDENCE } from './page-structure';

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

/** "The Association", "The Fund": "The" and one capitalised word, a name's last word standing for it. */
const SHORT_FORM = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u;

const lastWord = (name: string): string | undefined => name.trim().split(/\s+/).at(-1);

/**
 * The proposals, with an organisation the reader names only by a short form ("The Association") given to the
 * known organisation named last before the quotation whose name ends in that word (`mentions`: the page's
 * mentions of known organisations, in text order).
 */
export function withShortFormClaims(proposals: readonly ProposedQuote[], organisations: readonly KnownEntity[], mentions: readonly Mention[]): ProposedQuote[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return proposals.map((p) => {
    const head = p.organisationName && !p.organisationId && !p.speakerName ? SHORT_FORM.exec(p.organisationName)?.[1] : undefined;
    if (!head) return p;
    const named = mentions.filter((m) => m.end <= p.start && lastWord(byId.get(m.id)?.name ?? '') === head).at(-1);
    const organisation = named && byId.get(named.id);
    if (!organisation) return p;
    return { ...p, organisationName: organisation.name, organisationId: organisation.id, confidence: Math.max(p.confidence, READING_CONFIDENCE) };
  });
}
