// Communities against currents: for each Louvain community of the network shown, which curated
// current dominates it, and which of its members belong to none of that current — a prompt for
// research (why does this figure sit with them?), not a verdict.

/** One community and how the curated currents fall in it. */
export interface CommunityRow {
  community: number;
  members: string[];
  /** Members per current, most first (a node of several currents counts for each). */
  currents: { current: string; count: number }[];
  /** The current most members share (null when no member has a current). */
  dominant: string | null;
  /** Share of members in the dominant current, 0–1. */
  share: number;
  /** Members not of the dominant current (with or without other currents). */
  outside: string[];
}

/**
 * Compares `communities` (node → community) with the curated currents (`currentsOf`), largest
 * community first; `order` sorts members (e.g. by importance) for display.
 */
export function compareCommunities(communities: Record<string, number>, currentsOf: (node: string) => readonly string[],
  order: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)): CommunityRow[] {
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communities)) {
    const list = groups.get(community);
    if (list) list.push(node);
    else groups.set(community, [node]);
  }
  const rows: CommunityRow[] = [];
  for (const [community, members] of groups) {
    members.sort(order);
    const counts = new Map<string, number>();
    for (const node of members) for (const current of new Set(currentsOf(node))) counts.set(current, (counts.get(current) ?? 0) + 1);
    const currents = [...counts].map(([current, count]) => ({ current, count }))
      .sort((a, b) => b.count - a.count || (a.current < b.current ? -1 : 1));
    const dominant = currents[0]?.current ?? null;
    const outside = dominant === null ? members.slice() : members.filter((n) => !currentsOf(n).includes(dominant));
    rows.push({ community, members, currents, dominant, share: dominant ? currents[0].count / members.length : 0, outside });
  }
  return rows.sort((a, b) => b.members.length - a.members.length || a.community - b.community);
}
