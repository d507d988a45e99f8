// The validator's second pass: references, dates and wording checked across all the items of a
// dataset, once every item has been read (see validate.ts for the first pass and the positions).
import { NODE_FILES, RELATIONS_FILE, SOURCES_FILE } from './data-files';
import type { AtlasNode, AtlasRelation, NodeYears, Source, YearPoint } from './types';
import { restsOnlyOnPassim } from './locators';
import { RELATIONS, type RelationSpec } from './vocabulary';
import { checkNodeNames, checkRelationYears } from './year-check';

/** Where an item is: its file and its index in that file's array (-1: the file as a whole). */
export interface Origin {
  file: string;
  index: number;
}

/** An item of a file, and its value when it passed the schema. */
export interface Item<T> {
  id: string;
  at: Origin;
  value?: T;
}

/** What the cross-checks need from the files. Items that fail the schema still count as known ids. */
export interface Gathered {
  nodes: Item<AtlasNode>[];
  relations: Item<AtlasRelation>[];
  sources: Item<Source>[];
  /** Node ids named by relations that failed the schema: their nodes are not isolated. */
  mentioned: string[];
  /** Files missing or unreadable: references into them are not checked. */
  unread: Set<string>;
  /** How many items each file holds. */
  counts: Map<string, number>;
}

/** Reports a problem at the value found by following `path` (and `key`) inside the item. */
export type Report = (at: Origin, id: string, path: readonly PropertyKey[], message: string, key?: string) => void;
/** Says where an item's value is, as `file:line`. */
export type Where = (at: Origin, path: readonly PropertyKey[]) => string;

/** Sentences in a bio, counted at terminal punctuation followed by a space or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s+["'“(]?[A-Z0-9À-Ž]|\s*$)/g) ?? []).length;
}

const endYear = (y: NodeYears): YearPoint | undefined => (y.end === 'present' ? undefined : y.end);

/** The first item of each id; later copies are reported at their own place, naming the first. */
function firstOfEach<T>(items: Item<T>[], repeated: (item: Item<T>, first: Item<T>) => void): Map<string, Item<T>> {
  const first = new Map<string, Item<T>>();
  for (const item of items) {
    const seen = first.get(item.id);
    if (seen) repeated(item, seen);
    else first.set(item.id, item);
  }
  return first;
}

/**
 * A former id names one relation only: it is no relation's current id, and no two relations (nor
 * one relation twice) claim it, so a link naming it reaches one relation.
 */
function checkFormerIds(relations: Item<AtlasRelation>[], current: Map<string, Item<AtlasRelation>>, report: Report, where: Where): void {
  const claimed = new Map<string, { at: Origin; index: number }>();
  for (const { id, at, value } of relations) {
    value?.formerIds?.forEach((former, i) => {
      const now = current.get(former);
      const first = claimed.get(former);
      if (now) report(at, id, ['formerIds', i], `former id '${former}' is the id of a relation today (${where(now.at, ['id'])})`);
      else if (first) report(at, id, ['formerIds', i], `former id '${former}' is claimed twice (first at ${where(first.at, ['formerIds', first.index])})`);
      else claimed.set(former, { at, index: i });
    });
  }
}

