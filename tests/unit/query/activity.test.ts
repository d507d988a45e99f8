// The strip's histogram: relations active per year, by family, with qualified dates apart; each
// bar is what the map shows for that one-year window.
import { describe, expect, it } from 'vitest';
import { stackYear, yearActivity, isQualified } from '../../../src/lib/query/activity';
import { yearActivitySliced } from '../../../src/lib/query/activity-sliced';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { relationSpan } from '../../../src/lib/query/timeline';
import { computeVisibility } from '../../../src/lib/query/visibility';
import { RELATION_FAMILIES } from '../../../src/lib/model/vocabulary';
import { fixtureAtlas } from '../components/fixture-atlas';
import { bundledGraph } from '../bundled-graph';

describe('yearActivity on the fixture', () => {
  const graph = fixtureAtlas().graph!;
  const span = { from: 1929, to: 1940 };
  const activity = yearActivity(graph, DEFAULT_FILTERS, null, span);
  const year = (y: number) => activity.find((a) => a.year === y)!;

  it('has one bin per year of the span, in order', () => {
    expect(activity.map((a) => a.year)).toEqual(Array.from({ length: 12 }, (_v, i) => 1929 + i));
  });

  it('counts acts in their year, states over their span, open states for as long as both ends exist', () => {
    // 1929: the exile (from 1929, open; Trotsky lived to 1940) and the criticism (1929–1940).
    expect(year(1929)).toMatchObject({ total: 2, exact: { action: 1, ideas: 1, membership: 0, publishing: 0, alliance: 0 } });
    // 1936: + Orwell in the POUM (1936–1937).
    expect(year(1936)).toMatchObject({ total: 3, exact: { membership: 1 } });
    // 1938: Homage to Catalonia is written (an act) and is about the POUM (an act), the POUM tie has ended.
    expect(year(1938)).toMatchObject({ total: 4, exact: { publishing: 2, membership: 0 } });
    expect(year(1939).exact.publishing).toBe(0);
  });

  it('honours the other filters', () => {
    const certain = yearActivity(graph, { ...DEFAULT_FILTERS, minConfidence: 'certain' }, null, span);
    expect(certain.find((a) => a.year === 1936)!.exact.membership).toBe(0); // the POUM tie is only "likely"
    const noWorks = yearActivity(graph, { ...DEFAULT_FILTERS, hiddenKinds: ['work'] }, null, span);
    expect(noWorks.find((a) => a.year === 1938)!.total).toBe(2);
  });

  it('ignores the year window itself', () => {
    expect(yearActivity(graph, { ...DEFAULT_FILTERS, years: { from: 1936, to: 1936 } }, null, span)).toEqual(activity);
  });
});

describe('qualified dates', () => {
  it('are the years marked circa, before or after', () => {
    expect(isQualified({ start: { year: 1936 }, end: { year: 1937 } })).toBe(false);
    expect(isQualified({ start: { year: 1936, qualifier: 'exact' } })).toBe(false);
    expect(isQualified({ start: { year: 1936, qualifier: 'circa' } })).toBe(true);
    expect(isQualified({ start: { year: 1936 }, end: { year: 1940, qualifier: 'before' } })).toBe(true);
  });

  it('are counted apart from exact ones on the bundled data, and stack on top of their family', () => {
    const graph = bundledGraph();
    const span = relationSpan(graph.mapEdges((_e, a) => a.years));
    const activity = yearActivity(graph, DEFAULT_FILTERS, null, span);
    const qualified = activity.reduce((n, a) => n + RELATION_FAMILIES.reduce((m, f) => m + a.qualified[f], 0), 0);
    expect(qualified).toBeGreaterThan(0);
    const busiest = activity.reduce((a, b) => (b.total > a.total ? b : a));
    const segments = stackYear(busiest);
    expect(segments.at(-1)!.y1).toBe(busiest.total);
    segments.slice(1).forEach((s, i) => expect(s.y0).toBe(segments[i].y1));
    // Within a family, the exact part comes first.
    for (const family of RELATION_FAMILIES) {
      const mine = segments.filter((s) => s.family === family);
      if (mine.length === 2) expect(mine.map((s) => s.qualified)).toEqual([false, true]);
    }
  });
});

describe('yearActivity on the bundled data', () => {
  it('gives every year exactly the number of relations the map shows for that one-year window', () => {
    const graph = bundledGraph();
    const span = relationSpan(graph.mapEdges((_e, a) => a.years));
    for (const filters of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenKinds: ['event' as const], minConfidence: 'likely' as const }]) {
      const activity = yearActivity(graph, filters, null, span);
      expect(activity).toHaveLength(span.to - span.from + 1);
      for (const bar of activity) {
        const shown = computeVisibility(graph, { ...filters, years: { from: bar.year, to: bar.year } }).edges.size;
        expect(bar.total, `${bar.year}`).toBe(shown);
      }
    }
  });
});

describe('yearActivitySliced (a large graph\'s strip)', () => {
  const graph = bundledGraph();
  const span = { from: 1900, to: 1990 };

  it('counts what yearActivity counts, yielding between slices', async () => {
    let turns = 0;
    const turn = () => { turns += 1; return Promise.resolve(); };
    // A slice of 0 ms yields after every 1024 relations.
    const sliced = await yearActivitySliced(graph, DEFAULT_FILTERS, null, span, turn, () => false, 0);
    expect(sliced).toEqual(yearActivity(graph, DEFAULT_FILTERS, null, span));
    expect(turns).toBe(Math.floor(graph.size / 1024));
  });

  it('gives nothing once cancelled (a newer count replaces it)', async () => {
    let cancelled = false;
    const turn = () => { cancelled = true; return Promise.resolve(); };
    expect(await yearActivitySliced(graph, DEFAULT_FILTERS, null, span, turn, () => cancelled, 0)).toBeNull();
  });
});
