// Web Worker that finds the chains between two nodes of a large graph (analysis/paths.ts) off the
// main thread. It is given the graph's chain index once, then each question: the two ends and the
// relations a chain may use.
import { answerQuestions } from './worker-client';
import { chainsIn, type Path, type PathIndex } from './paths';

export type PathsMessage =
  | { type: 'index'; index: PathIndex }
  | { type: 'chains'; from: string; to: string; k: number; allowed: Uint8Array };

let index: PathIndex | null = null;

answerQuestions<PathsMessage, Path[]>((message) => {
  if (message.type === 'index') {
    index = message.index;
    return undefined;
  }
  if (!index) throw new Error('analysis/paths-worker: asked for chains before the graph was given');
  return chainsIn(index, message.from, message.to, message.k, message.allowed);
});
