// View state in the URL: links restore the view, and bad links open the default view with a notice.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { DEFAULT_LINK, parseLink, serializeLink, type Camera, type LinkView } from '../../../src/lib/query/url-state';
import type { MetricKey } from '../../../src/lib/analysis/metric-keys';

const nodes = new Set(['orwell', 'trotsky', 'poum', 'lev sedov+jr']);
const edges = new Set(['r-orwell-poum']);
const known = { hasNode: (id: string) => nodes.has(id), hasEdge: (id: string) => edges.has(id) };
type Changes = { node?: string; edge?: string; path?: string; camera?: Camera; size?: MetricKey; view?: LinkView['mode'] };
type ViewState = LinkView;
const DEFAULT_VIEW = DEFAULT_LINK;
const parseViewState = (search: string, ids = known) => {
  const { link, notices } = parseLink(search, ids);
  return { state: link, notices };
};
const serializeViewState = serializeLink;
const parse = (search: string) => parseViewState(search, known);
/** A link view written the short way: `{ node: 'orwell', view: 'list' }`. */
const view = (changes: Changes, filters: Partial<LinkView['filters']> = {}): LinkView => ({
  ...DEFAULT_LINK,
  selection: changes.node ? { kind: 'node', id: changes.node } : changes.edge ? { kind: 'edge', id: changes.edge } : null,
  pathTo: changes.path ?? null,
  camera: changes.camera ?? null,
  size: changes.size ?? 'degree',
  mode: changes.view ?? 'graph',
  filters: { ...DEFAULT_FILTERS, ...filters },
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(serializeViewState(view({}, { hiddenKinds: [] }))).toBe('');
  });

  it('writes parameters in a fixed order, leaving defaults out', () => {
    const state = view(
      { node: 'orwell', camera: { x: 0.5, y: -0.25, ratio: 0.8 }, view: 'list', size: 'pagerank' },
      { hiddenKinds: ['work', 'event'], minConfidence: 'likely', years: { from: 1930, to: 1940 } },
    );
    expect(serializeViewState(state)).toBe(
      '?node=orwell&hide-kinds=work,event&confidence=likely&from=1930&to=1940&camera=0.5,-0.25,0.8&size=pagerank&view=list',
    );
  });

  it('rounds the camera to 4 decimals', () => {
    expect(serializeViewState(view({ camera: { x: 0.123456789, y: -0.00001, ratio: 1.99999 } }))).toBe('?camera=0.1235,0,2');
  });
});

