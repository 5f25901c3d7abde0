// Does a page name anyone the corpus knows? Asked of every page that holds no known
// quote (issue 15: a page quoting a known person in words the corpus lacks is
// unsourced), so it must cost next to nothing on the pages that name nobody: one
// regular expression over every known person's name and aliases, compiled once and
// kept until the people table changes (Dexie's "storagemutated" event, which also
// carries other extension contexts' writes), so the common answer "no" reads no
// record and runs one scan of the text. The names are the forms verification reads
// people by (name-forms.ts), compiled with the pattern and kept for verifyPage too.
import Dexie from 'dexie';
import type { KnownEntity } from '../capture/known-mentions';
import type { PolicyLensDb } from '../storage/db';
import { type NamedPerson, withNameForms } from './name-forms';

/** Letters and digits continue a word: "Hopsons" or "aMatt Hancock" is not a mention. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for all the names, as lib/capture/known-mentions.ts matches them (case
 * as written, any whitespace between words, either apostrophe). Undefined when the
 * corpus knows nobody.
 */
export function namePattern(people: readonly KnownEntity[]): RegExp | undefined {
  const forms = [...new Set(people.flatMap((p) => [p.name, ...p.aliases]).map((f) => f.trim()).filter((f) => f !== ''))];
  if (forms.length === 0) return undefined;
  // Longest first, so a name is never cut short by an alias it starts with.
  const alternatives = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => escape(f).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]").replace(/^the\\s\+/i, '[Tt]he\\s+'));
  // Word edges are checked on each match (namesAnyone), not in the pattern: a lookbehind at every position made the scan ten times slower.
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Whether `pattern` (from namePattern) finds a name standing as a word of its own in `text`. */
export function namesAnyone(pattern: RegExp, text: string): boolean {
  const edge = (i: number) => i < 0 || i >= text.length || !WORD_CHAR.test(text[i] as string);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (edge(m.index - 1) && edge(m.index + m[0].length)) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}

/** The people table's part in Dexie's change notices ("idb://<database>/people/…"). */
const PEOPLE_PART = /^idb:\/\/[^/]*\/people\//;

/** Known people with the forms verification reads them by, and one pattern for all those forms. */
export interface CompiledNames {
  people: NamedPerson[];
  pattern: RegExp | undefined;
}

/** Per database, until the people table changes (in any database: a change is rare, a rebuild cheap). */
let compiled = new WeakMap<PolicyLensDb, Promise<CompiledNames>>();
let listening = false;

/** The known people's name forms and their pattern, built once per change of the people table. */
export function compiledNames(db: PolicyLensDb): Promise<CompiledNames> {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => PEOPLE_PART.test(part))) compiled = new WeakMap();
    });
  }
  let names = compiled.get(db);
  if (!names) {
    names = db.people.toArray().then((rows) => {
      const people = withNameForms(rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases })));
      return { people, pattern: namePattern(people) };
    });
    compiled.set(db, names);
    // A failed read (the database closing) is not kept: the next page reads again.
    names.catch(() => compiled.delete(db));
  }
  return names;
}

/** Answers "does this text name a known person?" from a pattern built once per change of the people table. */
export function knownNames(db: PolicyLensDb): { named(text: string): Promise<boolean> } {
  return {
    async named(text) {
      const { pattern } = await compiledNames(db);
      return pattern ? namesAnyone(pattern, text) : false;
    },
  };
}
