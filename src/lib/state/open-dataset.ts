// Opens dataset files chosen by the user: reads them, compiles them in a worker, and answers
// with either a new atlas or the list of problems (the current graph is left untouched). The
// caller can follow progress and cancel, which stops the worker at once.
import type { CompilePhase, CompileProgress, SerializedAtlas } from '../build/compile-atlas';
import { IMPORTED_TITLE } from '../model/build-graph';
import type { CompileMessage } from '../build/compile-worker';
import type { DataFile } from '../model/validate';

export type { CompilePhase, CompileProgress };

/** The answer: an atlas, the problems found, or word that the caller cancelled (with no problems). */
export type OpenDatasetReply = { ok: true; atlas: SerializedAtlas } | { ok: false; problems: string[]; cancelled?: true };

export interface OpenDatasetOptions {
  /** Called as files are read ('reading', done of total files) and as the worker gets on. */
  onprogress?: (progress: CompileProgress) => void;
  /** Aborting terminates the worker; the promise then resolves to `{ ok: false, cancelled: true }`. */
  signal?: AbortSignal;
}

const CANCELLED: OpenDatasetReply = { ok: false, problems: [], cancelled: true };

/** A short, stable tag for imported data: FNV-1a over names and contents. */
function hashFiles(files: DataFile[]): string {
  let h = 0x811c9dc5;
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const ch of `${f.name}\0${f.text}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Reads the files' text and compiles them in a Web Worker. */
export async function openDataset(list: FileList | File[], options: OpenDatasetOptions = {}): Promise<OpenDatasetReply> {
  const { onprogress, signal } = options;
  const chosen = [...list];
  let read = 0;
  onprogress?.({ phase: 'reading', done: 0, total: chosen.length });
  const files: DataFile[] = await Promise.all(chosen.map(async (f) => {
    const text = await f.text();
    onprogress?.({ phase: 'reading', done: ++read, total: chosen.length });
    return { name: f.name, text };
  }));
  if (signal?.aborted) return CANCELLED;
  const worker = new Worker(new URL('../build/compile-worker.ts', import.meta.url), { type: 'module' });
  let onabort = () => {};
  try {
    return await new Promise<OpenDatasetReply>((resolve, reject) => {
      onabort = () => resolve(CANCELLED);
      signal?.addEventListener('abort', onabort, { once: true });
      worker.onmessage = (event: MessageEvent<CompileMessage>) => {
        const message = event.data;
        if (message.type === 'done') resolve(message.reply);
        else onprogress?.({ phase: message.phase, done: message.done, total: message.total });
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the dataset worker failed'));
      worker.postMessage({ files, version: `imported+${hashFiles(files)}`, title: IMPORTED_TITLE });
    });
  } finally {
    signal?.removeEventListener('abort', onabort);
    worker.terminate();
  }
}
