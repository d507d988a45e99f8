// The page's side of the import worker: sends files, follows progress, stops the layout early on
// request, and cancels by terminating the worker (the graph on screen is never touched here).
import type { CsvMapping } from './csv';
import type { ImportCommand, ImportMessage } from './import-worker';
import type { ImportFile, ImportProgress, ImportReply } from './run-import';

export type { ImportProgress, ImportReply };

/** One import under way. */
export interface ImportJob {
  reply: Promise<ImportReply | { ok: false; cancelled: true }>;
  /** Ends the layout where it is: the graph opens with the positions reached. */
  stopLayout(): void;
  /** Abandons the import at once. */
  cancel(): void;
}

/** Starts an import in a fresh worker. */
export function startImport(files: ImportFile[], mappings: Record<string, CsvMapping> | undefined, onprogress: (p: ImportProgress) => void): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ImportReply | { ok: false; cancelled: true }) => void = () => {};
  const reply = new Promise<ImportReply | { ok: false; cancelled: true }>((resolve) => { settle = resolve; });
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onprogress(message.progress);
    else { settle(message.reply); worker.terminate(); }
  };
  worker.onerror = (event) => {
    settle({ ok: false, problems: [`the import worker failed: ${event.message || 'unknown error'}`] });
    worker.terminate();
  };
  const command: ImportCommand = { type: 'import', request: { files, mappings } };
  // The bytes move to the worker (the page keeps the File objects, should it need them again).
  worker.postMessage(command, files.map((f) => f.bytes));
  return {
    reply,
    stopLayout: () => worker.postMessage({ type: 'stop' } satisfies ImportCommand),
    cancel: () => { worker.terminate(); settle({ ok: false, cancelled: true }); },
  };
}
