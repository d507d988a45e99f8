// Opens dataset files chosen by the user: reads them, compiles them in a worker, and answers
// with either a new atlas or the list of problems (the current graph is left untouched).
import type { CompileReply } from '../build/compile-worker';
import type { DataFile } from '../model/validate';

/** A short, stable tag for imported data: FNV-1a over names and contents. */
function hashFiles(files: DataFile[]): string {
  let h = 0x811c9dc5;
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const ch of `${f.name}\0${f.text}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Reads the files' text and compiles them in a Web Worker. */
export async function openDataset(list: FileList | File[]): Promise<CompileReply> {
  const files: DataFile[] = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
  const worker = new Worker(new URL('../build/compile-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CompileReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CompileReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the dataset worker failed'));
      worker.postMessage({ files, version: `imported+${hashFiles(files)}` });
    });
  } finally {
    worker.terminate();
  }
}
