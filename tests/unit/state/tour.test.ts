// Following a tour: a step is a pure transition made of the explorer's own (selection, connection,
// Focus, filters, window, camera request); its place is in the link (?tour=<id>&step=N) and in the
// history; a link naming only a step shows that step's view once the tours have loaded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOURS_FORMAT, type Tour } from '../../../src/lib/model/tour-types';
import { DEFAULT_FILTERS } from '../../../src/lib/query/filters';
import { onlyTourParams, tourFilters, tourStepLink } from '../../../src/lib/query/tour-view';
import { DEFAULT_LINK, parseLink, serializeLink } from '../../../src/lib/query/url-state';
import { clampStep, enterTourStep, HOME_CAMERA, leaveTour } from '../../../src/lib/state/tour';
import * as T from '../../../src/lib/state/view';
import { fixtureAtlas } from '../components/fixture-atlas';

const nodes = new Set(['george-orwell', 'poum', 'leon-trotsky', 'joseph-stalin', 'homage-to-catalonia']);
const known = { hasNode: (id: string) => nodes.has(id), hasEdge: (id: string) => id === 'george-orwell--member_of--poum' };
const span = { from: 1929, to: 1940 };

const TOUR: Tour = {
  id: 'orwell-in-spain', title: 'Orwell in Spain', summary: 'From the militia to the book.',
  steps: [
    { title: 'The militia', text: 'Orwell served with the POUM.', view: { node: 'george-orwell', focus: 1, years: { from: 1936, to: 1937 }, hideKinds: ['work'] }, claims: ['george-orwell--member_of--poum'] },
    { title: 'The book', text: 'He wrote about it.', view: { node: 'george-orwell', path: 'poum', via: 'friendly', chain: 2 }, claims: ['homage-to-catalonia--about--poum'] },
    { title: 'Everything', text: 'The whole network.', view: { confidence: 'likely', source: 'wp-ref-42', regions: 'currents', size: 'pagerank' }, claims: ['george-orwell--member_of--poum'] },
    { title: 'Framed', text: 'Two nodes.', view: { node: 'poum', frame: ['poum', 'leon-trotsky', 'nobody'] }, claims: ['george-orwell--member_of--poum'] },
    { title: 'Placed', text: 'A camera.', view: { edge: 'george-orwell--member_of--poum', camera: { x: 0.2, y: 0.3, ratio: 0.4 } }, claims: ['george-orwell--member_of--poum'] },
  ],
};
const step = (view: T.View, index: number) => enterTourStep(view, { tour: TOUR, index, known, span });

describe('enterTourStep', () => {
  it('shows a step with Focus, a year window and hidden kinds, in the Graph view, leaving the camera to Focus', () => {
    const before = { ...T.INITIAL_VIEW, mode: 'list' as const, selection: { kind: 'node' as const, id: 'poum' }, pathTo: 'leon-trotsky' };
    const view = step(before, 0);
    expect(view.tour).toEqual({ id: 'orwell-in-spain', step: 0 });
    expect(view.selection).toEqual({ kind: 'node', id: 'george-orwell' });
    expect(view.pathTo).toBeNull();
    expect(view.focus).toEqual({ id: 'george-orwell', depth: 1 });
    expect(view.filters).toEqual({ ...DEFAULT_FILTERS, hiddenKinds: ['work'], years: { from: 1936, to: 1937 } });
    expect(view.mode).toBe('graph');
    expect(view.intent).toBeNull();
  });

  it('shows a connection under its rule and chain, framed by the canvas (no camera request)', () => {
    const view = step(step(T.INITIAL_VIEW, 0), 1);
    expect(view).toMatchObject({ selection: { kind: 'node', id: 'george-orwell' }, pathTo: 'poum', pathRule: 'friendly', chain: 1, focus: null, tour: { step: 1 } });
    expect(view.filters).toBe(DEFAULT_FILTERS);
    expect(view.intent).toBeNull();
  });

  it('is absolute: every filter the step does not name is back at its default, and size and regions follow the step', () => {
    const view = step(step(T.INITIAL_VIEW, 0), 2);
    expect(view.filters).toEqual({ ...DEFAULT_FILTERS, minConfidence: 'likely', provenance: { source: 'wp-ref-42', kind: null, minSources: 1 } });
    expect(view).toMatchObject({ selection: null, focus: null, regions: 'currents', size: 'pagerank' });
    // No place named, no node: the camera goes back to the whole map.
    expect(view.intent).toMatchObject({ kind: 'set', camera: HOME_CAMERA });
    expect(step(view, 0)).toMatchObject({ regions: 'none', size: 'degree' });
  });

  it('asks the camera to fit the nodes a step frames (the known ones), or to go where it says', () => {
    const framed = step(T.INITIAL_VIEW, 3);
    expect(framed.intent).toEqual({ kind: 'frame', ids: ['poum', 'leon-trotsky'], seq: T.INITIAL_VIEW.intentSeq + 1 });
    expect(framed.intentSeq).toBe(T.INITIAL_VIEW.intentSeq + 1);
    const placed = step(framed, 4);
    expect(placed.selection).toEqual({ kind: 'edge', id: 'george-orwell--member_of--poum' });
    expect(placed.intent).toEqual({ kind: 'set', camera: { x: 0.2, y: 0.3, ratio: 0.4 }, seq: framed.intentSeq + 1 });
  });

  it('brings a selected node into view when the step names no other place', () => {
    const tour: Tour = { ...TOUR, steps: [{ ...TOUR.steps[0], view: { node: 'poum' } }, TOUR.steps[1]] };
    expect(enterTourStep(T.INITIAL_VIEW, { tour, index: 0, known, span }).intent).toMatchObject({ kind: 'focus', ids: ['poum'] });
  });

  it('keeps steps inside the tour, and a window covering the whole span is no window', () => {
    expect(clampStep(TOUR, 99)).toBe(4);
    expect(clampStep(TOUR, -3)).toBe(0);
    expect(clampStep(TOUR, 1.5)).toBe(0);
    expect(step(T.INITIAL_VIEW, 99).tour?.step).toBe(4);
    const whole: Tour = { ...TOUR, steps: [{ ...TOUR.steps[0], view: { years: { from: 1929, to: 1940 } } }, TOUR.steps[1]] };
    expect(enterTourStep(T.INITIAL_VIEW, { tour: whole, index: 0, known, span }).filters.years).toBeNull();
  });

  it('ignores what the open graph does not know', () => {
    const tour: Tour = { ...TOUR, steps: [{ ...TOUR.steps[0], view: { node: 'nobody', path: 'poum' } }, TOUR.steps[1]] };
    const view = enterTourStep(T.INITIAL_VIEW, { tour, index: 0, known, span });
    expect(view.selection).toBeNull();
    expect(view.pathTo).toBeNull();
    expect(view.tour).toEqual({ id: 'orwell-in-spain', step: 0 });
  });

  it('leaves the tour with the map as the step left it', () => {
    const view = step(T.INITIAL_VIEW, 0);
    const left = leaveTour(view);
    expect(left.tour).toBeNull();
    expect(left.focus).toEqual(view.focus);
    expect(left.filters).toBe(view.filters);
    expect(leaveTour(left)).toBe(left);
  });
});

