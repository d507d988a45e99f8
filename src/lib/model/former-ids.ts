// Relation ids are `source--relation--target`, so re-typing a relation changes its id. Published ids
// keep working: a relation lists the ids it had (`formerIds`), and whatever resolves an id from a
// link or from data (the URL's ?edge=, the seed ledger, tours) maps a former id to the current one.

/** Former id → current id. A null-prototype object: any id is plain data, `constructor` included. */
export type FormerIds = Readonly<Record<string, string>>;

/** The former ids of relations, each mapped to the relation's current id. */
export function formerIdIndex(relations: Iterable<{ id: string; formerIds?: readonly string[] }>): Record<string, string> {
  const index: Record<string, string> = Object.create(null);
  for (const relation of relations) for (const former of relation.formerIds ?? []) index[former] = relation.id;
  return index;
}

/**
 * The current id of the relation named `id`: `id` itself when it is current, the relation that
 * once had it when it is a former id, and null when neither.
 */
export function resolveRelationId(id: string, isCurrent: (id: string) => boolean, former: FormerIds | undefined): string | null {
  if (isCurrent(id)) return id;
  const now = former && Object.hasOwn(former, id) ? former[id] : undefined;
  return now !== undefined && isCurrent(now) ? now : null;
}
