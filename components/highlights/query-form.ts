// The search form's state: every control's value as a string, as the inputs hold it,
// and its translation into a HighlightQuery.
import type { HighlightQuery } from '@/lib/highlights/filter';
import type { StanceId } from '@/lib/schema';
import { STANCES } from '@/lib/stances';

export interface FormState {
  text: string;
  site: string;
  tag: string;
  speakerId: string;
  organisationId: string;
  stance: string;
  from: string;
  to: string;
}

export type FilterField = Exclude<keyof FormState, 'text'>;

export const EMPTY_FORM: FormState = {
  text: '',
  site: '',
  tag: '',
  speakerId: '',
  organisationId: '',
  stance: '',
  from: '',
  to: '',
};

function asStance(value: string): StanceId | undefined {
  return STANCES.find((s) => s.id === value)?.id;
}

export function toQuery(form: FormState): HighlightQuery {
  return { ...form, stance: asStance(form.stance) };
}

/** True when any filter other than the free text is set. */
export function hasFilters(form: FormState): boolean {
  return (Object.keys(EMPTY_FORM) as (keyof FormState)[]).some((key) => key !== 'text' && form[key] !== '');
}
