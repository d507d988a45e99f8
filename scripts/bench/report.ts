// Turns the runs into tables (per page, then the ratios) and checks the targets. The same rows are
// printed and, with --record, written as Markdown.
import type { Run } from './run-page';

export interface PageResult {
  name: string;
  label: string;
  runs: Run[];
  failures: number;
  /** gzip bytes of the entry script and its modulepreload links. */
  firstPageJs: number;
}

type Key = 'firstDrawMark' | 'firstGlDraw' | 'onScreen' | 'presented' | 'hoverEnter' | 'hoverAnswered' | 'hoverPresented'
  | 'zoomFrame' | 'zoomPresentedFrame' | 'labelPlacement' | 'bytesBeforeDraw' | 'graphBytesBeforeDraw';

interface Measure { key: Key | 'firstPageJs'; label: string; unit: 'ms' | 'kB' }

export const MEASURES: Measure[] = [
  { key: 'firstDrawMark', label: 'navigation → drawn (atlas:first-draw mark)', unit: 'ms' },
  { key: 'firstGlDraw', label: 'navigation → first WebGL draw call', unit: 'ms' },
  { key: 'onScreen', label: 'navigation → on screen (first draw + 2 rAF)', unit: 'ms' },
  { key: 'presented', label: 'navigation → presented (trace: swap done)', unit: 'ms' },
  { key: 'hoverEnter', label: 'first hover → sigma enterNode (picking)', unit: 'ms' },
  { key: 'hoverAnswered', label: 'first hover → answered (draw + 2 rAF)', unit: 'ms' },
  { key: 'hoverPresented', label: 'first hover → presented (trace)', unit: 'ms' },
  { key: 'zoomFrame', label: 'zoom/pan redraw frame (median afterRender gap)', unit: 'ms' },
  { key: 'zoomPresentedFrame', label: 'zoom/pan presented frame (median gap, trace)', unit: 'ms' },
  { key: 'labelPlacement', label: 'label placement + drawing per frame (median, zoom/pan)', unit: 'ms' },
  { key: 'bytesBeforeDraw', label: 'bytes until drawn (all fetched, gzip)', unit: 'kB' },
  { key: 'graphBytesBeforeDraw', label: 'first-frame data (graph files, gzip)', unit: 'kB' },
  { key: 'firstPageJs', label: 'first-page JS (entry + modulepreload, gzip)', unit: 'kB' },
];

export interface Stat { median: number; min: number; max: number; n: number }

export function stat(values: (number | null)[]): Stat | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

export function measureStat(page: PageResult, key: Measure['key']): Stat | null {
  if (key === 'firstPageJs') { const k = page.firstPageJs / 1024; return { median: k, min: k, max: k, n: 1 }; }
  const values = page.runs.map((r) => r[key]);
  return stat(key === 'bytesBeforeDraw' || key === 'graphBytesBeforeDraw' ? values.map((b) => (b === null ? null : b / 1024)) : values);
}

const fmt = (value: number, unit: Measure['unit']) => (unit === 'kB' ? value.toFixed(1) : value < 100 ? value.toFixed(1) : Math.round(value).toString());
const cell = (s: Stat | null, unit: Measure['unit']) => (s ? `${fmt(s.median, unit)} ${unit}` : '—');
const range = (s: Stat | null, unit: Measure['unit']) => (s ? (s.min === s.max ? '' : `${fmt(s.min, unit)}–${fmt(s.max, unit)}`) : '');
const ratio = (a: Stat | null, b: Stat | null) => (a && b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : '—');

/** Issue 8's target: label placement within 4 ms a frame (median) for the bundled data. */
function labelPlacement(stat: Stat | null): Verdict {
  const target = 'label placement ≤ 4 ms a frame (median)';
  return stat ? { target, value: `${stat.median.toFixed(1)} ms`, pass: stat.median <= 4 } : { target, value: 'not measured', pass: null };
}

/** pass null: not measured. Informational verdicts are shown, never counted as the target. */
export interface Verdict { target: string; value: string; pass: boolean | null; informational?: boolean; note?: string }

