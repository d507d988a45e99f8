// The one writer: AtlasState applies transitions to the open workspace, and opening another
// dataset swaps the whole workspace (search, sizes, layout…), so nothing points at the old graph.
import { describe, expect, it, vi } from 'vitest';
import { fixtureAtlas, fixtureSerialized } from '../components/fixture-atlas';

describe('AtlasState', () => {
  it('derives visibility and the shown connection from the view', async () => {
    const atlas = fixtureAtlas();
    await atlas.loadChainSearch();
    expect(atlas.visibility.nodes.size).toBe(5);
    atlas.toggleKind('work');
    expect(atlas.visibility.nodes.has('homage-to-catalonia')).toBe(false);
    atlas.toggleKind('work');
    atlas.toggleRelation('authored');
    atlas.selectNode('george-orwell');
    atlas.showPathTo('homage-to-catalonia');
    expect(atlas.path?.nodes).toEqual(['george-orwell', 'poum', 'homage-to-catalonia']);
    expect(atlas.pathKey).toBe('george-orwell\npoum\nhomage-to-catalonia');
  });

  it('says a connection is pending until the chain search has loaded, then shows it', async () => {
    const atlas = fixtureAtlas();
    atlas.selectNode('george-orwell');
    atlas.showPathTo('poum');
    expect(atlas.pathsPending).toBe(true);
    expect(atlas.path).toBeNull();
    await atlas.loadChainSearch();
    expect(atlas.pathsPending).toBe(false);
    expect(atlas.path?.nodes).toEqual(['george-orwell', 'poum']);
  });

  it('keeps the path key when a filter change leaves the chain alone', async () => {
    const atlas = fixtureAtlas();
    await atlas.loadChainSearch();
    atlas.toggleRelation('authored');
    atlas.selectNode('george-orwell');
    atlas.showPathTo('homage-to-catalonia');
    const key = atlas.pathKey;
    const path = atlas.path;
    atlas.toggleKind('event');
    expect(atlas.path).not.toBe(path); // recomputed…
    expect(atlas.pathKey).toBe(key); // …but the chain, which the camera frames, is the same
  });

  it('swaps the whole workspace when a dataset is opened, and disposes the old one', async () => {
    const atlas = fixtureAtlas();
    const old = atlas.workspace!;
    const dispose = vi.spyOn(old, 'dispose');
    const oldSearch = await old.loadSearch();
    atlas.selectNode('george-orwell');
    atlas.toggleKind('work');
    atlas.openAtlas(fixtureSerialized(), 'Opened your dataset');
    expect(atlas.workspace).not.toBe(old);
    expect(dispose).toHaveBeenCalledOnce();
    expect(atlas.graph).toBe(atlas.workspace!.graph);
    expect(await atlas.workspace!.loadSearch()).not.toBe(oldSearch);
    expect(atlas.selection).toBeNull();
    expect(atlas.filters.hiddenKinds).toEqual([]);
    expect(atlas.notices.at(-1)?.text).toBe('Opened your dataset');
  });

  it('builds what a workspace derives once, on first use', async () => {
    const atlas = fixtureAtlas();
    const ws = atlas.workspace!;
    expect(ws.searchIndex).toBeNull();
    const search = await ws.loadSearch();
    expect(await ws.loadSearch()).toBe(search);
    expect(ws.searchIndex).toBe(search);
    expect(ws.sizes('degree')).toBe(ws.sizes('degree'));
    expect(ws.curvature).toBe(ws.curvature);
    expect(ws.span).toEqual({ from: 1929, to: 1940 });
    expect(search.search('bronstein')[0]?.id).toBe('leon-trotsky');
  });

  it('refuses a layout for a closed workspace', async () => {
    const atlas = fixtureAtlas();
    const ws = atlas.workspace!;
    atlas.openAtlas(fixtureSerialized());
    await expect(ws.liveLayout()).rejects.toThrow(/closed/);
  });

  it('applies a link against the open graph and ignores unknown ids with a notice', () => {
    const atlas = fixtureAtlas();
    atlas.applyLink('?node=poum&hide-kinds=work&camera=0.2,0.3,0.4');
    expect(atlas.selection).toEqual({ kind: 'node', id: 'poum' });
    expect(atlas.intent).toMatchObject({ kind: 'set', camera: { x: 0.2, y: 0.3, ratio: 0.4 } });
    expect(atlas.link()).toMatchObject({ selection: { kind: 'node', id: 'poum' }, camera: { x: 0.2, y: 0.3, ratio: 0.4 } });
    atlas.applyLink('?node=nobody');
    expect(atlas.selection).toBeNull();
    expect(atlas.notices.at(-1)?.text).toMatch(/nobody/);
  });

  it('offers a new version with a notice and switches to it only when the user asks', () => {
    const atlas = fixtureAtlas();
    const apply = vi.fn();
    atlas.offerUpdate(apply);
    atlas.offerUpdate(apply);
    expect(atlas.notices.filter((n) => n.action === 'update')).toHaveLength(1);
    expect(apply).not.toHaveBeenCalled();
    atlas.applyUpdate();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(atlas.notices.some((n) => n.action === 'update')).toBe(false);
  });
});
