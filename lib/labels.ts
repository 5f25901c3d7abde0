// The one place where the schema's enum values get the names users read: each
// label is derived from the value itself ("national-nhs-body" → "National NHS
// body"), so a value added to the schema is named everywhere at once and no two
// screens can disagree. Stances have their own scale with definitions
// (lib/stances.ts).
import { HighlightColour, OrganisationKind, StatementKind } from './schema';

/** Words that are written in capitals wherever they appear in a label. */
const ACRONYMS: ReadonlySet<string> = new Set(['nhs']);

/** "government-department" → "Government department"; acronyms keep their capitals. */
export function enumLabel(value: string): string {
  const words = value.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const statementKindLabel = (kind: StatementKind): string => enumLabel(kind);
export const organisationKindLabel = (kind: OrganisationKind): string => enumLabel(kind);
export const colourLabel = (colour: HighlightColour): string => enumLabel(colour);

export const STATEMENT_KINDS: readonly StatementKind[] = StatementKind.options;
export const ORGANISATION_KINDS: readonly OrganisationKind[] = OrganisationKind.options;
export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = HighlightColour.options;
