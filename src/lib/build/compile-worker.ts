// Web Worker that validates and compiles dataset files a user opens, off the main thread
// (validation, ForceAtlas2 and metrics together take a second or more).
import { compileAtlas, type SerializedAtlas } from './compile-atlas';
import { formatProblem, type DataFile } from '../model/validate';

export interface CompileRequest { files: DataFile[]; version: string }
/** Problems come back formatted as `file:line: id: field: message`. */
export type CompileReply = { ok: true; atlas: SerializedAtlas } | { ok: false; problems: string[] };

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  let reply: CompileReply;
  try {
    const result = compileAtlas(event.data.files, event.data.version);
    reply = result.ok ? { ok: true, atlas: result.atlas } : { ok: false, problems: result.problems.map(formatProblem) };
  } catch (error) {
    reply = { ok: false, problems: [`could not build the graph: ${error instanceof Error ? error.message : String(error)}`] };
  }
  (self as unknown as Worker).postMessage(reply);
};
