// Names over time: the name in force for a year, a window and a relation, with known answers
// from the Soviet and Yugoslav parties' histories (query/names.ts).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNodeAttributes } from '../../../src/lib/model/graph-type';
import { createSearch, searchEntries } from '../../../src/lib/query/search';
import { nameForWindow, nameInRelation, nameInYear, nameOver, namesInForce, type Named } from '../../../src/lib/query/names';

const soviet: Named = {
  label: 'Communist Party of the Soviet Union',
  years: { start: { year: 1903 }, end: { year: 1991 } },
  names: [
    { label: 'Bolsheviks', from: 1903, to: 1917 },
    { label: 'Russian Social Democratic Labour Party (Bolsheviks)', from: 1917, to: 1918 },
    { label: 'Russian Communist Party (Bolsheviks)', from: 1918, to: 1925 },
    { label: 'All-Union Communist Party (Bolsheviks)', from: 1925, to: 1952 },
    { label: 'Communist Party of the Soviet Union', from: 1952 },
  ],
};
const yugoslav: Named = {
  label: 'Communist Party of Yugoslavia',
  years: { start: { year: 1919 }, end: { year: 1990 } },
  names: [
    { label: 'Socialist Workers\' Party of Yugoslavia (Communists)', from: 1919, to: 1920 },
    { label: 'Communist Party of Yugoslavia', from: 1920, to: 1952 },
    { label: 'League of Communists of Yugoslavia', from: 1952, to: 1990 },
  ],
};
const VKP = 'All-Union Communist Party (Bolsheviks)';
const RKP = 'Russian Communist Party (Bolsheviks)';
const CPY = 'Communist Party of Yugoslavia';
const LCY = 'League of Communists of Yugoslavia';
const over = (node: Named, from: number, to: number) => nameOver(node.label, node.names, node.years!, from, to);

describe('the name in force in a year', () => {
  it('is the dated name covering it, the new one in a year of change', () => {
    expect(nameInYear(soviet.label, soviet.names, 1924)).toBe(RKP);
    expect(nameInYear(soviet.label, soviet.names, 1925)).toBe(VKP);
    expect(nameInYear(soviet.label, soviet.names, 1951)).toBe(VKP);
    expect(nameInYear(soviet.label, soviet.names, 1952)).toBe('Communist Party of the Soviet Union');
    expect(nameInYear(soviet.label, soviet.names, 1991)).toBe('Communist Party of the Soviet Union');
  });

  it('falls back to the label before, between and after the dated names, and without any', () => {
    const gappy = [{ label: 'A', from: 1920, to: 1925 }, { label: 'B', from: 1930, to: 1935 }];
    expect([1910, 1922, 1927, 1932, 1940].map((y) => nameInYear('Label', gappy, y))).toEqual(['Label', 'A', 'Label', 'B', 'Label']);
    expect(nameInYear('Label', undefined, 1930)).toBe('Label');
  });
});

describe('the name in force over a span', () => {
  it('is the one in force for most of its years', () => {
    expect(over(soviet, 1936, 1939)).toBe(VKP);
    expect(over(soviet, 1956, 1960)).toBe('Communist Party of the Soviet Union');
    expect(over(soviet, 1921, 1927)).toBe(RKP); // 1921–1924 against 1925–1927
    expect(over(yugoslav, 1950, 1955)).toBe(LCY); // four years of six
    expect(over(yugoslav, 1949, 1952)).toBe(CPY); // three of four
  });

  it('gives a tie to the later name', () => {
    expect(over(yugoslav, 1950, 1953)).toBe(LCY);
    expect(over(soviet, 1924, 1925)).toBe(VKP);
  });

  it('counts only the years the node existed', () => {
    // 1890–1905: only 1903–1905 count, all of them Bolshevik.
    expect(over(soviet, 1890, 1905)).toBe('Bolsheviks');
    // 1985–2000: the party ended in 1991.
    expect(over(soviet, 1985, 2000)).toBe('Communist Party of the Soviet Union');
    // Wholly after its end: the name it ended with; wholly before: the one it began with.
    expect(over(yugoslav, 1995, 2000)).toBe(LCY);
    expect(over(yugoslav, 1900, 1910)).toBe("Socialist Workers' Party of Yugoslavia (Communists)");
  });

  it('takes open ends as the node\'s life', () => {
    expect(over(yugoslav, 1950, Infinity)).toBe(LCY);
    expect(over(yugoslav, -Infinity, 1950)).toBe(CPY);
  });
});