describe('parseViewState', () => {
  it('opens the default view without notices for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });

  it('reads a full link, with or without the leading "?"', () => {
    const expected = view(
      { edge: 'r-orwell-poum', camera: { x: 1, y: 2, ratio: 0.5 }, size: 'betweenness' },
      { hiddenCurrents: ['stalinism'], hiddenRelations: ['about', 'influenced'], minConfidence: 'certain' },
    );
    const query = 'edge=r-orwell-poum&hide-currents=stalinism&hide-relations=about,influenced&confidence=certain&camera=1,2,0.5&size=betweenness';
    expect(parse(`?${query}`)).toEqual({ state: expected, notices: [] });
    expect(parse(query)).toEqual({ state: expected, notices: [] });
  });

  it.each<[string, string[], Changes]>([
    ['?node=stalinn', ['Unknown node "stalinn" in ?node= — ignored.'], {}],
    ['?edge=r-nope', ['Unknown edge "r-nope" in ?edge= — ignored.'], {}],
    ['?foo=bar', ['Unknown parameter "foo" — ignored.'], {}],
    ['?camera=1,x', ['Malformed camera "1,x" — ignored.'], {}],
    ['?camera=NaN,1,1', ['Malformed camera "NaN,1,1" — ignored.'], {}],
    ['?camera=1,2', ['Malformed camera "1,2" — ignored.'], {}],
    ['?camera=1,2,3,4', ['Malformed camera "1,2,3,4" — ignored.'], {}],
    ['?camera=,,1', ['Malformed camera ",,1" — ignored.'], {}],
    ['?camera=0,0,0', ['Malformed camera "0,0,0" — ignored.'], {}],
    ['?camera=0,0,-1', ['Malformed camera "0,0,-1" — ignored.'], {}],
    ['?camera=0,0,Infinity', ['Malformed camera "0,0,Infinity" — ignored.'], {}],
    ['?camera=0,0,1e999', ['Malformed camera "0,0,1e999" — ignored.'], {}],
    ['?confidence=sure', ['Unknown confidence "sure" in ?confidence= — ignored.'], {}],
    ['?size=eigenvector', ['Unknown size "eigenvector" in ?size= — ignored.'], {}],
    ['?view=map', ['Unknown view "map" in ?view= — ignored.'], {}],
    ['?node=orwell&node=trotsky', ['Repeated parameter "node" "trotsky" — ignored.'], { node: 'orwell' }],
    ['?node=orwell&edge=r-orwell-poum', ['Both ?node= and ?edge= given — kept node "orwell", ignored edge "r-orwell-poum".'], { node: 'orwell' }],
  ])('%s → default with notice', (search, notices, changes) => {
    expect(parse(search)).toEqual({ state: view(changes), notices });
  });

  it('keeps the valid items of a list and names each bad one', () => {
    expect(parse('?hide-kinds=person,,robot')).toEqual({
      state: view({}, { hiddenKinds: ['person'] }),
      notices: ['Unknown kind "robot" in hide-kinds — ignored.'],
    });
    const { state, notices } = parse('?hide-currents=trotskyism,maoism,trotskyism&hide-relations=married_to,loved');
    expect(state.filters.hiddenCurrents).toEqual(['trotskyism']);
    expect(state.filters.hiddenRelations).toEqual(['married_to']);
    expect(notices).toEqual([
      'Unknown current "maoism" in hide-currents — ignored.',
      'Unknown relation "loved" in hide-relations — ignored.',
    ]);
  });

  it.each<[string, ViewState['filters']['years'], string[]]>([
    ['?from=1930&to=1940', { from: 1930, to: 1940 }, []],
    ['?from=1936&to=1936', { from: 1936, to: 1936 }, []],
    ['?from=1940&to=1930', null, ['Years from 1940 to 1930 run backwards — year window ignored.']],
    ['?from=1930', null, ['A year window needs both ?from= and ?to= — year window ignored.']],
    ['?from=19x0&to=1940', null, [
      'Malformed year "19x0" in ?from= — ignored.',
      'A year window needs both ?from= and ?to= — year window ignored.',
    ]],
    ['?from=1930.5&to=1940', null, [
      'Malformed year "1930.5" in ?from= — ignored.',
      'A year window needs both ?from= and ?to= — year window ignored.',
    ]],
  ])('%s → years %j', (search, years, notices) => {
    expect(parse(search)).toEqual({ state: view({}, { years }), notices });
  });

  it('survives garbage without throwing', () => {
    const broken = parse('?node=%E0%A4%A');
    expect(broken.state).toEqual(DEFAULT_VIEW);
    expect(broken.notices).toHaveLength(1);
    expect(broken.notices[0]).toMatch(/^Unknown node ".*" in \?node= — ignored\.$/);
    const long = parse(`?${'x'.repeat(500)}=1&&&=`);
    expect(long.state).toEqual(DEFAULT_VIEW);
    expect(long.notices).toEqual([`Unknown parameter "${'x'.repeat(40)}…" — ignored.`, 'Unknown parameter "" — ignored.']);
  });
});

describe('round trip', () => {
  it.each<[string, ViewState]>([
    ['default', DEFAULT_VIEW],
    ['node selected in list view', view({ node: 'trotsky', view: 'list' })],
    ['id needing encoding', view({ node: 'lev sedov+jr' })],
    ['edge selected, zoomed in', view({ edge: 'r-orwell-poum', camera: { x: -0.1234, y: 10, ratio: 0.0625 } })],
    ['all filters', view({ size: 'betweenness' }, {
      hiddenKinds: ['event', 'organization', 'periodical', 'person', 'work'],
      hiddenCurrents: ['stalinism', 'marxism-leninism', 'fascism'],
      hiddenRelations: ['repressed'],
      minConfidence: 'likely',
      years: { from: -5, to: 2024 },
    })],
  ])('%s: parse(serialize(state)) restores it', (_case, state) => {
    expect(parse(serializeViewState(state))).toEqual({ state, notices: [] });
  });
});

describe('path parameter', () => {
  const [a, b] = [...nodes];
  it('round-trips a connection from the selected node', () => {
    const state: ViewState = view({ node: a, path: b });
    expect(serializeViewState(state)).toBe(`?node=${a}&path=${b}`);
    expect(parseViewState(serializeViewState(state), known)).toEqual({ state, notices: [] });
  });

  it('ignores a path with no node to start from, or to an unknown node, and says so', () => {
    const alone = parseViewState(`?path=${b}`, known);
    expect(alone.state.pathTo).toBeNull();
    expect(alone.notices).toEqual([`?path= needs a ?node= to start from — path "${b}" ignored.`]);
    const unknown = parseViewState(`?node=${a}&path=nobody`, known);
    expect(unknown.state).toMatchObject({ selection: { kind: 'node', id: a }, pathTo: null });
    expect(unknown.notices).toEqual(['Unknown node "nobody" in ?path= — ignored.']);
  });
});

describe('camera in links', () => {
  it.each<[string, Camera]>([
    ['huge position', { x: 1e308, y: -1e308, ratio: 1 }],
    ['tiny zoom ratio', { x: 0.5, y: 0.5, ratio: 1e-7 }],
    ['large zoom ratio', { x: 0.5, y: 0.5, ratio: 123456 }],
    ['ordinary', { x: 0.4321, y: 0.6789, ratio: 0.45 }],
  ])('%s survives serialize → parse → serialize unchanged', (_case, camera) => {
    const once = serializeLink(view({ camera }));
    const { link, notices } = parseLink(once, known);
    expect(notices).toEqual([]);
    expect(link.camera).not.toBeNull();
    expect(serializeLink(link)).toBe(once);
    expect(link.camera!.ratio).toBeGreaterThan(0);
  });

  it('keeps the exponent sign: 1e+308 is written with %2B and read back', () => {
    const query = serializeLink(view({ camera: { x: 1e308, y: 0, ratio: 1 } }));
    expect(query).toBe('?camera=1e%2B308,0,1');
    expect(parseLink(query, known).link.camera).toEqual({ x: 1e308, y: 0, ratio: 1 });
  });

  it('reads a "+" typed into a link (which arrives as a space) as a plus', () => {
    expect(parseLink('?camera=1e+2,0.5,0.5', known).link.camera).toEqual({ x: 100, y: 0.5, ratio: 0.5 });
  });

  it('reads the camera a search wrote with the selection', () => {
    const { link } = parseLink('?node=orwell&camera=0.3,0.6,0.5', known);
    expect(link).toMatchObject({ selection: { kind: 'node', id: 'orwell' }, camera: { x: 0.3, y: 0.6, ratio: 0.5 } });
  });

  it('summarises a flood of unknown parameters instead of listing thousands', () => {
    const search = Array.from({ length: 1000 }, (_v, i) => `junk${i}=1`).join('&');
    const { notices } = parseLink(search, known);
    expect(notices.length).toBeLessThanOrEqual(501);
    expect(notices.at(-1)).toBe('… and 500 more parts of the link — ignored.');
  });
});

describe('focus in links', () => {
  const selected: LinkView = { ...DEFAULT_LINK, selection: { kind: 'node', id: 'trotsky' } };

  it('reads ?focus=1..3 around the linked node, and writes it back the same way', () => {
    const { link, notices } = parseLink('?node=trotsky&focus=2', known);
    expect(notices).toEqual([]);
    expect(link.focus).toEqual({ id: 'trotsky', depth: 2 });
    expect(serializeLink(link)).toBe('?node=trotsky&focus=2');
  });

  it('names the centre with ?around= when the selection is elsewhere (a relation chosen in Focus)', () => {
    const link: LinkView = { ...DEFAULT_LINK, selection: { kind: 'edge', id: 'r-orwell-poum' }, focus: { id: 'orwell', depth: 1 } };
    const search = serializeLink(link);
    expect(search).toBe('?edge=r-orwell-poum&focus=1&around=orwell');
    expect(parseLink(search, known).link).toEqual(link);
  });

  it('leaves the camera out of a focused link: Focus frames its own layout', () => {
    expect(serializeLink({ ...selected, focus: { id: 'trotsky', depth: 1 }, camera: { x: 0.2, y: 0.3, ratio: 0.5 } })).toBe('?node=trotsky&focus=1');
  });

  it('ignores a bad focus with a notice that says why, and keeps the rest of the link', () => {
    const cases: [string, RegExp][] = [
      ['?node=trotsky&focus=4', /Unknown focus "4".*1, 2 or 3/],
      ['?node=trotsky&focus=one', /Unknown focus "one"/],
      ['?focus=1', /needs a \?node=/],
      ['?node=trotsky&focus=1&around=nobody', /Unknown node "nobody" in \?around=/],
      ['?node=trotsky&around=orwell', /\?around= belongs with \?focus=/],
      ['?node=trotsky&path=orwell&focus=1', /kept the connection/],
    ];
    for (const [search, message] of cases) {
      const { link, notices } = parseLink(search, known);
      expect(link.focus, search).toBeNull();
      expect(link.selection, search).toEqual(search.includes('node=') ? { kind: 'node', id: 'trotsky' } : null);
      expect(notices.join(' '), search).toMatch(message);
    }
  });
});

describe('connection rules and chains in links', () => {
  it('reads and writes the rule and the chain with the connection', () => {
    const { link, notices } = parseLink('?node=orwell&path=trotsky&via=friendly&chain=2', known);
    expect(notices).toEqual([]);
    expect(link).toMatchObject({ pathTo: 'trotsky', pathRule: 'friendly', chain: 1 });
    expect(serializeLink(link)).toBe('?node=orwell&path=trotsky&via=friendly&chain=2');
    // The defaults are left out.
    expect(serializeLink({ ...link, pathRule: 'all', chain: 0 })).toBe('?node=orwell&path=trotsky');
  });

  it('ignores a bad rule or chain, or one without a connection, with a notice', () => {
    const cases: [string, RegExp][] = [
      ['?node=orwell&path=trotsky&via=enemies', /Unknown rule "enemies"/],
      ['?node=orwell&path=trotsky&chain=4', /Unknown chain "4"/],
      ['?node=orwell&via=ties', /\?via= belongs with \?path=/],
      ['?node=orwell&chain=2', /\?chain= belongs with \?path=/],
    ];
    for (const [search, message] of cases) {
      const { link, notices } = parseLink(search, known);
      expect(link.pathRule, search).toBe('all');
      expect(link.chain, search).toBe(0);
      expect(notices.join(' '), search).toMatch(message);
    }
  });
});

describe('regions parameter', () => {
  it('round-trips the regions drawn, after the other parameters, and leaves "none" out', () => {
    const state: LinkView = { ...view({ node: 'orwell', size: 'pagerank' }), regions: 'currents' };
    expect(serializeViewState(state)).toBe('?node=orwell&size=pagerank&regions=currents');
    expect(parse(serializeViewState(state))).toEqual({ state, notices: [] });
    expect(parse('?regions=communities').state.regions).toBe('communities');
    expect(serializeViewState({ ...DEFAULT_VIEW, regions: 'none' })).toBe('');
  });

  it('ignores an unknown kind of region with a notice naming it', () => {
    const { state, notices } = parse('?regions=hulls&node=orwell');
    expect(state.regions).toBe('none');
    expect(state.selection).toEqual({ kind: 'node', id: 'orwell' });
    expect(notices).toEqual(['Unknown regions "hulls" in ?regions= — ignored (use currents or communities).']);
  });
});

describe('the provenance lens in the URL', () => {
  const cannon = 'cannon-1944-history-of-american-trotskyism';
  it('reads a source, a kind of source and two independent sources, and writes them back', () => {
    const search = `?source=${cannon}&source-kind=primary&sources=2`;
    const { state, notices } = parse(search);
    expect(notices).toEqual([]);
    expect(state.filters.provenance).toEqual({ source: cannon, kind: 'primary', minSources: 2 });
    expect(serializeViewState(state)).toBe(search);
    expect(parse('?source-kind=seed').state.filters.provenance).toEqual({ source: null, kind: 'seed', minSources: 1 });
    expect(serializeViewState(parse('?sources=2').state)).toBe('?sources=2');
  });

  it.each<[string, string]>([
    ['?source=Not%20a%20slug', 'Malformed source id "Not a slug" in ?source= — ignored.'],
    ['?source-kind=gossip', 'Unknown kind of source "gossip" in ?source-kind= (primary, scholarship, web, seed) — ignored.'],
    ['?sources=3', 'Unknown number of sources "3" in ?sources= (1 or 2) — ignored.'],
    ['?sources=', 'Unknown number of sources "" in ?sources= (1 or 2) — ignored.'],
  ])('ignores %s with a notice', (search, notice) => {
    const { state, notices } = parse(search);
    expect(notices).toEqual([notice]);
    expect(state.filters).toEqual(DEFAULT_FILTERS);
  });

  it('treats ?sources=1 as no lens', () => {
    expect(parse('?sources=1')).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });
});

describe('a source page in the URL', () => {
  it('reads and writes ?source-page=', () => {
    const { state, notices } = parse('?source-page=deutscher-1963-prophet-outcast&source-kind=seed');
    expect(notices).toEqual([]);
    expect(state.selection).toEqual({ kind: 'source', id: 'deutscher-1963-prophet-outcast' });
    expect(serializeViewState(state)).toBe('?source-page=deutscher-1963-prophet-outcast&source-kind=seed');
  });

  it('ignores a malformed id, or a source page given with a node', () => {
    expect(parse('?source-page=%3Cb%3E').notices).toEqual(['Malformed source id "<b>" in ?source-page= — ignored.']);
    const both = parse('?node=orwell&source-page=x');
    expect(both.state.selection).toEqual({ kind: 'node', id: 'orwell' });
    expect(both.notices).toEqual(['?source-page= given with a node or an edge — kept the node, ignored source "x".']);
  });
});

describe('compared periods in the URL', () => {
  it('round-trips two periods after the other parameters, a single year written once', () => {
    const { state, notices } = parse('?from=1936&to=1939&compare=1936-1939,1946-1956');
    expect(notices).toEqual([]);
    expect(state.compare).toEqual({ a: { from: 1936, to: 1939 }, b: { from: 1946, to: 1956 } });
    expect(state.filters.years).toEqual({ from: 1936, to: 1939 });
    expect(serializeLink({ ...DEFAULT_LINK, regions: 'currents', compare: { a: { from: 1937, to: 1937 }, b: { from: 1956, to: 1968 } } }))
      .toBe('?regions=currents&compare=1937,1956-1968');
    expect(parse('?compare=1937,1956-1968').state.compare).toEqual({ a: { from: 1937, to: 1937 }, b: { from: 1956, to: 1968 } });
  });

  it.each(['1936-1939', '1936-1939,1946-1956,1968', '1939-1936,1946-1956', '1936-1939,abc', '', '1936-,1946'])(
    'ignores malformed periods %j with a notice and opens without comparing', (raw) => {
      const { state, notices } = parse(`?node=orwell&compare=${raw}`);
      expect(state.compare).toBeNull();
      expect(state.selection).toEqual({ kind: 'node', id: 'orwell' });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/\?compare=.*ignored/);
    });
});