describe('tours in the link', () => {
  it('writes the tour and step first, the step counted from 1, and reads them back', () => {
    const view = step(T.INITIAL_VIEW, 1);
    const search = serializeLink(T.linkOf(view));
    expect(search).toBe('?tour=orwell-in-spain&step=2&node=george-orwell&path=poum&via=friendly&chain=2');
    expect(parseLink(search, known)).toEqual({ link: T.linkOf(view), notices: [] });
    expect(tourStepLink('orwell-in-spain', 2)).toBe('?tour=orwell-in-spain&step=3');
  });

  it('reads a bare step link, and names what it cannot use', () => {
    expect(parseLink('?tour=orwell-in-spain&step=3', known).link).toEqual({ ...DEFAULT_LINK, tour: { id: 'orwell-in-spain', step: 2 } });
    expect(parseLink('?tour=orwell-in-spain', known).link.tour).toEqual({ id: 'orwell-in-spain', step: 0 });
    expect(parseLink('?tour=orwell-in-spain&step=zero', known)).toEqual({
      link: { ...DEFAULT_LINK, tour: { id: 'orwell-in-spain', step: 0 } }, notices: ['Unknown step "zero" in ?step= (a number from 1) — opened the first step.'],
    });
    expect(parseLink('?tour=<script>', known)).toEqual({ link: DEFAULT_LINK, notices: ['Malformed tour id "<script>" in ?tour= — ignored.'] });
    expect(parseLink('?step=2', known)).toEqual({ link: DEFAULT_LINK, notices: ['?step= belongs with ?tour= — ignored.'] });
    expect(parseLink('?tour=a&step=0', known).notices).toHaveLength(1);
  });

  it('knows a link that names a step and nothing else', () => {
    expect(onlyTourParams('?tour=a&step=2')).toBe(true);
    expect(onlyTourParams('?tour=a')).toBe(true);
    expect(onlyTourParams('?tour=a&step=2&node=poum')).toBe(false);
    expect(onlyTourParams('?node=poum')).toBe(false);
    expect(onlyTourParams('')).toBe(false);
  });

  it('makes each step a step of the history, so back returns to the previous step', () => {
    const first = T.linkOf(step(T.INITIAL_VIEW, 0));
    const second = T.linkOf(step(step(T.INITIAL_VIEW, 0), 2));
    expect(T.historyStep(first, second)).toBe('push');
    expect(T.historyStep(first, { ...first, camera: { x: 0, y: 0, ratio: 1 } })).toBe('replace');
    expect(T.historyStep(first, T.linkOf(leaveTour(step(T.INITIAL_VIEW, 0))))).toBe('push');
  });

  it('turns a step view into the filter registry\'s values, lists sorted and without repeats', () => {
    expect(tourFilters({ hideKinds: ['work', 'event', 'work'], sources: 2 })).toEqual({
      ...DEFAULT_FILTERS, hiddenKinds: ['event', 'work'], provenance: { source: null, kind: null, minSources: 2 },
    });
    expect(tourFilters({}).provenance).toBe(DEFAULT_FILTERS.provenance);
  });
});