describe('the name for the window and in a relation', () => {
  it('is the label without a window', () => {
    expect(nameForWindow(soviet, null)).toBe(soviet.label);
    expect(nameForWindow(soviet, { from: 1936, to: 1939 })).toBe(VKP);
  });

  it('follows the years the relation held', () => {
    const membership = (start: number, end?: number) => ({ start: { year: start }, ...(end ? { end: { year: end } } : {}) });
    expect(nameInRelation(yugoslav, 'member_of', membership(1937, 1948), null)).toBe(CPY);
    expect(nameInRelation(yugoslav, 'member_of', membership(1945, 1954), null)).toBe(CPY);
    // A state with an open end runs on to the node's end; an act counts in its year only.
    expect(nameInRelation(yugoslav, 'member_of', membership(1950), null)).toBe(LCY);
    expect(nameInRelation(yugoslav, 'criticized', membership(1953), null)).toBe(LCY);
    expect(nameInRelation(yugoslav, 'founded', membership(1919), null)).toBe("Socialist Workers' Party of Yugoslavia (Communists)");
  });

  it('runs an open end no further than the other end\'s life', () => {
    const trotsky = { start: { year: 1879 }, end: { year: 1940 } };
    const from1927 = { start: { year: 1927 } };
    expect(nameInRelation(soviet, 'repressed', from1927, null)).toBe('Communist Party of the Soviet Union');
    expect(nameInRelation(soviet, 'repressed', from1927, null, trotsky)).toBe(VKP);
    // An other end whose life misses the relation's years changes nothing.
    expect(nameInRelation(soviet, 'repressed', from1927, null, { start: { year: 1800 }, end: { year: 1850 } })).toBe('Communist Party of the Soviet Union');
  });

  it('within the window, when one is set', () => {
    const years = { start: { year: 1945 }, end: { year: 1960 } };
    expect(nameInRelation(yugoslav, 'member_of', years, null)).toBe(LCY); // nine years of sixteen
    expect(nameInRelation(yugoslav, 'member_of', years, { from: 1945, to: 1950 })).toBe(CPY);
    expect(nameInRelation(yugoslav, 'member_of', {}, { from: 1953, to: 1956 })).toBe(LCY);
  });
});

function graphOf(nodes: Record<string, Named>): Graph {
  const graph: Graph = new MultiDirectedGraph();
  for (const [id, node] of Object.entries(nodes)) {
    const attributes: GraphNodeAttributes = {
      label: node.label, kind: 'organization', years: node.years, currents: [], aliases: ['VKP(b)'], x: 0, y: 0,
      degree: 0, pagerank: 0, betweenness: 0, community: 0, radii: [1, 1, 1], ...(node.names ? { names: [...node.names] } : {}),
    };
    graph.addNode(id, attributes);
  }
  return graph;
}

describe('names across a graph', () => {
  const graph = graphOf({ cpsu: soviet, kpj: yugoslav, poum: { label: 'POUM', years: { start: { year: 1935 } } } });

  it('lists only the nodes whose name in the window is not their label', () => {
    expect(namesInForce(graph, null)).toEqual(new Map());
    expect(namesInForce(graph, { from: 1936, to: 1939 })).toEqual(new Map([['cpsu', VKP]]));
    expect(namesInForce(graph, { from: 1956, to: 1960 })).toEqual(new Map([['kpj', LCY]]));
  });

  it('lets the search find every name, once', () => {
    const entries = searchEntries(graph);
    expect(entries.find((e) => e.id === 'cpsu')?.aliases).toEqual(['VKP(b)', 'Bolsheviks', 'Russian Social Democratic Labour Party (Bolsheviks)', RKP, VKP]);
    const { search } = createSearch(entries);
    expect(search('All-Union Communist Party')[0]).toMatchObject({ id: 'cpsu', alias: VKP });
    expect(search('League of Communists')[0]).toMatchObject({ id: 'kpj', alias: LCY });
  });
});