/** The targets (the least accepted), checked on the subject page against the bare page. */
export function verdicts(subject: PageResult, bare: PageResult): Verdict[] {
  const s = (key: Measure['key'], p: PageResult) => measureStat(p, key);
  const within = (target: string, key: Key, factor: number, note?: string, informational = false): Verdict => {
    const [a, b] = [s(key, subject), s(key, bare)];
    if (!a || !b) return { target, value: 'not measured', pass: null, note, informational };
    const r = a.median / b.median;
    return { target, value: `${r.toFixed(2)}× bare (${fmt(a.median, 'ms')} vs ${fmt(b.median, 'ms')} ms)`, pass: r <= factor, note, informational };
  };
  const atMost = (target: string, key: Measure['key'], limit: number): Verdict => {
    const a = s(key, subject);
    return a ? { target, value: `${a.median.toFixed(1)} kB`, pass: a.median <= limit } : { target, value: 'not measured', pass: null };
  };
  // The page's own first-draw mark is the measure when it is set right after `new Sigma()` on both
  // pages; a mark set on a later render would compare different moments, so the probe's first WebGL
  // draw call stands in then.
  const marksOnTime = [subject, bare].every((p) => p.runs.length > 0 && p.runs.every((r) => r.firstDrawMark !== null && !r.firstDrawMarkLate));
  return [
    atMost('first-page JS ≤ 95 kB gzip', 'firstPageJs', 95),
    atMost('first-frame data ≤ 110 kB gzip', 'graphBytesBeforeDraw', 110),
    marksOnTime
      ? within('navigation → drawn ≤ 1.0 × bare', 'firstDrawMark', 1.0)
      : within('navigation → drawn ≤ 1.0 × bare', 'firstGlDraw', 1.0, `${subject.name}'s atlas:first-draw mark is missing or set after the first frame: compared by first WebGL draw call`),
    within('navigation → on screen ≤ 1.2 × bare', 'onScreen', 1.2),
    within('the same, by presentation (trace)', 'presented', 1.2, 'what a person sees; not the target', true),
    within('zoom/pan frame ≤ 1.1 × bare', 'zoomFrame', 1.1),
    within('the same, by presented frames (trace)', 'zoomPresentedFrame', 1.1, 'not the target', true),
    labelPlacement(s('labelPlacement', subject)),
  ];
}

export interface Report { text: string; markdown: string }

