// What may count as a step of a connection: every relation, only ties of affiliation and
// collaboration, or everything but hostility. "Orwell → Trotsky" through two criticisms of Burnham
// is an answer only when hostile steps are allowed.
import { RELATIONS, type Relation } from '../model/vocabulary';

export const PATH_RULES = ['all', 'ties', 'friendly'] as const;

/** From this many relations up, the app searches chains in a Worker (the bundled atlas has ~1,500; 3 chains across a generated 10k / 40k take ~50 ms). */
export const CHAINS_IN_WORKER = 10_000;
export type PathRule = (typeof PATH_RULES)[number];

/** Membership (of a body or a circle), founding, leading, editing, contributing, collaborating, corresponding. */
const TIES: ReadonlySet<string> = new Set<Relation>([
  'member_of', 'associated_with', 'founded', 'led', 'section_of', 'edited', 'contributed_to', 'collaborated_with', 'corresponded_with',
]);
/** Hostile relations: criticism, opposition, party discipline (expulsion, suspension, removal), repression. */
const HOSTILE: ReadonlySet<string> = new Set<Relation>([
  'criticized', 'opposed', 'expelled_from', 'suspended_from', 'removed_from_office', 'repressed',
]);

/** How each rule is named in the panel and in captions. */
export const PATH_RULE_LABELS: Record<PathRule, string> = {
  all: 'any relation',
  ties: 'only ties of affiliation and collaboration',
  friendly: 'no hostile relations (criticism, opposition, expulsion, repression)',
};

/** Whether a relation type may be a step under a rule (a type outside the app's vocabulary: only under "any relation"). */
export function stepAllowed(rule: PathRule, relation: string): boolean {
  if (!Object.hasOwn(RELATIONS, relation)) return rule === 'all';
  if (rule === 'ties') return TIES.has(relation);
  if (rule === 'friendly') return !HOSTILE.has(relation);
  return true;
}

/** Whether a relation type is hostile (the panel marks such steps). */
export const isHostile = (relation: string): boolean => HOSTILE.has(relation);
