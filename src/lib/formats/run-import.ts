// The import itself, as the worker runs it (and tests run it in Node): bytes → text → the format's
// reader → checks → atlas (metrics, layout). It never throws: whatever the files hold, the answer is
// an atlas with warnings, the problems that refused them, or the CSV previews for the mapping step.
import { readCsv, previewCsv, type CsvMapping, type CsvPreview } from './csv';
import type { ForeignGraph } from './foreign';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { ImportedAtlas } from './imported';
import { readGraphologyJson } from './json';
import type { LayoutProgress } from './layout';
import { ProblemList } from './problem';
import { sniff } from './sniff';
import { decodeText } from './text';
import { toAtlas } from './to-atlas';

/** A file as the page hands it over. */
export interface ImportFile { name: string; bytes: ArrayBuffer }

/** What the page asks: files, and for CSV the role of each column of each file (by file name). */
export interface ImportRequest { files: ImportFile[]; mappings?: Record<string, CsvMapping> }

export type ImportPhase = 'reading' | 'checking' | 'measuring' | 'laying out';

/** How far an import has got; while laying out, the iterations and the quality figure. */
export interface ImportProgress { phase: ImportPhase; done: number; total: number; quality?: number }

export type ImportReply =
  | { ok: true; atlas: ImportedAtlas; warnings: string[] }
  | { ok: false; problems: string[] }
  | { ok: false; mapping: CsvPreview[] };

export interface ImportIo {
  onprogress?: (progress: ImportProgress) => void;
  /** Asked between layout batches: true stops the layout where it is (the graph still opens). */
  stopped?: () => boolean | Promise<boolean>;
}

/** Files larger than this are refused before reading (a Worker's string limit is near 512 MB). */
export const MAX_BYTES = 256 * 1024 * 1024;

/** A short, stable tag for an opened file: FNV-1a over its names and bytes. */
export function fingerprint(files: ImportFile[]): string {
  let h = 0x811c9dc5;
  for (const file of files) {
    for (let i = 0; i < file.name.length; i++) h = Math.imul(h ^ file.name.charCodeAt(i), 0x01000193) >>> 0;
    const bytes = new Uint8Array(file.bytes);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const titleOf = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.(gexf|graphml|xml|json|csv|tsv|txt)$/i, '') || name;

/** Runs one import. */
export async function runImport(request: ImportRequest, io: ImportIo = {}): Promise<ImportReply> {
  try {
    return await importFiles(request, io);
  } catch (error) {
    return { ok: false, problems: [`the file could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

async function importFiles(request: ImportRequest, io: ImportIo): Promise<ImportReply> {
  const { files } = request;
  if (files.length === 0) return { ok: false, problems: ['no file was chosen'] };
  const texts: { name: string; text: string }[] = [];
  const all: ProblemList[] = [];
  const problemsOf = (name: string) => {
    let list = all.find((p) => p.file === name);
    if (!list) all.push((list = new ProblemList(name)));
    return list;
  };
  io.onprogress?.({ phase: 'reading', done: 0, total: files.length });
  for (const [i, file] of files.entries()) {
    if (file.bytes.byteLength > MAX_BYTES) {
      problemsOf(file.name).add(`${Math.round(file.bytes.byteLength / 1048576)} MB: expected at most ${MAX_BYTES / 1048576} MB`);
      continue;
    }
    const decoded = decodeText(new Uint8Array(file.bytes));
    if (decoded.ok) texts.push({ name: file.name, text: decoded.text });
    else problemsOf(file.name).add(decoded.message, { line: decoded.line });
    io.onprogress?.({ phase: 'reading', done: i + 1, total: files.length });
  }
  const failed = () => ({ ok: false as const, problems: all.flatMap((p) => p.lines()) });
  if (all.some((p) => p.size > 0)) return failed();

  const formats = texts.map((t) => sniff(t.name, t.text.slice(0, 4000)));
  const csv = formats.every((f) => f === 'csv');
  if (formats.includes('unknown')) {
    texts.forEach((t, i) => { if (formats[i] === 'unknown') problemsOf(t.name).add('not a format the atlas opens: expected GEXF (.gexf), GraphML (.graphml), CSV (.csv, .tsv) or graphology JSON (.json)'); });
    return failed();
  }
  if (formats.includes('dataset')) return { ok: false, problems: ['these are the app\'s own dataset files: open all seven of them together (people, periodicals, organizations, works, events, relations, sources)'] };
  if (!(texts.length === 1 || (csv && texts.length === 2))) {
    return { ok: false, problems: [`${texts.length} files of different kinds: open one graph at a time (one GEXF, GraphML or JSON file, or one or two CSV files: nodes and edges)`] };
  }
  io.onprogress?.({ phase: 'checking', done: 0, total: 1 });
  const warnings = new ProblemList(texts[0].name);
  let graph: ForeignGraph | null;
  if (csv) {
    const mappings = request.mappings;
    if (!mappings || texts.some((t) => !mappings[t.name])) return { ok: false, mapping: texts.map((t) => previewCsv(t.name, t.text)) };
    graph = readCsv(texts.map((t) => ({ ...t, mapping: mappings[t.name] })), problemsOf, warnings);
  } else {
    const { name, text } = texts[0];
    const problems = problemsOf(name);
    const read = formats[0] === 'gexf' ? readGexf : formats[0] === 'graphml' ? readGraphml : readGraphologyJson;
    graph = read(text, problems, warnings);
  }
  if (!graph || all.some((p) => p.size > 0)) {
    if (all.every((p) => p.size === 0)) problemsOf(texts[0].name).add('the file could not be read');
    return failed();
  }
  io.onprogress?.({ phase: 'checking', done: 1, total: 1 });
  const atlas = await toAtlas(graph, {
    title: texts.map((t) => titleOf(t.name)).join(' + '),
    version: `file+${fingerprint(files)}`,
    onphase: (phase) => io.onprogress?.({ phase, done: 0, total: 1 }),
    onlayout: (p: LayoutProgress) => io.onprogress?.({ phase: 'laying out', done: p.iterations, total: p.total, quality: p.quality }),
    stopped: io.stopped,
  });
  return { ok: true, atlas, warnings: warnings.lines() };
}
