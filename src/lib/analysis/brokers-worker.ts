// Web Worker that ranks the brokers of a visible network and finds its communities
// (analysis/brokers.ts) off the main thread: betweenness over a few hundred nodes takes longer than a frame.
import { answerQuestions } from './worker-client';
import { analyseNetwork, type BrokerInput } from './brokers';

answerQuestions<{ input: BrokerInput }, ReturnType<typeof analyseNetwork>>(({ input }) => analyseNetwork(input));
