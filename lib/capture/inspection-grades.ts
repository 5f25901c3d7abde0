// An inspectorate's grade in quotation marks ("rated “inadequate” or “requires improvement”",
// "received a “good” rating") is the inspectorate's verdict, not the words of the person whose
// sentence reports it: the speaker is the body that grades, and no person.

/** The four grades Ofsted and the Care Quality Commission give, the words pages quote when reporting a rating. */
const GRADE = /^(?:outstanding|good|requires improvement|inadequate)[.,;:!?]*$/i;

/** The inspectorates that give those grades, by the names pages call them ("inspected by Ofsted", "the CQC"). */
const INSPECTORATE = /(?<![\p{L}\p{N}])(?:Ofsted|CQC|Care Quality Commission)(?![\p{L}\p{N}])/gu;

export interface InspectorateMention {
  surface: string;
  start: number;
  end: number;
}

export function isInspectionGrade(quoted: string): boolean {
  return GRADE.test(quoted.trim());
}

/** Every naming of a grading inspectorate in the text, in text order (read once per page). */
export function findInspectorates(text: string): InspectorateMention[] {
  return [...text.matchAll(INSPECTORATE)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
}
