// Web Worker that opens a user's file off the main thread: parsing, checks, metrics and layout. It
// posts progress, hears "stop" between layout batches (the graph then opens as laid out so far),
// and sends the atlas's typed arrays as transferables rather than copies.
import { packAtlas, transferables } from './imported';
import { runImport, type ImportProgress, type ImportReply, type ImportRequest } from './run-import';

/** What the page sends. */
export type ImportCommand = { type: 'import'; request: ImportRequest } | { type: 'stop' };

/** What the worker posts: any number of progress messages, then exactly one `done`. */
export type ImportMessage = { type: 'progress'; progress: ImportProgress } | { type: 'done'; reply: ImportReply };

let stop = false;
const post = (message: ImportMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ImportCommand>) => {
  const command = event.data;
  if (command.type === 'stop') { stop = true; return; }
  stop = false;
  void runImport(command.request, {
    onprogress: (progress) => post({ type: 'progress', progress }),
    // A macrotask turn lets a "stop" message in before the answer is read.
    stopped: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(stop), 0)),
  }).then((reply) => {
    if (!reply.ok) { post({ type: 'done', reply }); return; }
    // Keys and labels go as one string a column (imported.ts, PackedStrings).
    const atlas = packAtlas(reply.atlas);
    post({ type: 'done', reply: { ...reply, atlas } }, transferables(atlas));
  });
};
