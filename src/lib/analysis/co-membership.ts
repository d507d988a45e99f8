// Co-membership: people joined through an organization or periodical they both belonged to, led,
// founded, edited or wrote for, or an informal circle both were associated with (a projection of the
// network onto people). A derived link is no claim of its own: it keeps its two sourced legs, so its
// evidence is never lost.
import type { Graph } from '../model/graph-type';
import type { Relation } from '../model/vocabulary';

/** Relations that make a person part of an organization, a periodical or an informal circle (shown in this order). */
const AFFILIATIONS: readonly string[] = ['member_of', 'founded', 'led', 'edited', 'contributed_to', 'associated_with'] satisfies Relation[];
const GROUPS: ReadonlySet<string> = new Set(['organization', 'periodical']);

/** Another person and the groups shared with them, each through two relations (the legs). */
export interface CoMember {
  other: string;
  shared: { group: string; mine: string; theirs: string }[];
}

/**
 * The people who share a group with `person` through relations `include` accepts, those sharing
 * the most groups first, then by name. Empty for a node that is not a person.
 */
export function coMembers(graph: Graph, person: string, include: (edge: string) => boolean = () => true): CoMember[] {
  if (!graph.hasNode(person) || graph.getNodeAttribute(person, 'kind') !== 'person') return [];
  const byOther = new Map<string, CoMember>();
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  const rank = (edge: string) => AFFILIATIONS.indexOf(graph.getEdgeAttribute(edge, 'relation'));
  // Of several relations to the same group, the leg shown is the first in AFFILIATIONS, then by id.
  const better = (a: string, b: string) => rank(a) - rank(b) < 0 || (rank(a) === rank(b) && a < b);
  graph.forEachOutEdge(person, (mine, attributes, _s, group) => {
    if (!include(mine) || !AFFILIATIONS.includes(attributes.relation) || !GROUPS.has(graph.getNodeAttribute(group, 'kind'))) return;
    graph.forEachInEdge(group, (theirs, a, other) => {
      if (other === person || !include(theirs) || !AFFILIATIONS.includes(a.relation) || graph.getNodeAttribute(other, 'kind') !== 'person') return;
      let entry = byOther.get(other);
      if (!entry) byOther.set(other, (entry = { other, shared: [] }));
      const held = entry.shared.find((s) => s.group === group);
      if (!held) entry.shared.push({ group, mine, theirs });
      else {
        if (better(mine, held.mine)) held.mine = mine;
        if (better(theirs, held.theirs)) held.theirs = theirs;
      }
    });
  });
  for (const entry of byOther.values()) entry.shared.sort((a, b) => (label(a.group) < label(b.group) ? -1 : 1));
  return [...byOther.values()].sort((a, b) => b.shared.length - a.shared.length || (label(a.other) < label(b.other) ? -1 : 1));
}
