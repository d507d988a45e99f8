// A lean Chromium trace of each run (CDP Tracing on the page's session), read for one thing: when a
// frame that contains a given piece of drawing was presented, i.e. its buffer swap finished in the GPU
// process. That is when a person sees it. Only two categories are recorded, so the trace costs little:
// `blink.user_timing` (performance marks, which also tie the page's clock to the trace's) and
// `benchmark` (cc's main-frame and activation slices, viz's Graphics.Pipeline steps and DrawAndSwap).
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = ['blink.user_timing', 'benchmark'];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: Record<string, unknown>;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordUntilFull', includedCategories: TRACE_CATEGORIES },
  });
}

export async function stopTrace(cdp: CDPSession, timeoutMs = 30_000): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the trace did not complete within ${timeoutMs / 1000} s`)), timeoutMs);
    cdp.once('Tracing.tracingComplete', (event) => { clearTimeout(timer); resolve(event); });
  });
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Chromium returned no trace stream');
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 * 2 ** 20 });
    chunks.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

interface Slice { ts: number; end: number }

/**
 * The frames of one page in one trace, with the page's clock (performance.now(), ms) on both sides.
 *
 * A piece of drawing done at page time t reaches the screen through: the main frame that contains t
 * or is the first to start after it (`ProxyMain::BeginMainFrame`: rAF callbacks, paint, commit) → the
 * commit on the compositor (`ProxyImpl::Commit`) → activation of that tree (`ActivateSyncTree`) → the
 * renderer's next compositor frame (`Graphics.Pipeline` STEP_SUBMIT_COMPOSITOR_FRAME) → the display
 * compositor's next draw (`Graphics.Pipeline.DrawAndSwap`, an async slice that ends when the swap has
 * been presented). Each link takes the first event after the previous one, so a frame drawn while an
 * older one was still in flight is counted at the later frame: exact to the frame, never early.
 */
export class FrameTimeline {
  private readonly offsetUs: number;
  private readonly mainFrames: Slice[];
  private readonly commits: Slice[];
  private readonly activations: Slice[];
  private readonly submits: number[];
  private readonly displayFrames: Slice[];

  constructor(events: TraceEvent[], anchorMark: string) {
    const anchor = events.find((e) => e.name === anchorMark && e.cat.includes('user_timing') && typeof (e.args?.data as { startTime?: number } | undefined)?.startTime === 'number');
    if (!anchor) throw new Error(`the trace has no '${anchorMark}' mark`);
    const pid = anchor.pid;
    this.offsetUs = anchor.ts - (anchor.args!.data as { startTime: number }).startTime * 1000;
    const complete = (name: string, filter: (e: TraceEvent) => boolean = () => true) => events
      .filter((e) => e.ph === 'X' && e.name === name && e.pid === pid && filter(e))
      .map((e) => ({ ts: e.ts, end: e.ts + (e.dur ?? 0) }))
      .sort((a, b) => a.ts - b.ts);
    this.mainFrames = complete('ProxyMain::BeginMainFrame', (e) => e.tid === anchor.tid);
    this.commits = complete('ProxyImpl::Commit');
    this.activations = complete('LayerTreeHostImpl::ActivateSyncTree');
    this.submits = events
      .filter((e) => e.ph === 'X' && e.name === 'Graphics.Pipeline' && e.pid === pid
        && (e.args?.chrome_graphics_pipeline as { step?: string } | undefined)?.step === 'STEP_SUBMIT_COMPOSITOR_FRAME')
      .map((e) => e.ts).sort((a, b) => a - b);
    // DrawAndSwap begins when viz draws and ends at presentation; pair begin and end in file order.
    const open = new Map<string, number>();
    const frames: Slice[] = [];
    for (const e of events) {
      if (e.name !== 'Graphics.Pipeline.DrawAndSwap' || (e.ph !== 'b' && e.ph !== 'e')) continue;
      const key = `${e.pid}:${e.tid}:${e.id2?.local ?? e.id2?.global ?? e.id ?? ''}`;
      if (e.ph === 'b') open.set(key, e.ts);
      else if (open.has(key)) {
        frames.push({ ts: open.get(key)!, end: e.ts });
        open.delete(key);
      }
    }
    this.displayFrames = frames.sort((a, b) => a.ts - b.ts);
    if (!this.mainFrames.length || !this.displayFrames.length) throw new Error('the trace has no main frames or no display frames (categories not recorded?)');
  }

  private toTrace(ms: number): number { return ms * 1000 + this.offsetUs; }
  private toPage(us: number): number { return (us - this.offsetUs) / 1000; }

  /** Page time at which the frame containing drawing done at page time `ms` was presented; null if not in the trace. */
  presentedAfter(ms: number): number | null {
    const t = this.toTrace(ms);
    const main = this.mainFrames.find((f) => f.end >= t);
    const commit = main && this.commits.find((c) => c.ts >= main.ts);
    const activation = commit && this.activations.find((a) => a.ts >= commit.ts);
    const submit = activation && this.submits.find((s) => s >= activation.end);
    const display = submit !== undefined ? this.displayFrames.find((d) => d.ts >= submit) : undefined;
    return display ? this.toPage(display.end) : null;
  }

  /** Page times of every presentation between two page times. */
  presentationsBetween(fromMs: number, toMs: number): number[] {
    const [from, to] = [this.toTrace(fromMs), this.toTrace(toMs)];
    return this.displayFrames.filter((d) => d.end >= from && d.end <= to).map((d) => this.toPage(d.end));
  }
}
