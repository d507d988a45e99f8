// Every claim in the atlas that rests on one source: the relations its evidence cites it for (as
// sentences) and the biographies citing it. What a source's page in the panel lists.
import type { TextsFile } from './atlas-files';
import { claimSentence } from './describe';
import type { Graph } from './graph-type';

/** One relation resting (in part) on the source, with what the source is cited for. */
export interface SourceClaim {
  edge: string;
  /** "George Orwell member of POUM, 1936–1937". */
  sentence: string;
  /** The locators and notes of the evidence items citing the source. */
  citations: { locator: string; note: string }[];
}

/** A biography citing the source. */
export interface SourceBiography { node: string; label: string; locators: string[] }

/** The claims and biographies resting on a source, relations in the graph's order, biographies by label. */
export function sourceClaims(graph: Graph, texts: Pick<TextsFile, 'evidence' | 'nodes'>, source: string): { claims: SourceClaim[]; biographies: SourceBiography[] } {
  const claims: SourceClaim[] = [];
  graph.forEachEdge((edge) => {
    const items = Object.hasOwn(texts.evidence, edge) ? texts.evidence[edge] : [];
    const citing = items.filter((ev) => ev.source === source);
    if (citing.length === 0) return;
    claims.push({ edge, sentence: claimSentence(graph, edge), citations: citing.map((ev) => ({ locator: ev.locator, note: ev.note })) });
  });
  const biographies: SourceBiography[] = [];
  for (const [node, nodeTexts] of Object.entries(texts.nodes)) {
    const locators = nodeTexts.bioSources.filter((c) => c.source === source).map((c) => c.locator);
    if (locators.length > 0 && graph.hasNode(node)) biographies.push({ node, label: graph.getNodeAttribute(node, 'label'), locators });
  }
  biographies.sort((a, b) => a.label.localeCompare(b.label));
  return { claims, biographies };
}
