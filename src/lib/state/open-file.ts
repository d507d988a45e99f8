// Opens a network a user gives the app: files chosen in Data → Open… or dropped on the stage, or a
// link's `?file=<url>`. The app's own seven dataset files go to the dataset compiler as before; any
// other file goes to the import worker (GEXF, GraphML, CSV with its mapping step, graphology JSON).
// Progress, Stop (of the layout) and Cancel are offered through AtlasState; the graph on screen is
// replaced only by a graph that opened, and every refusal lists its problems.
import { decodeImported } from '../formats/imported';
import { turn } from '../model/slices';
import { parallelCurvaturesSliced } from '../render/parallels-sliced';
import { startImport, type ImportReply } from '../formats/import-client';
import type { ImportFile } from '../formats/run-import';
import { DATA_FILES } from '../model/data-files';
import { warmUpGpu } from '../render/gpu-warmup';
import { isSteppedGraph } from '../render/large-graph';
import { importedWorkspace, type AtlasState } from './atlas.svelte';

/** Files at most this large are fetched for `?file=` (the worker refuses larger ones anyway). */
const MAX_FETCH = 256 * 1024 * 1024;

const isDataset = (files: readonly File[]) => files.length > 1 && files.every((f) => DATA_FILES.includes(f.name));

async function readAll(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/** Runs the import, asking for the CSV mapping when the worker needs it; null when cancelled. */
async function importWithMapping(atlas: AtlasState, load: () => Promise<ImportFile[]>): Promise<ImportReply | null> {
  // The GPU is started while the file is read and parsed (the first frame of a new graph needs it).
  warmUpGpu();
  let mappings: Record<string, import('../formats/csv').CsvMapping> | undefined;
  for (;;) {
    const files = await load();
    let cancelled = false;
    const job = startImport(files, mappings, (p) => atlas.setImporting({
      phase: p.phase, done: p.done, total: p.total, quality: p.quality, cancel,
      stop: p.phase === 'laying out' ? () => job.stopLayout() : undefined,
    }));
    const cancel = () => { cancelled = true; job.cancel(); };
    atlas.setImporting({ phase: 'reading', done: 0, total: files.length, cancel });
    const reply = await job.reply;
    if (cancelled || ('cancelled' in reply && reply.cancelled)) return null;
    if ('mapping' in reply) {
      atlas.setImporting(null);
      const answer = await new Promise<Record<string, import('../formats/csv').CsvMapping> | null>((resolve) => {
        atlas.setMapping({ previews: reply.mapping, answer: resolve });
      });
      atlas.setMapping(null);
      if (!answer) return null;
      mappings = answer;
      continue;
    }
    return reply as ImportReply;
  }
}

/** What to call the opened graph in the notice. */
const counted = (order: number, size: number) => `${grouped(order)} node${order === 1 ? '' : 's'}, ${grouped(size)} relation${size === 1 ? '' : 's'}`;

/** 12345 → "12,345" (as toLocaleString('en') writes it, without the 10+ ms its first call costs). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');


/** Opens an import's reply: the graph, or its problems (the graph on screen stays). True when opened. */
async function finish(atlas: AtlasState, reply: ImportReply, origin: string, search: string | null): Promise<boolean> {
  if (!reply.ok) {
    atlas.setImportProblems('problems' in reply ? reply.problems : []);
    return false;
  }
  // `npm run bench -- --scale` reads these marks: the worker's answer arrived, the graph is built.
  performance.mark('atlas:file-parsed');
  atlas.setImporting({ phase: 'drawing', done: 0, total: 1 });
  const graph = await decodeImported(reply.atlas, origin);
  performance.mark('atlas:graph-built');
  const layout = reply.atlas.layout;
  const laid = layout.computed ? ` Laid out here (${layout.iterations} ForceAtlas2 iterations${layout.stopped ? ', stopped early' : ''}).` : '';
  const warned = reply.warnings.length ? ` ${reply.warnings.length} note${reply.warnings.length === 1 ? '' : 's'}: ${reply.warnings.join('; ')}` : '';
  // A stepped graph's renderer parts are loaded now, so that the canvas gets them without a task between.
  if (isSteppedGraph(graph.order, graph.size)) await import('../render/large-parts');
  // What the first frame reads is computed now, a task each, so that the frame's own task stays short.
  const workspace = importedWorkspace(graph, reply.atlas.texts);
  await workspace.prepare(turn, parallelCurvaturesSliced);
  atlas.setImportProblems([]);
  atlas.openWorkspace(workspace, `Opened “${graph.getAttribute('title')}”: ${counted(graph.order, graph.size)}.${laid}${warned}`, search);
  return true;
}

/** Opens files chosen or dropped by the user. */
export async function openFiles(atlas: AtlasState, list: FileList | readonly File[]): Promise<void> {
  const files = [...list];
  if (files.length === 0) return;
  atlas.setImportProblems([]);
  try {
    if (isDataset(files)) {
      const { openDataset } = await import('./open-dataset');
      const controller = new AbortController();
      const reply = await openDataset(files, { signal: controller.signal, onprogress: (p) => atlas.setImporting({ ...p, cancel: () => controller.abort() }) });
      if (reply.ok) atlas.openAtlas(reply.atlas, `Opened your dataset: ${reply.atlas.nodes.length} nodes, ${reply.atlas.edges.length} relations.`);
      else if ('cancelled' in reply && reply.cancelled) atlas.addNotice('Opening the dataset was cancelled; the graph on screen is unchanged.');
      else atlas.setImportProblems(reply.problems);
      return;
    }
    const reply = await importWithMapping(atlas, () => readAll(files));
    if (!reply) atlas.addNotice('Opening the file was cancelled; the graph on screen is unchanged.');
    else await finish(atlas, reply, files.length === 1 ? files[0].name : files.map((f) => f.name).join(' + '), null);
  } catch (error) {
    atlas.setImportProblems([`Could not open the files: ${error instanceof Error ? error.message : String(error)}`]);
  } finally {
    atlas.setImporting(null);
  }
}

/** Why a fetch failed, in words a user can act on. */
function fetchFailure(url: URL, origin: string, detail: string): string {
  const foreign = url.origin !== origin;
  // index.html's connect-src: any https site, and plain http only on this computer (localhost).
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  const why = !foreign ? ''
    : url.protocol === 'http:' && !local ? ' It is on another site over plain http: this app reads other sites only over https, and only when their server allows it (CORS).'
      : ' It is on another site: its server must allow this app to read it (CORS).';
  return `${url.href}: could not be fetched (${detail}).${why} Download the file and open it with Data → Open… instead.`;
}

/**
 * Opens the file a link names (`?file=<url>`, same origin or any server that allows it by CORS) and
 * applies the rest of the link to it. False when it could not be opened (its problems are shown).
 */
export async function openUrl(atlas: AtlasState, raw: string, base: string, search: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    atlas.setImportProblems([`?file=${raw.slice(0, 200)}: not an address the app can fetch`]);
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    atlas.setImportProblems([`?file=${url.href.slice(0, 200)}: only http and https addresses can be opened`]);
    return false;
  }
  atlas.setImportProblems([]);
  const controller = new AbortController();
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'file');
  try {
    const reply = await importWithMapping(atlas, async () => {
      atlas.setImporting({ phase: 'downloading', done: 0, total: 0, cancel: () => controller.abort() });
      let response: Response;
      try {
        response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      } catch (error) {
        if (controller.signal.aborted) throw error;
        throw new Error(fetchFailure(url, new URL(base).origin, error instanceof Error ? error.message : String(error)), { cause: error });
      }
      if (!response.ok) throw new Error(fetchFailure(url, new URL(base).origin, `HTTP ${response.status}`));
      const total = Number(response.headers.get('content-length')) || 0;
      const reader = response.body?.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (reader) for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > MAX_FETCH) throw new Error(`${url.href}: larger than ${MAX_FETCH / 1048576} MB`);
        chunks.push(value);
        atlas.setImporting({ phase: 'downloading', done: size, total, cancel: () => controller.abort() });
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.byteLength; }
      return [{ name, bytes: bytes.buffer }];
    });
    if (!reply) { atlas.addNotice('Opening the file was cancelled.'); return false; }
    return await finish(atlas, reply, url.href, search);
  } catch (error) {
    if (controller.signal.aborted) { atlas.addNotice('Opening the file was cancelled.'); return false; }
    atlas.setImportProblems([error instanceof Error ? error.message : String(error)]);
    return false;
  } finally {
    atlas.setImporting(null);
  }
}
