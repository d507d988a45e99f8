// Which nodes form the regions drawn behind the nodes (the members of a current, or of a Louvain
// community), and their colours: what the region layer draws and the legend lists. Apart from
// region-geometry.ts so that the legend gets it without d3-contour, and from palette.ts so that
// it is not on the first page.
import type { Graph } from '../model/graph-type';
import type { RegionMode } from '../query/url-state';
import { CURRENTS, CURRENT_KEYS, type Current } from '../model/vocabulary';
import { TABLEAU10 } from './palette';

/** Hues for regions drawn behind the nodes: Tableau 10 without its grey, which would read as "faded". */
export const REGION_HUES = {
  red: TABLEAU10[2], blue: TABLEAU10[0], orange: TABLEAU10[1], teal: TABLEAU10[3], green: TABLEAU10[4],
  yellow: TABLEAU10[5], purple: TABLEAU10[6], pink: TABLEAU10[7], brown: TABLEAU10[8],
} as const;
const H = REGION_HUES;

/**
 * Each current's colour, for its region and its legend swatch: fixed, so a current keeps its colour
 * under any filter. Currents that share members (and so overlap on the map) get different hues.
 */
export const CURRENT_COLORS: Record<Current, string> = {
  // The largest currents of the bundled data first: the eight drawn by default have eight hues
  // (anti-fascism, ninth or tenth, shares teal with the New York Intellectuals: no member in common).
  // The New Left grew into the eighth place with the Japanese and Israeli layers: it takes purple,
  // which no current of the first eight uses and no current it shares members with.
  'trotskyism': H.red, 'marxism-leninism': H.blue, 'democratic-socialism': H.pink, 'left-opposition': H.orange,
  'left-socialism': H.yellow, 'cold-war-liberalism': H.green, 'stalinism': H.brown, 'new-york-intellectuals': H.teal,
  'anarchism': H.purple, 'anti-fascism': H.teal,
  'third-camp': H.purple, 'right-opposition': H.teal, 'bolshevism': H.yellow, 'anarcho-syndicalism': H.pink,
  'left-communism': H.brown, 'council-communism': H.blue, 'libertarian-marxism': H.green, 'libertarian-socialism': H.orange,
  'revolutionary-syndicalism': H.brown, 'social-democracy': H.orange, 'liberal-socialism': H.orange, 'titoism': H.orange,
  'reform-communism': H.purple, 'eurocommunism': H.teal, 'neoconservatism': H.brown, 'new-left': H.purple,
  'soviet-dissidents': H.teal, 'existentialism': H.pink, 'surrealism': H.yellow, 'pacifism': H.green, 'feminism': H.red,
  'pan-africanism': H.brown, 'castroism': H.red, 'fascism': H.brown, 'anti-communism': H.purple,
};

/** The colours given to communities, largest community first (communities do not overlap). */
export const COMMUNITY_COLORS = [H.red, H.blue, H.green, H.orange, H.purple, H.teal, H.brown, H.pink, H.yellow] as const;

/** Which groups become regions: enough visible members, and only the largest few (more would bury the map). */
export const REGION_LIMITS = { minMembers: 6, maxRegions: 8 };

/** Nodes drawn as one region, with its name and colour. */
export interface RegionGroup {
  key: string;
  label: string;
  color: string;
  members: string[];
}

/**
 * The groups to draw for a mode, among the visible nodes, most members first: the currents
 * (coloured by CURRENT_COLORS) or the Louvain communities (named after their most important
 * visible member, `byImportance` listing the nodes most important first, by its name in force
 * for the time window in `names`) with at least `minMembers` visible members, at most `maxRegions` of them.
 */
export function regionGroups(graph: Graph, mode: RegionMode, visible: ReadonlySet<string>, byImportance: readonly string[],
  options: Partial<typeof REGION_LIMITS> = {}, names: ReadonlyMap<string, string> | null = null): RegionGroup[] {
  const { minMembers, maxRegions } = { ...REGION_LIMITS, ...options };
  if (mode === 'none') return [];
  const members = new Map<string, string[]>();
  const add = (key: string, node: string) => {
    const list = members.get(key);
    if (list) list.push(node);
    else members.set(key, [node]);
  };
  // In order of importance, so that a community's first member is the one it is named after.
  for (const node of byImportance) {
    if (!visible.has(node) || !graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    if (mode === 'currents') for (const current of a.currents ?? []) add(current, node);
    else if (Number.isFinite(a.community)) add(String(a.community), node);
  }
  // Ties go to the vocabulary's order of currents, or to the lower community number.
  const rank = (key: string) => (mode === 'currents' ? CURRENT_KEYS.indexOf(key as Current) : Number(key));
  const kept = [...members].filter(([, list]) => list.length >= minMembers)
    .sort((a, b) => b[1].length - a[1].length || rank(a[0]) - rank(b[0]))
    .slice(0, Math.max(0, maxRegions));
  return kept.map(([key, list], i) => (mode === 'currents'
    ? { key, label: CURRENTS[key as Current] ?? key, color: CURRENT_COLORS[key as Current] ?? COMMUNITY_COLORS[0], members: list }
    : { key: `community-${key}`, label: `Around ${names?.get(list[0]) ?? graph.getNodeAttribute(list[0], 'label')}`, color: COMMUNITY_COLORS[i % COMMUNITY_COLORS.length], members: list }));
}


