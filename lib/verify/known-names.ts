// Does a page name anyone the corpus knows? Asked of every page that holds no known
// quote (issue 15: a page quoting a known person in words the corpus lacks is
// unsourced), so it must cost next to nothing on the pages that name nobody: one
// regular expression over every known person's name and aliases, compiled once and
// kept until the people table changes (Dexie's "storagemutated" event, which also
// carries other extension contexts' writes), so the common answer "no" reads no
// record and runs one scan of the text. The pattern holds the known surnames too: a
// page naming a person only as "Hancock" beside "the Secretary of State" names them.
// A role alias ("the Health Secretary") names them on a page dated in their time,
// looked for only on a page with a dateline (dated-roles.ts).
// The names are the forms verification reads people by (name-forms.ts), compiled with
// the pattern and kept for verifyPage too.
import Dexie from 'dexie';
import type { KnownEntity } from '../capture/known-mentions';
import type { PolicyLensDb } from '../storage/db';
import { escapeRegExp } from '../text/escape-reg-exp';
import { surnameOf } from '../capture/person-names';
import { roleHoldersOnPage } from './dated-roles';
import { type NamedPerson, namedBySurnameAndRole, ownSurnames, withNameForms } from './name-forms';

/** Letters and digits continue a word: "Hopsons" or "aMatt Hancock" is not a mention. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

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
    .map((f) => escapeRegExp(f).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]").replace(/^the\\s\+/i, '[Tt]he\\s+'));
  // Word edges are checked on each match (namesAnyone), not in the pattern: a lookbehind at every position made the scan ten times slower.
  return new RegExp(alternatives.join('|'), 'gu');
}

/** The names `pattern` (from namePattern) finds standing as words of their own in `text`, as written there, in text order. */
function* namesIn(pattern: RegExp, text: string): Generator<string> {
  const edge = (i: number) => i < 0 || i >= text.length || !WORD_CHAR.test(text[i] as string);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (edge(m.index - 1) && edge(m.index + m[0].length)) yield m[0];
    pattern.lastIndex = m.index + 1;
  }
}

/** A name as the pattern matches it: any whitespace between words, either apostrophe. */
const asWritten = (name: string) => name.replace(/\s+/g, ' ').replace(/’/g, "'");

/** Whether `pattern` (from namePattern) finds a name standing as a word of its own in `text`. */
export function namesAnyone(pattern: RegExp, text: string): boolean {
  return !namesIn(pattern, text).next().done;
}

/** The people table's part in Dexie's change notices ("idb://<database>/people/…"). */
const PEOPLE_PART = /^idb:\/\/[^/]*\/people\//;

/** Known people with the forms verification reads them by, and one pattern for all those forms and the surnames. */
export interface CompiledNames {
  people: NamedPerson[];
  /** The name forms and the surnames, in one pattern, so a page naming nobody pays one scan. */
  pattern: RegExp | undefined;
  /** The people a surname of their own may name (name-forms.ts), and those surnames as the pattern matches them. */
  bySurname: NamedPerson[];
  surnames: Set<string>;
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
      const people = withNameForms(rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases, roles: r.roles })));
      const bySurname = ownSurnames(people);
      const surnameEntities = bySurname.map((p) => ({ id: p.id, name: surnameOf(p.name), aliases: [] }));
      return { people, pattern: namePattern([...people, ...surnameEntities]), bySurname, surnames: new Set(surnameEntities.map((e) => asWritten(e.name))) };
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
      const { people, pattern, bySurname, surnames } = await compiledNames(db);
      if (!pattern) return false;
      // Any name form is enough; a bare surname only with the person's role beside it, read only for the surnames the page has.
      const found = new Set<string>();
      for (const name of namesIn(pattern, text)) {
        if (!surnames.has(asWritten(name))) return true;
        found.add(asWritten(name));
      }
      if (found.size > 0 && namedBySurnameAndRole(bySurname.filter((p) => found.has(asWritten(surnameOf(p.name)))), text).length > 0) return true;
      // A role alias alone, on a dated page only (dated-roles.ts): in the pattern, "shadow health secretary" made its scan ten times slower.
      return (await roleHoldersOnPage(db, people, text)).size > 0;
    },
  };
}