describe('AtlasState and tours', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The fixture atlas, with `fetch` answering the tours file (and counting the requests). */
  function withTours(tours: Tour[] = [TOUR]) {
    const atlas = fixtureAtlas();
    const requests: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      requests.push(url);
      return new Response(JSON.stringify({ format: TOURS_FORMAT, version: atlas.version, tours }), { status: 200 });
    });
    return { atlas, requests };
  }

  it('loads the tours once, and a link naming only a step shows that step when they arrive', async () => {
    const { atlas, requests } = withTours();
    atlas.applyLink('?tour=orwell-in-spain&step=2');
    expect(atlas.tour).toEqual({ id: 'orwell-in-spain', step: 1 });
    expect(atlas.selection).toBeNull(); // the tours are not here yet
    await vi.waitFor(() => expect(atlas.pathTo).toBe('poum'));
    expect(atlas.selection).toEqual({ kind: 'node', id: 'george-orwell' });
    expect(atlas.activeTour?.id).toBe('orwell-in-spain');
    await atlas.loadTours();
    expect(requests).toEqual(['./generated/tours.json']);
  });

  it('says which view completes a bare step link, once, so the history keeps one entry for it', async () => {
    const { atlas } = withTours();
    atlas.applyLink('?tour=orwell-in-spain&step=2');
    await vi.waitFor(() => expect(atlas.pathTo).toBe('poum'));
    const completed = atlas.link();
    expect(atlas.completesLink({ ...completed, chain: 0 })).toBe(false); // another view…
    atlas.applyLink('?tour=orwell-in-spain&step=2'); // …and, with the tours here, at once
    expect(atlas.pathTo).toBe('poum');
    expect(atlas.completesLink(atlas.link())).toBe(true);
    expect(atlas.completesLink(atlas.link())).toBe(false);
    atlas.applyLink(`?tour=orwell-in-spain&step=2&node=poum`);
    expect(atlas.completesLink(atlas.link())).toBe(false); // a full link is restored as it is
  });

  it('restores a full link as it is (back and forward), keeping the tour and its step', async () => {
    const { atlas } = withTours();
    await atlas.loadTours();
    atlas.applyLink('?tour=orwell-in-spain&step=1&node=poum');
    await atlas.loadTours();
    expect(atlas.tour).toEqual({ id: 'orwell-in-spain', step: 0 });
    expect(atlas.selection).toEqual({ kind: 'node', id: 'poum' });
    expect(atlas.focus).toBeNull();
  });

  it('walks the steps and stops at both ends', async () => {
    const { atlas } = withTours();
    await atlas.loadTours();
    atlas.startTour('orwell-in-spain');
    expect(atlas.tour?.step).toBe(0);
    atlas.previousStep();
    expect(atlas.tour?.step).toBe(0);
    atlas.nextStep();
    expect(atlas.tour?.step).toBe(1);
    for (let i = 0; i < 10; i++) atlas.nextStep();
    expect(atlas.tour?.step).toBe(4);
    expect(atlas.selection).toEqual({ kind: 'edge', id: 'george-orwell--member_of--poum' });
    atlas.leaveTour();
    expect(atlas.tour).toBeNull();
    expect(atlas.selection).toEqual({ kind: 'edge', id: 'george-orwell--member_of--poum' });
  });

  it('drops an unknown tour with a notice, and brings a step past the end back to the last', async () => {
    const { atlas } = withTours();
    atlas.applyLink('?tour=nowhere&step=2');
    await vi.waitFor(() => expect(atlas.tour).toBeNull());
    expect(atlas.notices.at(-1)?.text).toBe('Unknown tour "nowhere" in ?tour= — ignored.');
    atlas.applyLink('?tour=orwell-in-spain&step=40');
    await vi.waitFor(() => expect(atlas.tour?.step).toBe(4));
    expect(atlas.notices.at(-1)?.text).toBe('Tour "Orwell in Spain" has 5 steps — opened step 5.');
    expect(atlas.selection).toEqual({ kind: 'edge', id: 'george-orwell--member_of--poum' });
  });

  it('does not apply the bundled tours to another dataset', async () => {
    const atlas = fixtureAtlas();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ format: TOURS_FORMAT, version: 'another-version', tours: [TOUR] })));
    await atlas.loadTours();
    expect(atlas.tours).not.toBeNull();
    expect(atlas.toursHere).toBeNull();
    atlas.startTour('orwell-in-spain');
    expect(atlas.tour).toBeNull();
  });

  it('says so when the tours cannot be loaded, and tries again when asked', async () => {
    const atlas = fixtureAtlas();
    let calls = 0;
    vi.stubGlobal('fetch', async () => { calls++; return new Response('gone', { status: 404 }); });
    atlas.applyLink('?tour=orwell-in-spain');
    await vi.waitFor(() => expect(atlas.notices.at(-1)?.text).toMatch(/Could not load the tours \(.*HTTP 404\)/));
    expect(atlas.tour).toBeNull();
    await atlas.loadTours();
    expect(calls).toBe(2);
  });
});
