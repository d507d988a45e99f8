// The scale bench's tables and verdicts (issue 10's targets), printed and, with --record, written
// as Markdown. Medians over the cold loads, with min–max.
import type { ScaleFile } from './scale-files';
import type { ScaleRun } from './scale-run';
import { stat, type Stat, type Verdict } from './report';

/** The runs of one file in one page. */
export interface ScaleResult { file: ScaleFile; page: 'bare' | 'current'; runs: ScaleRun[]; failures: string[] }

type Unit = 'ms' | 'MB' | '';
interface Row { label: string; unit: Unit; value: (r: ScaleRun) => number | null }

const longest = (r: ScaleRun) => r.longTasks[0]?.duration ?? 0;

export const SCALE_ROWS: Row[] = [
  { label: 'navigation → file parsed (atlas:file-parsed)', unit: 'ms', value: (r) => r.parsed },
  { label: 'navigation → first WebGL draw', unit: 'ms', value: (r) => r.firstGlDraw },
  { label: 'navigation → first frame on screen (draw + 2 rAF)', unit: 'ms', value: (r) => r.onScreen },
  { label: 'navigation → every relation drawn (app, large graph: atlas:edges-drawn; else the first draw)', unit: 'ms', value: (r) => r.edgesDrawn ?? null },
  { label: 'navigation → at rest', unit: 'ms', value: (r) => r.atRest },
  { label: 'longest main-thread task, navigation → rest', unit: 'ms', value: longest },
  { label: 'main-thread long tasks (> 50 ms), count', unit: '', value: (r) => r.longTaskCount },
  { label: 'hover → sigma enterNode', unit: 'ms', value: (r) => r.hoverEnter },
  { label: 'hover → highlighted frame (+ 2 rAF)', unit: 'ms', value: (r) => r.hoverShown },
  { label: 'click → panel open (+ 2 rAF)', unit: 'ms', value: (r) => r.clickShown },
  { label: 'pan + zoom 2 s: median frame (afterRender gap)', unit: 'ms', value: (r) => r.zoomFrame },
  { label: 'JS heap after load (main thread, after GC)', unit: 'MB', value: (r) => (r.heap === null ? null : r.heap / 2 ** 20) },
];

