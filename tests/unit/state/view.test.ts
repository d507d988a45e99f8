// Every change of view is a pure transition: these tests run them in Node, without a browser.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { DEFAULT_LINK, parseLink, type LinkView } from '../../../src/lib/query/url-state';
import * as T from '../../../src/lib/state/view';

const nodes = new Set(['orwell', 'trotsky', 'poum']);
const known = { hasNode: (id: string) => nodes.has(id), hasEdge: (id: string) => id === 'orwell--member_of--poum' };
const start = T.INITIAL_VIEW;
const span = { from: 1900, to: 1990 };

describe('selection', () => {
  it('selects a known node, asks the camera to focus on it only when told to, and ignores unknown ids', () => {
    const quiet = T.selectNode(start, { id: 'orwell', focus: false, known });
    expect(quiet.selection).toEqual({ kind: 'node', id: 'orwell' });
    expect(quiet.intent).toBeNull();
    const moved = T.selectNode(start, { id: 'orwell', focus: true, known });
    expect(moved.intent).toEqual({ kind: 'focus', ids: ['orwell'], seq: 1 });
    expect(T.selectNode(moved, { id: 'nobody', focus: true, known })).toBe(moved);
  });

  it('numbers camera requests so that two equal requests stay distinct', () => {
    const a = T.selectNode(start, { id: 'orwell', focus: true, known });
    const done = T.intentDone(a, a.intent!.seq);
    expect(done.intent).toBeNull();
    const b = T.selectNode(done, { id: 'orwell', focus: true, known });
    expect(b.intent!.seq).toBe(2);
    expect(T.intentDone(b, 1)).toBe(b); // an old request being reported done changes nothing
  });

  it('keeps a shown connection while the same node is reselected, and drops it for another node or a relation', () => {
    const shown = T.showPathTo(T.selectNode(start, { id: 'orwell', focus: false, known }), { id: 'trotsky', known });
    expect(shown.pathTo).toBe('trotsky');
    expect(T.selectNode(shown, { id: 'orwell', focus: true, known }).pathTo).toBe('trotsky');
    expect(T.selectNode(shown, { id: 'poum', focus: false, known }).pathTo).toBeNull();
    expect(T.selectEdge(shown, { id: 'orwell--member_of--poum', known })).toMatchObject({ selection: { kind: 'edge' }, pathTo: null });
    expect(T.clearSelection(shown)).toMatchObject({ selection: null, pathTo: null });
  });

  it('shows a connection only from a selected node to another known node', () => {
    expect(T.showPathTo(start, { id: 'trotsky', known })).toBe(start);
    const orwell = T.selectNode(start, { id: 'orwell', focus: false, known });
    expect(T.showPathTo(orwell, { id: 'orwell', known }).pathTo).toBeNull();
    expect(T.showPathTo(orwell, { id: 'nobody', known }).pathTo).toBeNull();
  });

  it('hovering changes only the hovered node', () => {
    const hovered = T.hover(start, 'poum');
    expect(hovered.hovered).toBe('poum');
    expect(hovered.filters).toBe(start.filters);
    expect(T.hover(hovered, 'poum')).toBe(hovered);
  });
});

