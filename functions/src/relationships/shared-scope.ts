import { generationOf } from '../../../shared/relationships/lifecycle-record';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';

/**
 * Where one generation's shared rows (agenda, commitments, meetings) live. Generation 1 keeps the
 * relationship id itself, so rows written before generations existed stay where they are; a later
 * generation gets its own scope, so a restart starts with nothing and never reopens old rows.
 */
export function sharedScope(relationship: Pick<Relationship, 'id' | 'generation'>): string {
  const generation = generationOf(relationship);
  return generation <= 1 ? relationship.id : `${relationship.id}~g${generation}`;
}

/** The relationship a scope belongs to. */
export const relationshipIdOfScope = (scope: string) => scope.split('~')[0] ?? scope;