/** Referential, chronological and wording checks across the gathered items. */
export function crossCheck(g: Gathered, report: Report, where: Where, step: () => void): void {
  const sources = firstOfEach(g.sources, (item, first) =>
    report(item.at, item.id, ['id'], `duplicate source id '${item.id}' (first at ${where(first.at, ['id'])})`));
  const checkSources = !g.unread.has(SOURCES_FILE);
  const sourceUrl = (id: string) => sources.get(id)?.value?.url;
  const knownNodes = firstOfEach(g.nodes, (item, first) => report(item.at, item.id, ['id'], first.at.file === item.at.file
    ? `duplicate node id '${item.id}' (first at ${where(first.at, ['id'])})`
    : `node id '${item.id}' is also in ${where(first.at, ['id'])}`));
  const nodeFiles = Object.keys(NODE_FILES);
  const nodeCount = nodeFiles.reduce((sum, file) => sum + (g.counts.get(file) ?? 0), 0);
  if (nodeCount === 0 && nodeFiles.every((file) => !g.unread.has(file))) {
    report({ file: nodeFiles[0], index: -1 }, '-', [], 'the dataset has no nodes: all five node files are empty');
  }
  // With a node file unreadable, an id not found may well be in it: say nothing rather than guess.
  const checkNodes = nodeCount > 0 && nodeFiles.every((file) => !g.unread.has(file));
  const nodes = new Map<string, AtlasNode>();
  for (const [id, item] of knownNodes) if (item.value) nodes.set(id, item.value);

  for (const { id, at, value: node } of g.nodes) {
    step();
    if (!node) continue;
    const end = endYear(node.years);
    if (end && end.year < node.years.start.year) {
      report(at, id, ['years', 'end'], `ends (${end.year}) before it starts (${node.years.start.year})`);
    }
    if (node.kind === 'person' && node.years.end === undefined) {
      report(at, id, ['years', 'end'], "a person needs a death year, or \"present\"");
    }
    const sentences = countSentences(node.bio);
    if (sentences < 2 || sentences > 5) report(at, id, ['bio'], `bio has ${sentences} sentence(s); write 2 to 5`);
    node.bioSources.forEach((c, i) => {
      if (checkSources && !sources.has(c.source)) report(at, id, ['bioSources', i, 'source'], `unknown source '${c.source}'`);
    });
    checkNodeNames(node, (path, message) => report(at, id, path, message));
    const aliases = new Set<string>();
    node.aliases.forEach((alias, i) => {
      if (aliases.has(alias)) report(at, id, ['aliases', i], `duplicate alias '${alias}'`);
      aliases.add(alias);
    });
  }

  const mentioned = new Set(g.mentioned);
  const relationIds = firstOfEach(g.relations, (item, first) =>
    report(item.at, item.id, ['id'], `duplicate relation id '${item.id}' (first at ${where(first.at, ['id'])})`));
  checkFormerIds(g.relations, relationIds, report, where);
  for (const { id, at, value: rel } of g.relations) {
    step();
    if (!rel) continue;
    mentioned.add(rel.source);
    mentioned.add(rel.target);
    const source = nodes.get(rel.source);
    const target = nodes.get(rel.target);
    if (checkNodes && !knownNodes.has(rel.source)) report(at, id, ['source'], `unknown node '${rel.source}'`);
    if (checkNodes && !knownNodes.has(rel.target)) report(at, id, ['target'], `unknown node '${rel.target}'`);
    if (rel.source === rel.target) report(at, id, ['target'], 'a relation cannot link a node to itself');
    rel.evidence.forEach((e, i) => {
      if (checkSources && !sources.has(e.source)) report(at, id, ['evidence', i, 'source'], `unknown source '${e.source}'`);
    });
    if (rel.confidence === 'certain' && checkSources && restsOnlyOnPassim(rel, sourceUrl)) {
      report(at, id, ['confidence'], "'certain' needs at least one evidence item a reader can check (a page, chapter, section, entry or a web address); " +
        "this relation rests only on 'passim'-like locators: mark it likely and say in a note what would confirm it");
    }
    const { start, end } = rel.years;
    if (start && end && end.year < start.year) {
      report(at, id, ['years', 'end'], `ends (${end.year}) before it starts (${start.year})`);
    }
    const spec: RelationSpec = RELATIONS[rel.relation];
    if (source && spec.ends?.source && !spec.ends.source.includes(source.kind)) {
      report(at, id, ['source'], `'${rel.relation}' cannot start from a ${source.kind} ('${source.id}')`);
    }
    if (target && spec.ends?.target && !spec.ends.target.includes(target.kind)) {
      report(at, id, ['target'], `'${rel.relation}' cannot point to a ${target.kind} ('${target.id}')`);
    }
    checkRelationYears(rel, spec, source, target, (path, message) => report(at, id, path, message));
  }

  if (g.unread.has(RELATIONS_FILE)) return;
  if ((g.counts.get(RELATIONS_FILE) ?? 0) === 0) {
    report({ file: RELATIONS_FILE, index: -1 }, '-', [], 'the dataset has no relations: relations.json is empty');
    return;
  }
  for (const [id, { at, value }] of knownNodes) {
    if (value && !mentioned.has(id)) report(at, id, ['id'], 'isolated node: no relation mentions it');
  }
}

