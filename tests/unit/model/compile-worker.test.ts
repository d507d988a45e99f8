// The dataset worker tells how far it has got (reading, validating, measuring, laying out), then
// answers once; openDataset forwards that progress and can be cancelled, which ends the worker.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompileMessage, CompileRequest } from '../../../src/lib/build/compile-worker';
import { readDataFiles } from '../../../scripts/read-data';

const mini = readDataFiles(join(__dirname, '../../fixtures/mini'));

// The worker module installs its handler on `self`, which node lacks.
const self = { onmessage: null as null | ((event: { data: CompileRequest }) => void), postMessage: vi.fn() };
vi.stubGlobal('self', self);
const { runCompile } = await import('../../../src/lib/build/compile-worker');
const { openDataset } = await import('../../../src/lib/state/open-dataset');

describe('compile worker', () => {
  it('posts progress through every phase, then one reply', () => {
    const messages: CompileMessage[] = [];
    runCompile({ files: mini, version: 'test' }, (m) => messages.push(m));
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : []));
    expect([...new Set(phases)]).toEqual(['reading', 'validating', 'measuring', 'laying out']);
    for (const m of messages) if (m.type === 'progress') expect(m.done).toBeLessThanOrEqual(m.total);
    expect(messages.filter((m) => m.type === 'done')).toHaveLength(1);
    const last = messages.at(-1)!;
    expect(last.type === 'done' && last.reply.ok && last.reply.atlas.nodes.length).toBe(5);
  });

  it('answers problems formatted with line and column', () => {
    const files = mini.map((f) => (f.name === 'people.json' ? { ...f, text: '[\n  {"id": "x",\n  "label": }\n]' } : f));
    const messages: CompileMessage[] = [];
    runCompile({ files, version: 'test' }, (m) => messages.push(m));
    expect(messages.at(-1)).toEqual({ type: 'done', reply: { ok: false, problems: [
      'people.json:3:12: -: -: invalid JSON: expected a value (ValueExpected); references to its nodes were not checked',
    ] } });
  });

  it('handles a message posted to the worker', () => {
    self.onmessage!({ data: { files: mini, version: 'test' } });
    expect(self.postMessage).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'done' }));
  });
});

/** Stands in for the browser's Worker: replays what the real one would post, or stays silent. */
class FakeWorker {
  static last: FakeWorker | null = null;
  static script: CompileMessage[] | null = null;
  onmessage: ((event: { data: CompileMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) { FakeWorker.last = this; }
  postMessage(): void {
    const script = FakeWorker.script;
    if (script) setTimeout(() => { for (const data of script) if (!this.terminated) this.onmessage?.({ data }); });
  }
  terminate(): void { this.terminated = true; }
}

describe('openDataset', () => {
  vi.stubGlobal('Worker', FakeWorker);
  const chosen = () => mini.map((f) => new File([f.text], f.name));
  afterEach(() => { FakeWorker.last = null; FakeWorker.script = null; });

  it('forwards progress and resolves with the reply, then ends the worker', async () => {
    FakeWorker.script = [
      { type: 'progress', phase: 'validating', done: 5, total: 10 },
      { type: 'progress', phase: 'laying out', done: 0, total: 1 },
      { type: 'done', reply: { ok: false, problems: ['x.json: -: -: nope'] } },
    ];
    const seen: string[] = [];
    const reply = await openDataset(chosen(), { onprogress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(reply).toEqual({ ok: false, problems: ['x.json: -: -: nope'] });
    expect(seen).toEqual(['reading 0/7', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `reading ${n}/7`), 'validating 5/10', 'laying out 0/1']);
    expect(FakeWorker.last?.url.pathname).toMatch(/compile-worker\.ts$/);
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('cancels: terminates the worker and says so', async () => {
    const controller = new AbortController();
    const pending = openDataset(chosen(), { signal: controller.signal });
    await vi.waitFor(() => expect(FakeWorker.last).not.toBeNull());
    controller.abort();
    expect(await pending).toEqual({ ok: false, problems: [], cancelled: true });
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('does not start a worker when cancelled before the files are read', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await openDataset(chosen(), { signal: controller.signal })).toEqual({ ok: false, problems: [], cancelled: true });
    expect(FakeWorker.last).toBeNull();
  });

  it('rejects when the worker fails', async () => {
    const pending = openDataset(chosen());
    await vi.waitFor(() => expect(FakeWorker.last?.onerror).toBeTruthy());
    FakeWorker.last!.onerror!({ message: 'boom' });
    await expect(pending).rejects.toThrow('boom');
    expect(FakeWorker.last?.terminated).toBe(true);
  });
});
