// Finds where known people and organisations are named in a text, by name or by
// alias ("Mr Hancock", "the BMA", "NHS Confed"). Names are matched on word
// boundaries and case-sensitively, since capitals are what tell "Labour" the party
// from "labour" the work; only a leading "the"/"The" is matched in either case,
// because it is capitalised whenever it starts a sentence.

import { escapeRegExp } from '../text/escape-reg-exp';

export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface Mention {
  id: string;
  /** The words as they stand in the text. */
  surface: string;
  start: number;
  end: number;
}

/** Letters, digits and apostrophes continue a word, so "BMA" does not match inside "BMAs" or "aBMA". */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A pattern for one surface form: spaces match any whitespace, straight and curly apostrophes match each other. */
function surfacePattern(form: string): string {
  const leadingThe = /^the\s+/i.exec(form);
  const rest = leadingThe ? form.slice(leadingThe[0].length) : form;
  const body = escapeRegExp(rest).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  return leadingThe ? `[Tt]he\\s+${body}` : body;
}

function isBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !WORD_CHAR.test(text[index] as string);
}

/** Every non-overlapping mention, longest form first where forms overlap, in text order. */
export function findMentions(text: string, entities: readonly KnownEntity[]): Mention[] {
  const all: Mention[] = [];
  for (const entity of entities) {
    const forms = [...new Set([entity.name, ...entity.aliases].map((f) => f.trim()).filter((f) => f !== ''))];
    for (const form of forms) {
      const pattern = new RegExp(surfacePattern(form), 'gu');
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (isBoundary(text, start - 1) && isBoundary(text, end)) all.push({ id: entity.id, surface: m[0], start, end });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