export function report(pages: PageResult[], subject: PageResult | null, extras: [string, string][]): Report {
  const bare = pages.find((p) => p.name === 'bare')!;
  const current = pages.find((p) => p.name === 'current');
  const baseline = pages.find((p) => p.name === 'baseline');
  const text: string[] = [];
  const md: string[] = [];

  for (const page of pages) {
    const n = page.runs.length;
    text.push(`\n${page.name} — ${page.label} (${n} run${n === 1 ? '' : 's'}${page.failures ? `, ${page.failures} failed` : ''})`);
    text.push(`  ${'measure'.padEnd(50)} ${'median'.padStart(10)}  min–max`);
    md.push(`\n### ${page.name}: ${page.label}\n\n${n} cold load${n === 1 ? '' : 's'}${page.failures ? ` (${page.failures} failed)` : ''}.\n\n| measure | median | min–max |\n|---|---|---|`);
    for (const m of MEASURES) {
      const st = measureStat(page, m.key);
      text.push(`  ${m.label.padEnd(50)} ${cell(st, m.unit).padStart(10)}  ${range(st, m.unit)}`);
      md.push(`| ${m.label} | ${cell(st, m.unit)} | ${range(st, m.unit)} |`);
    }
    const late = page.runs.filter((r) => r.firstDrawMarkLate).length;
    const noMark = page.runs.filter((r) => r.firstDrawMark === null).length;
    const notTop = page.runs.filter((r) => !r.hoverTopDegree).length;
    const onScreenGap = stat(page.runs.map((r) => (r.onScreenMark === null ? null : r.onScreenMark - r.onScreen)));
    const notes = [
      onScreenGap ? `the page's own atlas:on-screen mark came ${onScreenGap.median.toFixed(1)} ms (median; ${onScreenGap.min.toFixed(1)} to ${onScreenGap.max.toFixed(1)}) after the probe's "on screen"` : 'the page sets no atlas:on-screen mark: "on screen" is the probe\'s (first WebGL draw + 2 rAF), as for every page',
      late ? `atlas:first-draw set after the first frame in ${late}/${n} runs (a mark on a later render)` : '',
      noMark ? `no atlas:first-draw mark in ${noMark}/${n} runs` : '',
      notTop ? `the hover landed on another node than the highest-degree one in ${notTop}/${n} runs` : '',
    ].filter(Boolean);
    for (const note of notes) { text.push(`  note: ${note}`); md.push(`\nNote: ${note}.`); }
  }

  const cols = ['bare', current ? 'current' : '', baseline ? 'baseline' : ''].filter(Boolean);
  text.push(`\nComparison (medians)`);
  text.push(`  ${'measure'.padEnd(50)} ${cols.map((c) => c.padStart(10)).join(' ')} ${current ? ' cur/bare' : ''}${current && baseline ? '  cur/base' : ''}`);
  md.push(`\n### Comparison (medians)\n\n| measure | ${cols.join(' | ')} |${current ? ' current/bare |' : ''}${current && baseline ? ' current/baseline |' : ''}\n|---|${cols.map(() => '---|').join('')}${current ? '---|' : ''}${current && baseline ? '---|' : ''}`);
  // A first-draw mark set on a later render measures another moment: starred, and explained below.
  const lateMark = (name: string) => pages.find((p) => p.name === name)?.runs.some((r) => r.firstDrawMarkLate) ?? false;
  for (const m of MEASURES) {
    const stats = cols.map((c) => measureStat(pages.find((p) => p.name === c)!, m.key));
    const star = (i: number) => (m.key === 'firstDrawMark' && lateMark(cols[i]) ? '*' : '');
    const [b, c, bl] = [measureStat(bare, m.key), current && measureStat(current, m.key), baseline && measureStat(baseline, m.key)];
    const ratios = [current ? ratio(c ?? null, b) : null, current && baseline ? ratio(c ?? null, bl ?? null) : null].filter((x): x is string => x !== null);
    text.push(`  ${m.label.padEnd(50)} ${stats.map((st, i) => (cell(st, m.unit) + star(i)).padStart(10)).join(' ')} ${ratios.map((r) => r.padStart(9)).join(' ')}`);
    md.push(`| ${m.label} | ${stats.map((st, i) => cell(st, m.unit) + star(i)).join(' | ')} |${ratios.map((r) => ` ${r} |`).join('')}`);
  }
  const starred = cols.filter((c) => lateMark(c));
  if (starred.length) {
    const note = `(*) ${starred.join(', ')}: atlas:first-draw is set after the first frame (on a later render); compare by first WebGL draw call`;
    text.push(`  ${note}`);
    md.push(`\n${note}.`);
  }

  if (subject) {
    text.push(`\nTargets (${subject.name} against bare)`);
    md.push(`\n### Targets (${subject.name} against bare)\n\n| target | value | result |\n|---|---|---|`);
    for (const v of verdicts(subject, bare)) {
      const result = v.pass === null ? '—' : v.pass ? 'PASS' : 'FAIL';
      const shown = v.informational ? result.toLowerCase() : result;
      const target = v.informational ? `  ${v.target}` : v.target;
      text.push(`  ${v.pass === false && !v.informational ? '✗' : ' '} ${target.padEnd(42)} ${shown.padEnd(5)} ${v.value}${v.note ? ` — ${v.note}` : ''}`);
      md.push(`| ${v.informational ? '↳ ' : ''}${v.target} | ${v.value}${v.note ? ` (${v.note})` : ''} | ${v.informational ? shown : `**${result}**`} |`);
    }
    const failed = verdicts(subject, bare).filter((v) => v.pass === false && !v.informational).length;
    text.push(failed ? `  FAIL: ${failed} target${failed === 1 ? '' : 's'} not met.` : '  All targets met.');
  }

  if (extras.length) {
    text.push('');
    md.push('\n| build | value |\n|---|---|');
    for (const [k, v] of extras) { text.push(`  ${k.padEnd(50)} ${v}`); md.push(`| ${k} | ${v} |`); }
  }
  return { text: text.join('\n'), markdown: md.join('\n') };
}
