// The node metrics the build computes and the app can size nodes by. Kept apart from
// metrics.ts so that PageRank, betweenness and Louvain never ship on the first page.

export const METRIC_KEYS = ['degree', 'pagerank', 'betweenness'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_LABELS: Record<MetricKey, string> = {
  degree: 'Degree (number of relations)',
  pagerank: 'PageRank',
  betweenness: 'Betweenness (bridging)',
};
