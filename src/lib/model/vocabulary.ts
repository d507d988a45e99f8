// The controlled vocabularies of the dataset: node kinds, relations, currents, countries,
// confidence levels and year qualifiers. data/README.md documents how each was decided.

/** Node kinds, in legend order. */
export const NODE_KINDS = ['person', 'periodical', 'organization', 'work', 'event'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Human labels for node kinds (singular, plural). */
export const KIND_LABELS: Record<NodeKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  periodical: { one: 'Periodical', many: 'Periodicals' },
  organization: { one: 'Organization', many: 'Organizations' },
  work: { one: 'Work', many: 'Works' },
  event: { one: 'Event', many: 'Events' },
};

/** How sure the dataset is of an assertion, strongest first. */
export const CONFIDENCE_LEVELS = ['certain', 'likely', 'possible'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** How exact a year is. */
export const YEAR_QUALIFIERS = ['exact', 'circa', 'before', 'after'] as const;
export type YearQualifier = (typeof YEAR_QUALIFIERS)[number];

/** Relation families group relations for colour and for the legend. */
export const RELATION_FAMILIES = ['membership', 'publishing', 'ideas', 'alliance', 'action'] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const FAMILY_LABELS: Record<RelationFamily, string> = {
  membership: 'Membership & leadership',
  publishing: 'Writing & publishing',
  ideas: 'Influence & dispute',
  alliance: 'Alliances & ties',
  action: 'Events & repression',
};

export interface RelationSpec {
  /** Phrase read from source to target: "Orwell — Member of — ILP". */
  label: string;
  /** Phrase read from target to source: "ILP — Has member — Orwell". */
  inverse: string;
  /** Undirected relations read the same both ways and draw no arrow. */
  directed: boolean;
  family: RelationFamily;
  /** What the relation asserts, for data/README.md and the legend's tooltip. */
  meaning: string;
  /**
   * True when the source must be alive (or the organization in existence) while the relation
   * starts: nobody joins a party after their death. The target side is `afterTargetEnd`.
   */
  sourceActive: boolean;
  /** A dated act rather than a state: a lone start year reads "1938", not "from 1938". */
  instant?: boolean;
  /** Kinds the relation may start from and point to; a missing side takes any kind. */
  ends?: { source?: readonly NodeKind[]; target?: readonly NodeKind[] };
  /**
   * Target kinds the relation may begin after the end of: influence and criticism can be
   * posthumous, and backing or attacking an event can outlast it (defending a revolution's record).
   */
  afterTargetEnd?: readonly NodeKind[];
  /** Target kinds whose start year does not bound the relation's: writing precedes publication. */
  beforeTargetStart?: readonly NodeKind[];
  /**
   * The relation is the target's beginning (a founding): its year must agree with the target's
   * start year, and an undated one takes that year, so nobody founds anything after their death.
   */
  startsTarget?: boolean;
  /**
   * Target kinds the relation may end after the end of, once begun while the target existed: the
   * trial of a group goes on after the arrests that broke it up.
   */
  outlivesTarget?: readonly NodeKind[];
}

/** The fixed relation vocabulary. Keys are the `relation` values in data/relations.json. */
export const RELATIONS = {
  member_of: { label: 'Member of', inverse: 'Has member', directed: true, family: 'membership', sourceActive: true,
    ends: { source: ['person', 'organization'], target: ['organization'] },
    meaning: 'A person belonged to a formal body with members (a party, faction, union, unit, committee, institution), or an organization affiliated to a larger one.' },
  associated_with: { label: 'Associated with', inverse: 'Has associate', directed: true, family: 'membership', sourceActive: true,
    ends: { source: ['person', 'organization', 'periodical'], target: ['organization'] },
    meaning: 'A person, group or periodical belonged to an informal circle, milieu or current, one with no membership to join (the New York Intellectuals, the New Left, Eurocommunism).' },
  founded: { label: 'Founded', inverse: 'Founded by', directed: true, family: 'membership', sourceActive: true, instant: true, startsTarget: true,
    ends: { source: ['person', 'organization'], target: ['organization', 'periodical', 'event'] },
    meaning: 'A person or organization founded or co-founded an organization or periodical.' },
  led: { label: 'Led', inverse: 'Led by', directed: true, family: 'membership', sourceActive: true,
    meaning: 'A person held a leading post (secretary, chairman, commander, head) in an organization or event.' },
  section_of: { label: 'Section of', inverse: 'Has section', directed: true, family: 'membership', sourceActive: true,
    ends: { source: ['organization'], target: ['organization'] },
    meaning: 'An organization was the national section or affiliate of an International or federation.' },
  edited: { label: 'Edited', inverse: 'Edited by', directed: true, family: 'publishing', sourceActive: true,
    ends: { source: ['person', 'organization'], target: ['periodical', 'work'] }, beforeTargetStart: ['work'],
    meaning: 'A person edited a periodical or a work (anthology, collection).' },
  contributed_to: { label: 'Contributed to', inverse: 'Had contributor', directed: true, family: 'publishing', sourceActive: true,
    ends: { source: ['person', 'organization'], target: ['periodical', 'work'] }, beforeTargetStart: ['work'],
    meaning: 'A person wrote for a periodical or contributed a chapter to a collective work.' },
  authored: { label: 'Author of', inverse: 'Written by', directed: true, family: 'publishing', sourceActive: true, instant: true,
    ends: { source: ['person', 'organization'], target: ['work'] }, beforeTargetStart: ['work'],
    meaning: 'A person or organization wrote or issued a work.' },
  published_in: { label: 'Published in', inverse: 'Published', directed: true, family: 'publishing', sourceActive: true, instant: true,
    ends: { source: ['work', 'periodical'], target: ['periodical', 'organization'] },
    meaning: 'A work first appeared in a periodical, or a periodical was issued by an organization.' },
  about: { label: 'About', inverse: 'Subject of', directed: true, family: 'publishing', sourceActive: true, instant: true,
    ends: { source: ['work', 'periodical'] }, afterTargetEnd: NODE_KINDS,
    meaning: 'A work deals with an event, person or organization as its subject.' },
  influenced: { label: 'Influenced', inverse: 'Influenced by', directed: true, family: 'ideas', sourceActive: false,
    afterTargetEnd: NODE_KINDS, beforeTargetStart: ['work'],
    meaning: 'The source shaped the ideas of the target, as stated by a source (not inferred from similarity).' },
  criticized: { label: 'Criticized', inverse: 'Criticized by', directed: true, family: 'ideas', sourceActive: true,
    afterTargetEnd: NODE_KINDS,
    meaning: 'The source criticized the target in writing or speech.' },
  opposed: { label: 'Opposed', inverse: 'Opposed by', directed: true, family: 'ideas', sourceActive: true,
    afterTargetEnd: NODE_KINDS,
    meaning: 'The source acted politically against the target (a faction fight, a campaign), beyond criticism.' },
  split_from: { label: 'Split from', inverse: 'Split off', directed: true, family: 'ideas', sourceActive: true, instant: true,
    meaning: 'A person or group left an organization in a political split, or was the product of one.' },
  expelled_from: { label: 'Expelled from', inverse: 'Expelled', directed: true, family: 'ideas', sourceActive: true, instant: true,
    ends: { source: ['person', 'organization'], target: ['organization'] },
    meaning: 'An organization expelled the source, a person or a group, from its ranks (party discipline, not arrest).' },
  suspended_from: { label: 'Suspended from', inverse: 'Suspended', directed: true, family: 'ideas', sourceActive: true, instant: true,
    ends: { source: ['person', 'organization'], target: ['organization'] },
    meaning: 'An organization suspended the source\'s membership for a time, short of expelling it.' },
  removed_from_office: { label: 'Removed from office in', inverse: 'Removed from office', directed: true, family: 'ideas', sourceActive: true, instant: true,
    ends: { source: ['person'], target: ['organization'] },
    meaning: 'An organization stripped a person of the posts held in it (its leadership, a central committee seat) without expelling them.' },
  allied_with: { label: 'Allied with', inverse: 'Allied with', directed: false, family: 'alliance', sourceActive: true,
    meaning: 'Two actors formed a political alliance or bloc.' },
  collaborated_with: { label: 'Worked with', inverse: 'Worked with', directed: false, family: 'alliance', sourceActive: true,
    ends: { source: ['person', 'organization'], target: ['person', 'organization'] },
    meaning: 'Two people worked together on a project, a campaign or a text.' },
  corresponded_with: { label: 'Corresponded with', inverse: 'Corresponded with', directed: false, family: 'alliance', sourceActive: true,
    ends: { source: ['person'], target: ['person'] },
    meaning: 'Two people exchanged letters over a period.' },
  married_to: { label: 'Married to', inverse: 'Married to', directed: false, family: 'alliance', sourceActive: true,
    ends: { source: ['person'], target: ['person'] },
    meaning: 'Two people were married to each other (by a civil or religious marriage).' },
  partner_of: { label: 'Partner of', inverse: 'Partner of', directed: false, family: 'alliance', sourceActive: true,
    ends: { source: ['person'], target: ['person'] },
    meaning: 'Two people lived as a couple, or were lifelong companions, without being married to each other.' },
  participated_in: { label: 'Took part in', inverse: 'Had participant', directed: true, family: 'action', sourceActive: true,
    meaning: 'A person or organization took part in an event (a revolt, a war, a congress, a commission).' },
  supported: { label: 'Supported', inverse: 'Supported by', directed: true, family: 'action', sourceActive: true,
    afterTargetEnd: ['event'],
    meaning: 'The source gave political or material support to the target (funding included).' },
  repressed: { label: 'Repressed', inverse: 'Repressed by', directed: true, family: 'action', sourceActive: true,
    afterTargetEnd: ['event'], outlivesTarget: ['organization'],
    meaning: 'A state, its ruling party, police or army, or their agents, persecuted the target: arrest, prison, exile, dismissal, armed suppression or killing.' },
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;
export const RELATION_KEYS = Object.keys(RELATIONS) as Relation[];

/** Political currents used to tag nodes. Keys are the `currents` values; values are labels. */
export const CURRENTS = {
  'trotskyism': 'Trotskyism',
  'third-camp': 'Third Camp socialism',
  'left-opposition': 'Left Opposition (1923–1930s)',
  'right-opposition': 'Right Opposition',
  'bolshevism': 'Bolshevism (pre-Stalin)',
  'anarchism': 'Anarchism',
  'anarcho-syndicalism': 'Anarcho-syndicalism',
  'left-communism': 'Left communism',
  'council-communism': 'Council communism',
  'libertarian-marxism': 'Libertarian Marxism',
  'libertarian-socialism': 'Libertarian socialism',
  'revolutionary-syndicalism': 'Revolutionary syndicalism',
  'left-socialism': 'Left socialism (London Bureau)',
  'democratic-socialism': 'Democratic socialism',
  'social-democracy': 'Social democracy',
  'liberal-socialism': 'Liberal socialism',
  'anti-fascism': 'Anti-fascism',
  'titoism': 'Titoism',
  'reform-communism': 'Reform communism',
  'eurocommunism': 'Eurocommunism',
  'new-york-intellectuals': 'New York Intellectuals',
  'cold-war-liberalism': 'Cold War liberalism',
  'neoconservatism': 'Neoconservatism',
  'new-left': 'New Left',
  'soviet-dissidents': 'Soviet dissident left',
  'existentialism': 'Existentialism',
  'surrealism': 'Surrealism',
  'pacifism': 'Pacifism',
  'feminism': 'Feminism',
  'pan-africanism': 'Pan-Africanism',
  'castroism': 'Castroism',
  'stalinism': 'Stalinism',
  'marxism-leninism': 'Orthodox Communism',
  'fascism': 'Fascism and Nazism',
  'anti-communism': 'Anti-communism (right)',
} as const;
export type Current = keyof typeof CURRENTS;
export const CURRENT_KEYS = Object.keys(CURRENTS) as Current[];

/**
 * Countries where a node was active, in English. Names of the time are used where the state
 * changed: "Russia" before 1922 and after 1991, "Soviet Union" between.
 */
export const COUNTRIES = [
  'Argentina', 'Australia', 'Austria', 'Belgium', 'Bolivia', 'Brazil', 'Bulgaria', 'Canada', 'Ceylon',
  'Chile', 'China', 'Cuba', 'Czechoslovakia', 'Denmark', 'Finland', 'France', 'Germany', 'Greece',
  'Hungary', 'India', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Mexico', 'Netherlands',
  'Norway', 'Poland', 'Romania', 'Russia', 'Soviet Union', 'South Africa', 'Spain', 'Sweden',
  'Switzerland', 'Trinidad', 'Ukraine', 'United Kingdom', 'United States', 'Vietnam', 'Yugoslavia',
  'Albania', 'Lithuania', 'Latvia', 'Estonia', 'Georgia', 'Peru', 'Turkey', 'Algeria', 'Portugal',
  'North Korea', 'Egypt', 'Palestine', 'International',
] as const;
export type Country = (typeof COUNTRIES)[number];