describe('filters', () => {
  it('toggles kinds, currents and relations in and out, keeping lists sorted', () => {
    const v = T.toggleKind(T.toggleKind(start, 'work'), 'event');
    expect(v.filters.hiddenKinds).toEqual(['event', 'work']);
    expect(T.toggleKind(v, 'work').filters.hiddenKinds).toEqual(['event']);
    expect(T.toggleCurrent(start, 'stalinism').filters.hiddenCurrents).toEqual(['stalinism']);
    expect(T.toggleRelation(start, 'about').filters.hiddenRelations).toEqual(['about']);
    expect(T.setMinConfidence(start, 'certain').filters.minConfidence).toBe('certain');
  });

  it('treats a window over the whole span as no window, and ignores a backwards one', () => {
    expect(T.setYearWindow(start, { window: { from: 1936, to: 1939 }, span }).filters.years).toEqual({ from: 1936, to: 1939 });
    const windowed = T.setYearWindow(start, { window: { from: 1936, to: 1939 }, span });
    expect(T.setYearWindow(windowed, { window: { from: 1890, to: 2000 }, span }).filters.years).toBeNull();
    expect(T.setYearWindow(windowed, { window: { from: 1900, to: 1990 }, span }).filters.years).toBeNull();
    expect(T.setYearWindow(windowed, { window: { from: 1940, to: 1930 }, span })).toBe(windowed);
    expect(T.setYearWindow(windowed, { window: { from: Number.NaN, to: 1930 }, span })).toBe(windowed);
    expect(T.setYearWindow(windowed, { window: null, span }).filters.years).toBeNull();
  });

  it('resets every filter at once, and a reset of nothing changes nothing', () => {
    const v = T.setMinConfidence(T.toggleKind(start, 'work'), 'likely');
    expect(T.resetFilters(v).filters).toEqual(DEFAULT_FILTERS);
    expect(T.resetFilters(start)).toBe(start);
  });
});

describe('links', () => {
  const apply = (search: string, view = start) => T.applyLink(view, parseLink(search, known));

  it('restores a link and asks the camera to go where the link says', () => {
    const v = apply('?node=orwell&camera=0.3,0.6,0.5&hide-kinds=work&view=list');
    expect(v).toMatchObject({ selection: { kind: 'node', id: 'orwell' }, camera: { x: 0.3, y: 0.6, ratio: 0.5 }, mode: 'list' });
    expect(v.intent).toEqual({ kind: 'set', camera: { x: 0.3, y: 0.6, ratio: 0.5 }, seq: 1 });
    expect(v.filters.hiddenKinds).toEqual(['work']);
  });

  it('focuses the linked node when the link has no camera', () => {
    expect(apply('?node=poum').intent).toEqual({ kind: 'focus', ids: ['poum'], seq: 1 });
    expect(apply('?hide-kinds=work').intent).toBeNull();
  });

  it('brings a camera outside the map back within it, and says so', () => {
    const v = apply('?camera=1e308,-5,1e-7');
    expect(v.camera).toEqual({ x: 2, y: -1, ratio: 0.05 });
    expect(v.notices[0].text).toMatch(/outside the map/);
  });

  it('gathers a link\'s many problems into one notice with every detail', () => {
    const v = apply(`?${Array.from({ length: 1000 }, (_x, i) => `k${i}=1`).join('&')}`);
    expect(v.notices).toHaveLength(1);
    expect(v.notices[0].text).toMatch(/^501 parts of this link could not be used/);
    expect(v.notices[0].details).toHaveLength(501);
    expect(apply('?foo=1').notices).toEqual([{ text: 'Unknown parameter "foo" — ignored.', details: [] }]);
  });

  it('keeps the filters object when a link does not change them (nothing derived is recomputed)', () => {
    const v = apply('?node=poum');
    expect(apply('?node=orwell', v).filters).toBe(v.filters);
  });
});

describe('history', () => {
  const link = (changes: Partial<LinkView>): LinkView => ({ ...DEFAULT_LINK, ...changes });

  it('pushes a step for a new selection or connection and replaces for anything else', () => {
    const orwell = link({ selection: { kind: 'node', id: 'orwell' } });
    expect(T.historyStep(link({}), orwell)).toBe('push');
    expect(T.historyStep(orwell, link({ selection: { kind: 'node', id: 'poum' } }))).toBe('push');
    expect(T.historyStep(orwell, { ...orwell, pathTo: 'trotsky' })).toBe('push');
    expect(T.historyStep(orwell, link({}))).toBe('push');
    expect(T.historyStep(orwell, { ...orwell, camera: { x: 1, y: 1, ratio: 1 } })).toBe('replace');
    expect(T.historyStep(orwell, { ...orwell, filters: { ...DEFAULT_FILTERS, minConfidence: 'likely' } })).toBe('replace');
    expect(T.historyStep(orwell, { ...orwell, mode: 'list' })).toBe('replace');
  });
});

