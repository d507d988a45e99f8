// Web Worker that ranks the brokers of a visible network and finds its communities
// (analysis/brokers.ts) off the main thread: betweenness over a few hundred nodes takes longer than a frame.
import { analyseNetwork, type BrokerInput } from './brokers';

self.onmessage = (event: MessageEvent<{ id: number; input: BrokerInput }>) => {
  const { id, input } = event.data;
  try {
    (self as unknown as Worker).postMessage({ id, analysis: analyseNetwork(input) });
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
