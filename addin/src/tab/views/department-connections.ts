import type { PeerSuggestion } from '../../../../shared/discovery/suggestion-schema';

export interface DepartmentConnections {
  department: string;
  /** Relationships that are live or being set up (ended ones no longer connect). */
  peers: number;
  suggested: number;
}

/** Counts peers and suggestions per other department, gaps first so they stand out. */
export function departmentConnections(input: {
  myDepartment: string | null;
  relationships: Array<{ status: string; peer: { department: string | null } }>;
  suggestions: PeerSuggestion[];
}): DepartmentConnections[] {
  const rows = new Map<string, DepartmentConnections>();
  const row = (department: string) => {
    let found = rows.get(department);
    if (!found) rows.set(department, (found = { department, peers: 0, suggested: 0 }));
    return found;
  };
  for (const relationship of input.relationships) {
    if (relationship.status === 'ended' || !relationship.peer.department) continue;
    row(relationship.peer.department).peers += 1;
  }
  for (const suggestion of input.suggestions) {
    if (suggestion.user.department) row(suggestion.user.department).suggested += 1;
  }
  if (input.myDepartment) rows.delete(input.myDepartment);
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.peers > 0) - Number(b.peers > 0) ||
      b.suggested - a.suggested ||
      a.department.localeCompare(b.department),
  );
}