describe('other changes', () => {
  it('records the camera only when it moved', () => {
    const c = { x: 0.5, y: 0.5, ratio: 1 };
    const v = T.cameraMoved(start, c);
    expect(v.camera).toEqual(c);
    expect(T.cameraMoved(v, { ...c })).toBe(v);
  });

  it('starts afresh for a new graph but keeps notices, size and mode', () => {
    let v = T.setSize(T.setMode(T.toggleKind(T.selectNode(start, { id: 'orwell', focus: true, known }), 'work'), 'list'), 'pagerank');
    v = T.addNotice(v, 'hello');
    const next = T.graphReplaced(v, 'Opened your dataset');
    expect(next).toMatchObject({ selection: null, filters: DEFAULT_FILTERS, intent: null, mode: 'list', size: 'pagerank' });
    expect(next.notices.map((n) => n.text)).toEqual(['hello', 'Opened your dataset']);
    expect(next.intentSeq).toBe(v.intentSeq);
  });

  it('dismisses one notice and sets import problems', () => {
    const v = T.addNotice(T.addNotice(start, 'a'), 'b');
    expect(T.dismissNotice(v, 0).notices.map((n) => n.text)).toEqual(['b']);
    expect(T.dismissNotice(v, 5)).toBe(v);
    expect(T.setImportProblems(start, ['x']).importProblems).toEqual(['x']);
    expect(T.setImportProblems(start, [])).toBe(start);
  });

  it('offers a waiting new version once, ahead of other notices, and drops the offer when taken', () => {
    const v = T.updateReady(T.addNotice(start, 'a'));
    expect(v.notices).toEqual([{ text: T.UPDATE_NOTICE, details: [], action: 'update' }, { text: 'a', details: [] }]);
    expect(T.updateReady(v)).toBe(v); // a second "waiting" event adds no second notice
    const taken = T.updateTaken(v);
    expect(taken.notices.map((n) => n.text)).toEqual(['a']);
    expect(T.updateTaken(taken)).toBe(taken);
    expect(T.graphReplaced(v).notices[0].action).toBe('update'); // opening a dataset keeps the offer
  });
});

