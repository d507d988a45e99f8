// Web Worker that validates and compiles dataset files a user opens, off the main thread
// (validation, ForceAtlas2 and metrics together take a second or more), telling how far it has got.
import { compileAtlas, type CompileProgress, type SerializedAtlas } from './compile-atlas';
import { formatProblem, type DataFile } from '../model/validate';

/** What the page sends: the files' names and text, and the version tag for the atlas. */
export interface CompileRequest { files: DataFile[]; version: string; title?: string }

/** The outcome. Problems come formatted as `file:line:column: id: field: message`. */
export type CompileReply = { ok: true; atlas: SerializedAtlas } | { ok: false; problems: string[] };

/**
 * What the worker posts back: any number of `progress` messages (phases 'reading', 'validating',
 * 'measuring', 'laying out', each counting `done` of `total`), then exactly one `done`.
 */
export type CompileMessage =
  | ({ type: 'progress' } & CompileProgress)
  | { type: 'done'; reply: CompileReply };

/** Compiles one request, posting progress and then the reply through `post`. */
export function runCompile(request: CompileRequest, post: (message: CompileMessage) => void): void {
  let reply: CompileReply;
  try {
    const result = compileAtlas(request.files, request.version, {
      title: request.title,
      onprogress: (progress) => post({ type: 'progress', ...progress }),
    });
    reply = result.ok ? { ok: true, atlas: result.atlas } : { ok: false, problems: result.problems.map(formatProblem) };
  } catch (error) {
    reply = { ok: false, problems: [`could not build the graph: ${error instanceof Error ? error.message : String(error)}`] };
  }
  post({ type: 'done', reply });
}

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  runCompile(event.data, (message) => (self as unknown as Worker).postMessage(message));
};
