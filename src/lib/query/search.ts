// Search box index: finds nodes by label or alias (and, in an opened graph, by its text attributes),
// forgiving case, accents, typos and half-typed words.
import MiniSearch from 'minisearch';
import type { Graph, GraphNodeAttributes } from '../model/graph-type';

/** One searchable node: its label and the other names it is known by. */
export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
  /** Other text to find the node by (an opened graph's text attributes). */
  texts?: string[];
}

/** One hit shown under the search box. */
export interface Suggestion {
  id: string;
  label: string;
  kind: string;
  /** alias (or text) that matched, when the match was not on the label */
  alias?: string;
}

/** One indexed name: every label and every alias is its own document, so we know which one matched. */
interface NameDocument {
  id: number;
  entry: number;
  name: string;
  isLabel: boolean;
}

const DEFAULT_LIMIT = 10;
const LABEL_BOOST = 2;
// Levenshtein counts a swap ("trotksy") as two edits; 0.25 allows two edits from 6 letters on,
// where 0.2 would round down to one and miss the commonest typing slip.
const FUZZY = 0.25;
const FUZZY_MIN_LENGTH = 4;

// Letters NFKD leaves whole because they are not a base letter plus a mark.
const LETTER_FOLDS: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe' };

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßđæœ]/g, (letter) => LETTER_FOLDS[letter]);
}

function normalizeName(text: string): string {
  return fold(text).trim().replace(/\s+/g, ' ');
}

/** The searchable names of a graph's nodes: label, aliases, every dated name not already the label, and `texts` when given. */
export function searchEntries(graph: Graph, texts?: (attributes: GraphNodeAttributes) => string[]): SearchEntry[] {
  return graph.mapNodes((id, a) => ({
    id, label: a.label, kind: a.kind,
    aliases: a.names?.length ? [...a.aliases, ...a.names.map((n) => n.label).filter((n) => n !== a.label)] : a.aliases,
    texts: texts?.(a),
  }));
}

/** A built index: answers each keystroke. */
export interface Search {
  search(query: string, limit?: number): Suggestion[];
}

/** Builds the index once; `search` then answers each keystroke. */
export function createSearch(entries: SearchEntry[]): Search {
  const { index, documents, search } = prepare(entries);
  index.addAll(documents);
  return search;
}

/**
 * The same index, built `chunkSize` names at a time with a macrotask between chunks, so a graph of
 * 50k nodes is indexed without one long main-thread task.
 */
export async function createSearchInChunks(entries: SearchEntry[], chunkSize = 2000): Promise<Search> {
  const { index, documents, search } = prepare(entries);
  await index.addAllAsync(documents, { chunkSize });
  return search;
}

function prepare(entries: SearchEntry[]): { index: MiniSearch<NameDocument>; documents: NameDocument[]; search: Search } {
  const documents: NameDocument[] = [];
  entries.forEach((entry, index) => {
    documents.push({ id: documents.length, entry: index, name: entry.label, isLabel: true });
    for (const alias of entry.aliases) documents.push({ id: documents.length, entry: index, name: alias, isLabel: false });
    for (const text of entry.texts ?? []) documents.push({ id: documents.length, entry: index, name: text.slice(0, 2000), isLabel: false });
  });
  const index = new MiniSearch<NameDocument>({
    fields: ['name'],
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZY : false),
      boostDocument: (id) => (documents[id as number].isLabel ? LABEL_BOOST : 1),
    },
  });

  function search(query: string, limit = DEFAULT_LIMIT): Suggestion[] {
    const wanted = normalizeName(query);
    if (wanted === '' || limit <= 0) return [];
    // Several names of one node may match: the node keeps its best-scoring name.
    const best = new Map<number, { score: number; document: NameDocument }>();
    for (const result of index.search(query)) {
      const document = documents[result.id as number];
      const current = best.get(document.entry);
      if (!current || result.score > current.score) best.set(document.entry, { score: result.score, document });
    }
    const ranked = [...best.values()].map((hit) => ({
      ...hit,
      entry: entries[hit.document.entry],
      exact: normalizeName(entries[hit.document.entry].label) === wanted,
    }));
    ranked.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        a.entry.label.localeCompare(b.entry.label, 'en') ||
        a.entry.id.localeCompare(b.entry.id, 'en'),
    );
    return ranked.slice(0, limit).map(({ entry, document, exact }) => {
      const suggestion: Suggestion = { id: entry.id, label: entry.label, kind: entry.kind };
      if (!document.isLabel && !exact) suggestion.alias = document.name;
      return suggestion;
    });
  }

  return { index, documents, search: { search } };
}