describe('focus', () => {
  const withOrwell = T.selectNode(start, { id: 'orwell', focus: false, known });

  it('turns on around the selected node, at a depth, and off again', () => {
    const on = T.setFocus(withOrwell, 2);
    expect(on.focus).toEqual({ id: 'orwell', depth: 2 });
    expect(T.setFocus(on, 2)).toBe(on);
    expect(T.setFocus(on, 1).focus).toEqual({ id: 'orwell', depth: 1 });
    expect(T.setFocus(on, null).focus).toBeNull();
    // Nothing to focus on without a selected node.
    expect(T.setFocus(start, 1)).toBe(start);
  });

  it('moves to a node selected in Focus instead of moving the camera', () => {
    const on = T.setFocus(withOrwell, 1);
    const moved = T.selectNode(on, { id: 'trotsky', focus: true, known });
    expect(moved.focus).toEqual({ id: 'trotsky', depth: 1 });
    expect(moved.intent).toBeNull();
    // Outside Focus the same selection asks the camera to move.
    expect(T.selectNode(withOrwell, { id: 'trotsky', focus: true, known }).intent?.kind).toBe('focus');
  });

  it('keeps Focus when a relation is chosen or the selection cleared, and drops it for a connection', () => {
    const on = T.setFocus(withOrwell, 1);
    expect(T.selectEdge(on, { id: 'orwell--member_of--poum', known }).focus).toEqual(on.focus);
    expect(T.clearSelection(on).focus).toEqual(on.focus);
    const path = T.showPathTo(on, { id: 'trotsky', known });
    expect(path.pathTo).toBe('trotsky');
    expect(path.focus).toBeNull();
    // And turning Focus on drops the connection.
    expect(T.setFocus(path, 1).pathTo).toBeNull();
  });

  it('is a step in the history, and a focused link asks for no camera move', () => {
    const on = T.setFocus(withOrwell, 1);
    expect(T.historyStep(T.linkOf(withOrwell), T.linkOf(on))).toBe('push');
    expect(T.historyStep(T.linkOf(on), T.linkOf(T.setFocus(on, 2)))).toBe('push');
    const opened = T.applyLink(start, parseLink('?node=orwell&focus=1', known));
    expect(opened.focus).toEqual({ id: 'orwell', depth: 1 });
    expect(opened.intent).toBeNull();
  });

  it('points at a relation from the panel, and forgets it when the selection changes', () => {
    const pointed = T.hoverRelation(withOrwell, 'orwell--member_of--poum');
    expect(pointed.hoveredRelation).toBe('orwell--member_of--poum');
    expect(T.hoverRelation(pointed, 'orwell--member_of--poum')).toBe(pointed);
    expect(T.selectNode(pointed, { id: 'trotsky', focus: false, known }).hoveredRelation).toBeNull();
    expect(T.hoverRelation(pointed, null).hoveredRelation).toBeNull();
  });
});

describe('connection rules and chains', () => {
  const shown = T.showPathTo(T.selectNode(start, { id: 'orwell', focus: false, known }), { id: 'trotsky', known });

  it('a new rule or a new connection starts from the first chain; a chain is a history step', () => {
    const second = T.chooseChain(shown, 1);
    expect(second.chain).toBe(1);
    expect(T.chooseChain(second, 7)).toBe(second);
    expect(T.setPathRule(second, 'ties')).toMatchObject({ pathRule: 'ties', chain: 0 });
    expect(T.showPathTo(second, { id: 'poum', known }).chain).toBe(0);
    expect(T.historyStep(T.linkOf(shown), T.linkOf(second))).toBe('push');
  });
});

describe('regions', () => {
  it('turns regions on and off, keeps them for a new graph and in the link', () => {
    const on = T.setRegions(start, 'currents');
    expect(on.regions).toBe('currents');
    expect(T.setRegions(on, 'currents')).toBe(on);
    expect(T.linkOf(on).regions).toBe('currents');
    expect(T.graphReplaced(on).regions).toBe('currents');
    expect(T.setRegions(on, 'none').regions).toBe('none');
    const linked = T.applyLink(start, parseLink('?regions=communities', known));
    expect(linked.regions).toBe('communities');
  });
});

describe('setProvenance', () => {
  it('sets the lens, keeps the view when nothing changes, and ignores malformed lenses', () => {
    const lens = { source: 'cannon-1944-history-of-american-trotskyism', kind: null, minSources: 1 as const };
    const on = T.setProvenance(start, lens);
    expect(on.filters.provenance).toEqual(lens);
    expect(T.setProvenance(on, { ...lens })).toBe(on);
    expect(T.setProvenance(start, { source: 'Not a slug', kind: null, minSources: 1 })).toBe(start);
    expect(T.setProvenance(start, { source: null, kind: 'gossip' as never, minSources: 1 })).toBe(start);
    expect(T.setProvenance(start, { source: null, kind: null, minSources: 3 as never })).toBe(start);
    expect(T.setProvenance(on, { source: null, kind: null, minSources: 1 }).filters).toEqual(DEFAULT_FILTERS);
    expect(T.resetFilters(T.setProvenance(start, { source: null, kind: 'seed', minSources: 2 })).filters).toBe(DEFAULT_FILTERS);
  });
});