const fmt = (v: number, unit: Unit) => (unit === 'MB' ? v.toFixed(1) : unit === '' ? v.toFixed(0) : v < 100 ? v.toFixed(1) : Math.round(v).toString());
const cell = (s: Stat | null, unit: Unit) => (s ? `${fmt(s.median, unit)}${unit ? ` ${unit}` : ''}` : '—');
const spread = (s: Stat | null, unit: Unit) => (s && s.min !== s.max ? ` (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '');

const statOf = (result: ScaleResult | undefined, row: Row) => (result ? stat(result.runs.map(row.value)) : null);

function find(results: ScaleResult[], size: string, positions: boolean, page: 'bare' | 'current') {
  return results.find((r) => r.file.size.name === size && r.file.positions === positions && r.page === page);
}

/** issue 10's targets, on the app (current) against the bare GEXF page. */
export function scaleVerdicts(results: ScaleResult[]): Verdict[] {
  const v: Verdict[] = [];
  const medianOf = (size: string, positions: boolean, page: 'bare' | 'current', label: string) => {
    const row = SCALE_ROWS.find((r) => r.label.startsWith(label))!;
    return statOf(find(results, size, positions, page), row);
  };
  const app10 = medianOf('10k', true, 'current', 'navigation → first frame');
  const bare10 = medianOf('10k', true, 'bare', 'navigation → first frame');
  v.push(app10 && bare10
    ? { target: '10k first frame ≤ 1.2 × bare', value: `${(app10.median / bare10.median).toFixed(2)}× bare (${fmt(app10.median, 'ms')} vs ${fmt(bare10.median, 'ms')} ms)`, pass: app10.median <= 1.2 * bare10.median }
    : { target: '10k first frame ≤ 1.2 × bare', value: 'not measured', pass: null });
  // The app's first frame holds the nodes; its relations follow in slices: the whole picture, against the bare page's first frame.
  const all10 = medianOf('10k', true, 'current', 'navigation → every relation');
  v.push(all10 && bare10
    ? { target: '10k every relation drawn ≤ 1.2 × bare first frame', value: `${(all10.median / bare10.median).toFixed(2)}× bare (${fmt(all10.median, 'ms')} vs ${fmt(bare10.median, 'ms')} ms)`, pass: all10.median <= 1.2 * bare10.median }
    : { target: '10k every relation drawn ≤ 1.2 × bare first frame', value: 'not measured', pass: null });
  const app50 = medianOf('50k', true, 'current', 'navigation → first frame');
  v.push(app50 ? { target: '50k first frame ≤ 15 s', value: `${(app50.median / 1000).toFixed(1)} s`, pass: app50.median <= 15_000 }
    : { target: '50k first frame ≤ 15 s', value: 'not measured', pass: null });
  for (const r of results.filter((r) => r.page === 'current')) {
    const s = stat(r.runs.map(longest));
    const target = `longest task ≤ 200 ms, ${r.file.size.name}${r.file.positions ? '' : ' without positions (layout)'}`;
    v.push(s ? { target, value: `${fmt(s.median, 'ms')} ms (worst ${fmt(s.max, 'ms')})`, pass: s.median <= 200 } : { target, value: 'not measured', pass: null });
  }
  for (const size of ['10k', '50k']) {
    const hover = medianOf(size, true, 'current', 'hover → highlighted');
    v.push(hover ? { target: `hover ≤ 100 ms, ${size}`, value: `${fmt(hover.median, 'ms')} ms`, pass: hover.median <= 100 } : { target: `hover ≤ 100 ms, ${size}`, value: 'not measured', pass: null });
    const click = medianOf(size, true, 'current', 'click → panel');
    v.push(click ? { target: `click → panel ≤ 200 ms, ${size}`, value: `${fmt(click.median, 'ms')} ms`, pass: click.median <= 200 } : { target: `click → panel ≤ 200 ms, ${size}`, value: 'not measured', pass: null });
  }
  const frame = medianOf('10k', true, 'current', 'pan + zoom');
  const bareFrame = medianOf('10k', true, 'bare', 'pan + zoom');
  v.push(frame ? { target: 'pan + zoom frame ≤ 33 ms, 10k', value: `${fmt(frame.median, 'ms')} ms${bareFrame ? ` (bare ${fmt(bareFrame.median, 'ms')} ms)` : ''}`, pass: frame.median <= 33 }
    : { target: 'pan + zoom frame ≤ 33 ms, 10k', value: 'not measured', pass: null });
  const heap = medianOf('50k', true, 'current', 'JS heap');
  v.push({ target: 'JS heap after load, 50k (no target)', value: heap ? `${fmt(heap.median, 'MB')} MB` : 'not measured', pass: null, informational: true });
  return v;
}

/** Text and Markdown for every file measured, then the verdicts. */
export function scaleReport(results: ScaleResult[]): { text: string; markdown: string } {
  const text: string[] = [];
  const md: string[] = [];
  const sizes = [...new Set(results.map((r) => r.file.size.name))];
  for (const size of sizes) {
    for (const positions of [true, false]) {
      const bare = find(results, size, positions, 'bare');
      const app = find(results, size, positions, 'current');
      const any = app ?? bare;
      if (!any) continue;
      const { file } = any;
      const title = `${file.size.nodes.toLocaleString('en')} nodes / ${file.size.edges.toLocaleString('en')} edges, ${positions ? 'with positions' : 'without positions (laid out in the app)'} — ${file.file}, ${(file.bytes / 2 ** 20).toFixed(1)} MB`;
      const count = (r?: ScaleResult) => (r ? `${r.runs.length}${r.failures.length ? ` (+${r.failures.length} failed)` : ''}` : '—');
      text.push(`\n${title}\n  runs: app ${count(app)}${bare ? `, bare ${count(bare)}` : ''}`);
      md.push(`\n#### ${title}\n\nCold loads: app ${count(app)}${bare ? `, bare ${count(bare)}` : ''}.\n\n| measure | app (median, min–max) |${bare ? ' bare GEXF page | app / bare |' : ''}\n|---|---|${bare ? '---|---|' : ''}`);
      for (const row of SCALE_ROWS) {
        const a = statOf(app, row);
        const b = statOf(bare, row);
        if (!a && !b) continue;
        const ratio = a && b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : '—';
        text.push(`  ${row.label.padEnd(52)} ${(cell(a, row.unit) + spread(a, row.unit)).padEnd(26)}${bare ? ` ${(cell(b, row.unit) + spread(b, row.unit)).padEnd(26)} ${ratio}` : ''}`);
        md.push(`| ${row.label} | ${cell(a, row.unit)}${spread(a, row.unit)} |${bare ? ` ${cell(b, row.unit)}${spread(b, row.unit)} | ${ratio} |` : ''}`);
      }
      for (const r of [app, bare]) for (const f of r?.failures ?? []) { text.push(`  failed (${r!.page}): ${f}`); md.push(`\nFailed (${r!.page}): ${f}`); }
      const notTop = app?.runs.filter((r) => r.hoverTopDegree === false).length ?? 0;
      if (notTop) { text.push(`  note: the hover landed on another node than the highest-degree one in ${notTop} runs (sigma picked another node at the point aimed at)`); md.push(`\nNote: the hover landed on another node than the highest-degree one in ${notTop} runs (sigma picked another node at the point aimed at).`); }
    }
  }
  const verdicts = scaleVerdicts(results);
  text.push('\nTargets (issue 10; the app against the bare GEXF page)');
  md.push('\n#### Targets (issue 10)\n\n| target | value | result |\n|---|---|---|');
  for (const v of verdicts) {
    const result = v.pass === null ? '—' : v.pass ? 'PASS' : 'FAIL';
    text.push(`  ${v.pass === false ? '✗' : ' '} ${v.target.padEnd(46)} ${result.padEnd(5)} ${v.value}`);
    md.push(`| ${v.target} | ${v.value} | ${v.pass === null ? '—' : `**${result}**`} |`);
  }
  const failed = verdicts.filter((v) => v.pass === false).length;
  const measured = verdicts.filter((v) => v.pass !== null).length;
  text.push(failed ? `  FAIL: ${failed} of ${measured} targets not met.` : measured ? `  All ${measured} targets measured were met.` : '  No target was measured.');
  return { text: text.join('\n'), markdown: md.join('\n') };
}
