// The brokers' table as plain data: what the main thread sends the broker Worker and gets back
// (analysis/brokers.ts computes it), and how a rank is written. No graph code here, so the page
// that shows the table does not load the metrics.

/** What the Worker returns: the brokers, and each node's Louvain community (a number). */
export interface NetworkAnalysis {
  brokers: BrokerRow[];
  communities: Record<string, number>;
  /** Betweenness was estimated from this many sampled source nodes (a large network), or null: exact. */
  sampled: number | null;
}

/** The network to rank, as plain data a Worker can receive. */
export interface BrokerInput {
  nodes: string[];
  /** One [source, target] per visible relation. */
  edges: [string, string][];
}

/** One node's figures and its rank by each (1 = first; equal figures share a rank). */
export interface BrokerRow {
  id: string;
  betweenness: number;
  pagerank: number;
  degree: number;
  rank: { betweenness: number; pagerank: number; degree: number };
}

/** The plain-data network of the nodes and relations in `visibility`. */
export function brokerInput(graph: { source(e: string): string; target(e: string): string }, visibility: { nodes: Set<string>; edges: Set<string> }): BrokerInput {
  return { nodes: [...visibility.nodes], edges: [...visibility.edges].map((e) => [graph.source(e), graph.target(e)]) };
}

/** "1st", "2nd", "3rd", "11th", "22nd"… */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