describe('selectSource', () => {
  it('opens a source page, drops a connection, and is a history step', () => {
    const withPath = T.showPathTo(T.selectNode(start, { id: 'orwell', focus: false, known }), { id: 'trotsky', known });
    const page = T.selectSource(withPath, 'cannon-1944-history-of-american-trotskyism');
    expect(page.selection).toEqual({ kind: 'source', id: 'cannon-1944-history-of-american-trotskyism' });
    expect(page.pathTo).toBeNull();
    expect(T.selectSource(page, 'cannon-1944-history-of-american-trotskyism')).toBe(page);
    expect(T.selectSource(start, 'javascript:alert(1)')).toBe(start);
    expect(T.historyStep(T.linkOf(withPath), T.linkOf(page))).toBe('push');
    expect(T.clearSelection(page).selection).toBeNull();
  });
});

describe('comparing two periods', () => {
  it('starts from the year window, with a window as wide just after it (or before it at the end of the span)', () => {
    const windowed = T.setYearWindow(start, { window: { from: 1936, to: 1939 }, span });
    expect(T.startCompare(windowed, span).compare).toEqual({ a: { from: 1936, to: 1939 }, b: { from: 1940, to: 1943 } });
    const late = T.setYearWindow(start, { window: { from: 1985, to: 1990 }, span });
    expect(T.startCompare(late, span).compare).toEqual({ a: { from: 1985, to: 1990 }, b: { from: 1979, to: 1984 } });
    // No window: the two halves of the span.
    expect(T.startCompare(start, span).compare).toEqual({ a: { from: 1900, to: 1945 }, b: { from: 1946, to: 1990 } });
    const comparing = T.startCompare(windowed, span);
    expect(T.startCompare(comparing, span)).toBe(comparing);
  });

  it('moves one period at a time, refuses backward or fractional windows, and leaves with null', () => {
    const comparing = T.setCompare(start, { a: { from: 1936, to: 1939 }, b: { from: 1946, to: 1956 } });
    const moved = T.setComparePeriod(comparing, { which: 'b', window: { from: 1950, to: 1960 } });
    expect(moved.compare).toEqual({ a: { from: 1936, to: 1939 }, b: { from: 1950, to: 1960 } });
    expect(T.setComparePeriod(moved, { which: 'a', window: { from: 1940, to: 1939 } })).toBe(moved);
    expect(T.setComparePeriod(moved, { which: 'a', window: { from: 1936.5, to: 1939 } })).toBe(moved);
    expect(T.setComparePeriod(start, { which: 'a', window: { from: 1936, to: 1939 } })).toBe(start);
    expect(T.setCompare(moved, { a: { from: 1936, to: 1939 }, b: { from: 1950, to: 1960 } })).toBe(moved);
    expect(T.setCompare(moved, null).compare).toBeNull();
    // The year window is kept for when the comparison ends.
    const windowed = T.startCompare(T.setYearWindow(start, { window: { from: 1936, to: 1939 }, span }), span);
    expect(T.setCompare(windowed, null).filters.years).toEqual({ from: 1936, to: 1939 });
  });

  it('is in the link; starting or leaving it is a history step, moving a period is not', () => {
    const comparing = T.setCompare(start, { a: { from: 1936, to: 1939 }, b: { from: 1946, to: 1956 } });
    expect(T.linkOf(comparing).compare).toEqual(comparing.compare);
    expect(T.historyStep(T.linkOf(start), T.linkOf(comparing))).toBe('push');
    const moved = T.setComparePeriod(comparing, { which: 'a', window: { from: 1930, to: 1939 } });
    expect(T.historyStep(T.linkOf(comparing), T.linkOf(moved))).toBe('replace');
    expect(T.historyStep(T.linkOf(moved), T.linkOf(T.setCompare(moved, null)))).toBe('push');
    // A new graph starts without a comparison.
    expect(T.graphReplaced(comparing).compare).toBeNull();
  });
});
