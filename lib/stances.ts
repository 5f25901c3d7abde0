// The one stance scale users see. Order matters: it runs from most favourable to
// least, so stances can be compared and sorted (e.g. in a stance matrix).
import type { StanceId } from './schema';

export interface StanceDefinition {
  id: StanceId;
  label: string;
  /** One line shown to users on hover or focus, so that analysts code stances alike. */
  definition: string;
}

export const STANCES: readonly StanceDefinition[] = [
  {
    id: 'supportive',
    label: 'Supportive',
    definition: 'Welcomes the policy without material reservations.',
  },
  {
    id: 'supportive-with-reservations',
    label: 'Supportive with reservations',
    definition: 'Welcomes the policy overall but names concerns or conditions.',
  },
  {
    id: 'mixed',
    label: 'Mixed',
    definition: 'Welcomes some parts and objects to others in roughly equal measure.',
  },
  {
    id: 'critical',
    label: 'Critical',
    definition: 'Mainly raises concerns or doubts, while accepting the aim.',
  },
  {
    id: 'opposed',
    label: 'Opposed',
    definition: 'Rejects the policy or its timing outright.',
  },
];

export function stanceDefinition(id: StanceId): StanceDefinition {
  const found = STANCES.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown stance "${id}"`);
  return found;
}

/** 0 for the most favourable stance; larger is less favourable. */
export function stanceRank(id: StanceId): number {
  return STANCES.findIndex((s) => s.id === id);
}
